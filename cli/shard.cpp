#include "cli/shard.h"

#include <charconv>

#include "base/sha256.h"
#include "ingest/ingest.h"

namespace ogpx::cli {
namespace {

std::optional<unsigned long long> Number(std::string_view s) {
  unsigned long long v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (s.empty() || ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return v;
}

}  // namespace

std::optional<Shard> ParseShard(const std::string& text, std::string& error) {
  const std::size_t slash = text.find('/');
  std::optional<unsigned long long> k, n;
  if (slash != std::string::npos) {
    k = Number(std::string_view(text).substr(0, slash));
    n = Number(std::string_view(text).substr(slash + 1));
  }
  if (!k || !n || *n == 0 || *k >= *n) {
    error = "must be K/N with 0 <= K < N (K counts from 0, like $JOB_COMPLETION_INDEX), not '" + text + "'";
    return std::nullopt;
  }
  return Shard{*k, *n};
}

bool InShard(const std::string& sha256_hex, const Shard& shard) {
  unsigned long long v = 0;
  const std::string_view head = std::string_view(sha256_hex).substr(0, 16);
  std::from_chars(head.data(), head.data() + head.size(), v, 16);
  return v % shard.count == shard.index;
}

std::vector<std::string> FilesInShard(const std::vector<std::string>& files, const Shard& shard) {
  std::vector<std::string> out;
  for (const auto& f : files) {
    auto bytes = ingest::ReadInput(f);
    if (bytes ? InShard(Sha256Hex(*bytes), shard) : shard.index == 0) out.push_back(f);
  }
  return out;
}

}  // namespace ogpx::cli
