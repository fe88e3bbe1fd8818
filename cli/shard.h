// `ogpx ingest --shard K/N`: the files of one worker out of N, decided by the
// bytes of each file alone, so that N workers given the same PATHs and K =
// 0..N-1 cover every file exactly once without talking to each other
// (docs/scale-out.md).
//
// The rule: a file is in shard K of N when the number written by the first
// 16 hexadecimal digits of its SHA-256 (the first 8 bytes, big-endian, as an
// unsigned 64-bit integer) leaves K when divided by N. Copies of one file
// (same bytes) fall in the same shard. A file that cannot be read has no
// hash: it belongs to shard 0, whose worker reports it, so that its error is
// printed once.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace ogpx::cli {

struct Shard {
  unsigned long long index = 0;  // K, 0-based
  unsigned long long count = 1;  // N >= 1
};

// "K/N" with 0 <= K < N; nullopt and `error` otherwise ("must be K/N ...",
// said of the value of --shard).
std::optional<Shard> ParseShard(const std::string& text, std::string& error);

// The rule above for a lower-case hex SHA-256.
bool InShard(const std::string& sha256_hex, const Shard& shard);

// The files of `files` in `shard`, in the given order (each file is read
// once to hash it; an unreadable one goes to shard 0).
std::vector<std::string> FilesInShard(const std::vector<std::string>& files, const Shard& shard);

}  // namespace ogpx::cli
