#include "export/output_files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "model/store.h"

namespace ogpx::exporter {
namespace {

namespace fs = std::filesystem;

Error IoError(const std::string& path, const std::string& what) {
  return Error{ErrorKind::kIo, path, std::nullopt, what + ": " + std::strerror(errno)};
}

}  // namespace

Result<AtomicFile> AtomicFile::Create(const std::string& path) {
  const fs::path dest(path);
  const fs::path dir = dest.has_parent_path() ? dest.parent_path() : ".";
  std::string temp = (dir / (dest.filename().string() + ".tmp-XXXXXX")).string();
  const int fd = ::mkstemp(temp.data());
  if (fd < 0) return IoError(path, "cannot create temporary file");
  return AtomicFile(path, std::move(temp), fd);
}

AtomicFile::AtomicFile(AtomicFile&& other) noexcept
    : path_(std::move(other.path_)),
      temp_path_(std::move(other.temp_path_)),
      fd_(other.fd_),
      finished_(other.finished_) {
  other.temp_path_.clear();
  other.fd_ = -1;
}

AtomicFile& AtomicFile::operator=(AtomicFile&& other) noexcept {
  if (this != &other) {
    Discard();
    path_ = std::move(other.path_);
    temp_path_ = std::move(other.temp_path_);
    fd_ = other.fd_;
    finished_ = other.finished_;
    other.temp_path_.clear();
    other.fd_ = -1;
  }
  return *this;
}

AtomicFile::~AtomicFile() { Discard(); }

void AtomicFile::Discard() {
  Release();
  if (!temp_path_.empty()) ::unlink(temp_path_.c_str());
  temp_path_.clear();
}

void AtomicFile::Release() {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
}

std::optional<Error> AtomicFile::Write(std::string_view content) {
  if (fd_ < 0) return Error{ErrorKind::kInternal, path_, std::nullopt, "write after the file was closed"};
  const char* p = content.data();
  std::size_t left = content.size();
  while (left > 0) {
    const ssize_t n = ::write(fd_, p, left);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return IoError(path_, "cannot write");
    p += n;
    left -= static_cast<std::size_t>(n);
  }
  return std::nullopt;
}

std::optional<Error> AtomicFile::Finish() {
  if (finished_) return std::nullopt;
  if (temp_path_.empty()) return Error{ErrorKind::kInternal, path_, std::nullopt, "file already committed"};
  if (fd_ < 0) fd_ = ::open(temp_path_.c_str(), O_RDWR | O_CLOEXEC);
  if (fd_ < 0) return IoError(path_, "cannot reopen the temporary file");
  // Readable like any file the user creates (mkstemp makes it 0600).
  const mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(fd_, 0666 & ~mask);
  if (::fsync(fd_) != 0) return IoError(path_, "cannot flush");
  const int rc = ::close(fd_);
  fd_ = -1;
  if (rc != 0) return IoError(path_, "cannot close");
  finished_ = true;
  return std::nullopt;
}

std::optional<Error> AtomicFile::Commit() {
  if (auto e = Finish()) return e;
  if (::rename(temp_path_.c_str(), path_.c_str()) != 0) return IoError(path_, "cannot rename");
  temp_path_.clear();
  return std::nullopt;
}

std::optional<Error> WriteFileAtomic(const std::string& path, std::string_view content) {
  // A device, FIFO or socket where the file goes ("-o /dev/null", a pipe):
  // written to in place. Written aside and renamed, it would be replaced by
  // a regular file (as root, /dev/null itself).
  std::error_code ec;
  const fs::file_type type = fs::status(path, ec).type();
  if (!ec && type == fs::file_type::directory) return IoError(path, "is a folder, not a file");
  if (!ec && type != fs::file_type::regular && type != fs::file_type::not_found) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) return IoError(path, "cannot open for writing");
    std::string_view rest = content;
    while (!rest.empty()) {
      const ssize_t n = ::write(fd, rest.data(), rest.size());
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        ::close(fd);
        return IoError(path, "cannot write");
      }
      rest.remove_prefix(static_cast<std::size_t>(n));
    }
    if (::close(fd) != 0) return IoError(path, "cannot write");
    return std::nullopt;
  }
  auto file = AtomicFile::Create(path);
  if (!file) return file.error();
  if (auto e = file->Write(content)) return e;
  return file->Commit();
}

bool SameFile(const std::string& a, const std::string& b) {
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
  if (model::IsPostgresUrl(path)) return {};  // a server's database: no file here
  return {{"database", path},
          {"database", path + "-wal"},
          {"database", path + "-shm"},
          {"database", path + "-journal"}};
}

OutputFiles::OutputFiles(std::string dir, std::vector<KeptFile> keep)
    : dir_(std::move(dir)), keep_(std::move(keep)) {}

OutputFiles::~OutputFiles() {
  if (committed_) return;
  files_.clear();  // removes the temporary files
  std::error_code ec;
  for (const auto& d : created_dirs_) fs::remove(d, ec);  // only if empty
}

std::optional<Error> OutputFiles::Check(const std::vector<std::string>& names) const {
  for (const auto& name : names)
    if (auto e = RefuseToOverwrite((fs::path(dir_) / name).string(), keep_)) return e;
  return std::nullopt;
}

Result<AtomicFile*> OutputFiles::Stage(const std::string& name) {
  if (committed_) return Error{ErrorKind::kInternal, dir_, std::nullopt, "output already committed"};
  if (auto e = Check({name})) return *e;
  if (files_.empty() && created_dirs_.empty()) {
    // The folders that do not exist yet, deepest first, to remove on failure.
    std::error_code ec;
    for (fs::path p = fs::absolute(dir_, ec); !p.empty() && !fs::exists(p, ec); p = p.parent_path()) {
      created_dirs_.push_back(p.string());
      if (p == p.parent_path()) break;
    }
    fs::create_directories(dir_, ec);
    if (ec) return Error{ErrorKind::kIo, dir_, std::nullopt, "cannot create folder: " + ec.message()};
  }
  auto file = AtomicFile::Create((fs::path(dir_) / name).string());
  if (!file) return file.error();
  files_.push_back(std::move(file).value());
  return &files_.back();
}

std::optional<Error> OutputFiles::Add(const std::string& name, std::string_view content) {
  auto file = Stage(name);
  if (!file) return file.error();
  if (auto e = (*file)->Write(content)) return e;
  return (*file)->Finish();
}

std::optional<Error> OutputFiles::AddWrittenBy(
    const std::string& name, const std::function<std::optional<Error>(const std::string&)>& write) {
  auto file = Stage(name);
  if (!file) return file.error();
  (*file)->Release();
  if (auto e = write((*file)->temp_path())) return e;
  return (*file)->Finish();
}

Result<std::vector<std::string>> OutputFiles::Commit() {
  std::vector<std::string> paths;
  if (files_.empty()) {  // nothing to write: the folder still exists afterwards
    std::error_code ec;
    fs::create_directories(dir_, ec);
    if (ec) return Error{ErrorKind::kIo, dir_, std::nullopt, "cannot create folder: " + ec.message()};
  }
  for (auto& f : files_) {
    if (auto e = f.Commit()) return *e;
    paths.push_back(f.path());
  }
  committed_ = true;
  files_.clear();
  return paths;
}

}  // namespace ogpx::exporter
