#include "base/files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace ogpx {
namespace {

// What a file that is not a regular file is, for the message.
const char* NotRegular(mode_t mode) {
  if (S_ISDIR(mode)) return "is a directory, not a file";
  if (S_ISFIFO(mode)) return "is a named pipe (FIFO), not a regular file";
  if (S_ISCHR(mode)) return "is a character device, not a regular file";
  if (S_ISBLK(mode)) return "is a block device, not a regular file";
  if (S_ISSOCK(mode)) return "is a socket, not a regular file";
  return "is not a regular file";
}

// Closes a descriptor on every path out.
struct Fd {
  int fd;
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
};

// Opens `path` for reading (non-blocking: opening a FIFO for reading would
// wait for a writer) and checks on the descriptor that it is a regular file.
std::optional<Error> OpenRegular(const std::string& path, Fd& file, struct stat& st) {
  auto error = [&](ErrorKind kind, const std::string& reason) { return Error{kind, path, std::nullopt, reason}; };
  file.fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  if (file.fd < 0) {
    const int err = errno;
    if (err == ENOENT || err == ENOTDIR) return error(ErrorKind::kNotFound, "no such file");
    if (err == ELOOP || err == ENAMETOOLONG)
      return error(ErrorKind::kNotFound, std::string("cannot read: ") + std::strerror(err));
    if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) return error(ErrorKind::kNotFound, NotRegular(st.st_mode));
    return error(ErrorKind::kUnreadable, std::string("cannot open for reading: ") + std::strerror(err));
  }
  if (::fstat(file.fd, &st) != 0)
    return error(ErrorKind::kUnreadable, std::string("cannot read: ") + std::strerror(errno));
  if (!S_ISREG(st.st_mode)) return error(ErrorKind::kNotFound, NotRegular(st.st_mode));
  return std::nullopt;
}

}  // namespace

std::optional<Error> CheckRegularFile(const std::string& path) {
  Fd file{-1};
  struct stat st {};
  return OpenRegular(path, file, st);
}

Result<std::string> ReadRegularFile(const std::string& path, std::size_t max_bytes, const std::string& limit_name) {
  auto error = [&](ErrorKind kind, const std::string& reason) { return Error{kind, path, std::nullopt, reason}; };
  Fd file{-1};
  struct stat st {};
  if (auto e = OpenRegular(path, file, st)) return *e;
  const auto size = static_cast<std::size_t>(st.st_size);
  if (size > max_bytes)
    return error(ErrorKind::kLimit, "file of " + std::to_string(size) + " bytes is larger than the limit of " +
                                        std::to_string(max_bytes) + " bytes (limit " + limit_name + ")");
  std::string bytes(size, '\0');
  std::size_t got = 0;
  while (got < size) {
    const ssize_t n = ::read(file.fd, bytes.data() + got, size - got);
    if (n < 0 && (errno == EINTR || errno == EAGAIN)) continue;
    if (n < 0) return error(ErrorKind::kUnreadable, std::string("cannot read: ") + std::strerror(errno));
    if (n == 0) break;  // the file shrank while being read
    got += static_cast<std::size_t>(n);
  }
  if (got != size) return error(ErrorKind::kUnreadable, "short read (the file changed while being read)");
  return bytes;
}

}  // namespace ogpx
