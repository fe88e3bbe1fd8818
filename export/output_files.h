// Output files that are never left half-written, and the files ogpx must
// never write over.
//
// AtomicFile is the one way ogpx writes a file: a temporary file in the
// destination's folder ("<name>.tmp-XXXXXX", so the rename never crosses a
// file system), written, flushed to disk (fsync), then renamed over the
// destination. A reader sees the old file or the complete new one. An
// AtomicFile destroyed before Commit removes its temporary file: the
// destination is untouched. Errors (kIo) name the destination.
//
// OutputFiles stages the files of one export in a folder and renames them
// into place together in Commit, after every one of them was written: an
// export that fails before Commit (an Error from the exporter, a full disk, a
// file it must not write over) leaves no file behind, neither temporary nor
// half-written, and removes the folders it created.
//
// Thread-safety: none; one OutputFiles per export. Never throws.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace ogpx::exporter {

class AtomicFile {
 public:
  // Creates the temporary file for `path` (its folder must exist).
  static Result<AtomicFile> Create(const std::string& path);
  AtomicFile(AtomicFile&& other) noexcept;
  AtomicFile& operator=(AtomicFile&& other) noexcept;
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  ~AtomicFile();  // removes the temporary file unless committed

  const std::string& path() const { return path_; }            // the destination
  const std::string& temp_path() const { return temp_path_; }  // where the bytes go until Commit

  std::optional<Error> Write(std::string_view content);
  // Closes the temporary file for a library that writes it by name
  // (temp_path()); Finish reopens it.
  void Release();
  // Flushes the temporary file to disk and closes it, with the permissions
  // of a file the user creates (umask applied). Called by Commit if needed.
  std::optional<Error> Finish();
  // Finish, then rename over the destination.
  std::optional<Error> Commit();

 private:
  AtomicFile(std::string path, std::string temp_path, int fd)
      : path_(std::move(path)), temp_path_(std::move(temp_path)), fd_(fd) {}
  void Discard();
  std::string path_;
  std::string temp_path_;  // empty once committed
  int fd_ = -1;
  bool finished_ = false;
};

// `content` written to `path` atomically (AtomicFile); to a device, FIFO or
// socket standing at `path` in place (never replaced); an error for a folder.
std::optional<Error> WriteFileAtomic(const std::string& path, std::string_view content);

// A file ogpx reads and must never write over: what it is ("database",
// "input", ...) and its path as the user gave it.
struct KeptFile {
  std::string role;
  std::string path;
};

// True when `a` and `b` name the same file: the same device and inode when
// both exist (links followed, so hard and symbolic links are caught), else
// the same absolute path once "." and ".." and the links of the existing
// part are resolved. Never throws.
bool SameFile(const std::string& a, const std::string& b);

// Error (kUsage, file = `output`) when `output` is the same file as one of
// `keep`: "is the same file as the database 'db.sqlite'; refusing to write
// over it". nullopt when it is none of them.
std::optional<Error> RefuseToOverwrite(const std::string& output, const std::vector<KeptFile>& keep);

// The files of the SQLite database at `path`: the file itself and its
// "-wal", "-shm" and "-journal" companions, all with role "database"; none
// for a PostgreSQL URL (model::IsPostgresUrl).
std::vector<KeptFile> DatabaseFiles(const std::string& path);

class OutputFiles {
 public:
  // Files go into `dir` (created, with its parents, at the first Add);
  // none may be one of `keep`.
  OutputFiles(std::string dir, std::vector<KeptFile> keep);
  OutputFiles(const OutputFiles&) = delete;
  OutputFiles& operator=(const OutputFiles&) = delete;
  ~OutputFiles();  // uncommitted: temporary files and created folders removed

  const std::string& dir() const { return dir_; }

  // Error (kUsage) when one of `names` (plain file names in dir()) is a file
  // to keep. Exporters that know all their names call it before writing.
  std::optional<Error> Check(const std::vector<std::string>& names) const;
  // Stages `content` as the file `name` (a plain file name) of dir().
  std::optional<Error> Add(const std::string& name, std::string_view content);
  // Stages a file that `write` writes itself, at the temporary path it is
  // given (for a library that opens files by name); an Error from `write`
  // fails the export.
  std::optional<Error> AddWrittenBy(const std::string& name,
                                    const std::function<std::optional<Error>(const std::string&)>& write);
  // Renames every staged file into place, in the order added (with none,
  // creates dir()); returns their paths. A rename that fails stops there (the files before it are
  // in place, the rest removed) and is the Error.
  Result<std::vector<std::string>> Commit();

 private:
  Result<AtomicFile*> Stage(const std::string& name);
  std::string dir_;
  std::vector<KeptFile> keep_;
  std::vector<AtomicFile> files_;
  std::vector<std::string> created_dirs_;  // deepest first
  bool committed_ = false;
};

}  // namespace ogpx::exporter
