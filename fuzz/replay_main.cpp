// Replays a fuzz target without libFuzzer: every file of the seed folder
// given as argv[1], then `rounds` deterministic mutations of each (bit flips,
// truncation, duplication, random bytes). Fails only by crashing or by a
// sanitizer report, as under libFuzzer.
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "fuzz/fuzz.h"

namespace {

void Run(const std::string& input) {
  LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.data()), input.size());
}

std::string Mutate(std::string s, std::mt19937& rng) {
  switch (rng() % 5) {
    case 0:
      if (!s.empty()) s[rng() % s.size()] ^= static_cast<char>(1u << (rng() % 8));
      break;
    case 1:
      s.resize(s.empty() ? 0 : rng() % s.size());
      break;
    case 2:
      s += s.substr(0, s.size() / 2);
      break;
    case 3:
      for (int i = 0; i < 8; ++i) s.insert(s.begin() + (s.empty() ? 0 : rng() % s.size()), static_cast<char>(rng()));
      break;
    default:
      if (!s.empty()) s.erase(rng() % s.size(), 1 + rng() % 4);
  }
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s SEED_DIR [ROUNDS]\n", argv[0]);
    return 2;
  }
  int rounds = argc > 2 ? std::atoi(argv[2]) : 200;
  std::vector<std::string> seeds;
  for (const auto& entry : std::filesystem::directory_iterator(argv[1])) {
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    seeds.push_back(ss.str());
  }
  seeds.push_back("");
  std::mt19937 rng(20261127);
  std::size_t runs = 0;
  for (const auto& seed : seeds) {
    Run(seed);
    ++runs;
    std::string cur = seed;
    for (int i = 0; i < rounds; ++i, ++runs) {
      cur = Mutate(i % 10 == 0 ? seed : cur, rng);
      Run(cur);
    }
  }
  std::printf("%zu inputs replayed, 0 crashes\n", runs);
  return 0;
}
