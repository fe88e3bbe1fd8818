#include "export/writer.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <set>

#include "base/sha256.h"
#include "base/text.h"
#include "export/csv.h"
#include "export/json.h"
#include "export/ogp_csv.h"
#include "export/json.h"

namespace ogpx::exporter {
namespace {

Error IoError(const std::string& path, const std::string& what) {
  return Error{ErrorKind::kIo, path, std::nullopt, what + ": " + std::strerror(errno)};
}

// Owns a temporary file: closes its descriptor and removes it unless released.
class TempFile {
 public:
  explicit TempFile(std::string pattern) : path_(std::move(pattern)) {
    fd_ = ::mkstemp(path_.data());
    if (fd_ < 0) path_.clear();
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  ~TempFile() {
    Close();
    if (!path_.empty()) ::unlink(path_.c_str());
  }
  int fd() const { return fd_; }
  const std::string& path() const { return path_; }
  bool Close() {
    if (fd_ < 0) return true;
    int rc = ::close(fd_);
    fd_ = -1;
    return rc == 0;
  }
  void Release() { path_.clear(); }

 private:
  std::string path_;
  int fd_ = -1;
};

}  // namespace

std::optional<Error> WriteFileAtomic(const std::string& path, std::string_view content) {
  std::filesystem::path dest(path);
  std::filesystem::path dir = dest.has_parent_path() ? dest.parent_path() : ".";
  TempFile tmp((dir / (dest.filename().string() + ".tmp-XXXXXX")).string());
  if (tmp.fd() < 0) return IoError(path, "cannot create temporary file");
  const char* p = content.data();
  std::size_t left = content.size();
  while (left > 0) {
    ssize_t n = ::write(tmp.fd(), p, left);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return IoError(path, "cannot write");
    p += n;
    left -= static_cast<std::size_t>(n);
  }
  // Readable like any file the user creates (mkstemp makes it 0600).
  mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(tmp.fd(), 0666 & ~mask);
  if (::fsync(tmp.fd()) != 0) return IoError(path, "cannot flush");
  if (!tmp.Close()) return IoError(path, "cannot close");
  if (::rename(tmp.path().c_str(), path.c_str()) != 0) return IoError(path, "cannot rename");
  tmp.Release();
  return std::nullopt;
}

bool SameFile(const std::string& a, const std::string& b) {
  namespace fs = std::filesystem;
  std::error_code ec_a, ec_b;
  const bool a_exists = fs::exists(a, ec_a), b_exists = fs::exists(b, ec_b);
  if (a_exists && b_exists) {
    std::error_code ec;
    return fs::equivalent(a, b, ec) && !ec;
  }
  if (a_exists != b_exists) return false;  // one exists, the other does not
  std::error_code ec1, ec2;
  fs::path ca = fs::weakly_canonical(fs::absolute(a, ec1), ec1);
  fs::path cb = fs::weakly_canonical(fs::absolute(b, ec2), ec2);
  return !ec1 && !ec2 && ca == cb;
}

std::optional<Error> RefuseToOverwrite(const std::string& output, const std::vector<KeptFile>& keep) {
  for (const auto& k : keep)
    if (SameFile(output, k.path))
      return Error{ErrorKind::kUsage, output, std::nullopt,
                   "is the same file as the " + k.role + " '" + k.path + "'; refusing to write over it"};
  return std::nullopt;
}

std::vector<KeptFile> DatabaseFiles(const std::string& path) {
  return {{"database", path}, {"database", path + "-wal"}, {"database", path + "-shm"},
          {"database", path + "-journal"}};
}

std::string JsonFileName(const std::string& pdf_file_name, const std::string& suffix) {
  std::string name = pdf_file_name;
  for (char& c : name)
    if (c == '/' || c == '\\') c = '_';
  name = text::EscapeInvalidUtf8(name);  // after: its "\\xNN" keeps the backslash
  if (name.size() >= 4) {
    std::string ext = name.substr(name.size() - 4);
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (ext == ".pdf") name.resize(name.size() - 4);
  }
  if (name.empty() || name == "." || name == "..") name = "document";
  const std::string tail = suffix + ".json";
  if (name.size() + tail.size() <= kMaxFileNameBytes) return name + tail;
  const std::string hash = "-" + Sha256Hex(pdf_file_name).substr(0, 8);
  const std::size_t room = kMaxFileNameBytes - std::min(kMaxFileNameBytes, hash.size() + tail.size());
  return std::string(text::Utf8Prefix(name, room)) + hash + tail;
}

namespace {

// The documents `options` choose, in the store's order.
Result<std::vector<const model::DocumentInfo*>> ChooseDocuments(const std::vector<model::DocumentInfo>& infos,
                                                                const ExportOptions& options) {
  for (const auto& k : options.kinds)
    if (!model::KindFromName(k))
      return Error{ErrorKind::kUsage, "", std::nullopt,
                   "unknown document kind '" + k + "' (action_plan, order, progress_report or other)"};
  auto named = [](const model::DocumentInfo& d, const std::string& name) {
    return d.file_name == name || (name.size() >= 8 && name.size() <= 64 && d.sha256.rfind(name, 0) == 0);
  };
  for (const auto& name : options.documents) {
    bool found = false;
    for (const auto& d : infos) found = found || named(d, name);
    if (!found) return Error{ErrorKind::kUsage, "", std::nullopt, "no document '" + name + "' in the database"};
  }
  std::vector<const model::DocumentInfo*> out;
  for (const auto& d : infos) {
    bool kind_ok = options.kinds.empty(), doc_ok = options.documents.empty();
    for (const auto& k : options.kinds) kind_ok = kind_ok || model::KindName(d.kind) == k;
    for (const auto& n : options.documents) doc_ok = doc_ok || named(d, n);
    if (kind_ok && doc_ok) out.push_back(&d);
  }
  return out;
}

}  // namespace

Result<std::vector<std::string>> ExportDatabase(model::Store& store, const std::string& format,
                                                const std::string& out_dir, const ExportOptions& options) try {
  if (format != "json" && format != "csv" && format != "jsonl" && format != "ogp-csv")
    return Error{ErrorKind::kUsage, "", std::nullopt,
                 "unknown export format '" + format + "' (json, jsonl, csv or ogp-csv)"};
  auto infos = store.Documents();
  if (!infos) return infos.error();
  auto chosen = ChooseDocuments(*infos, options);
  if (!chosen) return chosen.error();
  std::vector<model::Document> docs;
  std::vector<model::DocumentKeys> keys;
  for (const auto* info : *chosen) {
    auto doc = store.Load(info->id);
    if (!doc) return doc.error();
    docs.push_back(std::move(doc).value());
    if (format == "csv") {
      auto k = store.Keys(info->id);
      if (!k) return k.error();
      keys.push_back(std::move(k).value());
    }
  }
  if (format == "csv") {
    auto orgs = store.Organisations();
    if (!orgs) return orgs.error();
    for (const auto& name : CsvFileNames())
      if (auto e = RefuseToOverwrite((std::filesystem::path(out_dir) / name).string(), options.keep)) return *e;
    PackageInfo info;
    info.ogpx_version = options.ogpx_version;
    return WriteCsv(docs, *orgs, out_dir, {.raw = options.csv_raw}, &keys, info);
  }
  if (format == "jsonl" || format == "ogp-csv") {  // one file for every document
    const std::string path =
        (std::filesystem::path(out_dir) / (format == "jsonl" ? "ogpx.jsonl" : "ogp-commitments.csv")).string();
    if (auto e = RefuseToOverwrite(path, options.keep)) return *e;
    std::string text;
    if (format == "jsonl") {
      for (const auto& d : docs)
        text += ToJson(d).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
    } else {
      text = OgpCsvText(docs, {.raw = options.csv_raw});
    }
    std::error_code ec;
    std::filesystem::create_directories(out_dir, ec);
    if (ec) return Error{ErrorKind::kIo, out_dir, std::nullopt, "cannot create folder: " + ec.message()};
    if (auto e = WriteFileAtomic(path, text)) return *e;
    return std::vector<std::string>{path};
  }
  std::multiset<std::string> names;
  for (const auto& d : docs) names.insert(JsonFileName(d.source.file));
  std::vector<std::string> paths;
  for (const auto& d : docs) {
    std::string name = JsonFileName(d.source.file);
    if (names.count(name) > 1) name = JsonFileName(d.source.file, "-" + d.source.sha256.substr(0, 8));
    paths.push_back((std::filesystem::path(out_dir) / name).string());
    if (auto e = RefuseToOverwrite(paths.back(), options.keep)) return *e;
  }
  std::error_code ec;
  std::filesystem::create_directories(out_dir, ec);
  if (ec)
    return Error{ErrorKind::kIo, out_dir, std::nullopt, "cannot create folder: " + ec.message()};
  for (std::size_t i = 0; i < docs.size(); ++i)
    if (auto e = WriteFileAtomic(paths[i], ToJsonText(docs[i]))) return *e;
  return paths;
} catch (const std::exception& e) {
  return Error{ErrorKind::kInternal, out_dir, std::nullopt, std::string("export: ") + e.what()};
}

}  // namespace ogpx::exporter
