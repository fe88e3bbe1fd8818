// Reading a whole input file with bounds: only a regular file (a folder, a
// FIFO, a device such as /dev/zero, a socket is refused before it is read),
// no larger than a limit. Used for PDFs (ingest) and alias tables (model).
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "base/status.h"

namespace ogpx {

// The bytes of the file at `path`. Errors name `path` and never block:
//  - kNotFound: no such file; "is a directory, not a file"; "is a named pipe
//    (FIFO), not a regular file" (also character and block devices,
//    sockets); a link loop ("cannot read: Too many levels of symbolic links");
//  - kUnreadable: it exists but cannot be opened or read ("cannot open for
//    reading: Permission denied");
//  - kLimit: larger than `max_bytes` ("... (limit <limit_name>)").
// The file is opened first (non-blocking, so a FIFO cannot hang the call)
// and its type and size checked on the open descriptor. Never throws except
// std::bad_alloc when `max_bytes` is more than memory holds.
Result<std::string> ReadRegularFile(const std::string& path, std::size_t max_bytes, const std::string& limit_name);

// The error ReadRegularFile would give for `path` before reading it (no such
// file, not a regular file, cannot be opened), without reading it; nullopt
// when it opens as a regular file. Lets a batch name the inputs it cannot
// read before the work starts.
std::optional<Error> CheckRegularFile(const std::string& path);

}  // namespace ogpx
