#include "export/writer.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <set>

#include "export/csv.h"
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

std::string JsonFileName(const std::string& pdf_file_name) {
  std::string name = pdf_file_name;
  for (char& c : name)
    if (c == '/' || c == '\\') c = '_';
  if (name.size() >= 4) {
    std::string ext = name.substr(name.size() - 4);
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (ext == ".pdf") name.resize(name.size() - 4);
  }
  if (name.empty() || name == "." || name == "..") name = "document";
  return name + ".json";
}

Result<std::vector<std::string>> ExportDatabase(model::Store& store, const std::string& format,
                                                const std::string& out_dir) try {
  if (format != "json" && format != "csv")
    return Error{ErrorKind::kUsage, "", std::nullopt,
                 "unknown export format '" + format + "' (json or csv)"};
  auto infos = store.Documents();
  if (!infos) return infos.error();
  std::vector<model::Document> docs;
  for (const auto& info : *infos) {
    auto doc = store.Load(info.id);
    if (!doc) return doc.error();
    docs.push_back(std::move(doc).value());
  }
  if (format == "csv") {
    auto orgs = store.Organisations();
    if (!orgs) return orgs.error();
    return WriteCsv(docs, *orgs, out_dir);
  }
  std::error_code ec;
  std::filesystem::create_directories(out_dir, ec);
  if (ec)
    return Error{ErrorKind::kIo, out_dir, std::nullopt, "cannot create folder: " + ec.message()};
  std::multiset<std::string> names;
  for (const auto& d : docs) names.insert(JsonFileName(d.source.file));
  std::vector<std::string> written;
  for (const auto& d : docs) {
    std::string name = JsonFileName(d.source.file);
    if (names.count(name) > 1)
      name = name.substr(0, name.size() - 5) + "-" + d.source.sha256.substr(0, 8) + ".json";
    std::string path = (std::filesystem::path(out_dir) / name).string();
    if (auto e = WriteFileAtomic(path, ToJsonText(d))) return *e;
    written.push_back(path);
  }
  return written;
} catch (const std::exception& e) {
  return Error{ErrorKind::kInternal, out_dir, std::nullopt, std::string("export: ") + e.what()};
}

}  // namespace ogpx::exporter
