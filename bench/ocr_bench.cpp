// ocr_bench: OCR some pages of a PDF with ogpx::ingest::OcrPages and print
// the process CPU seconds, wall seconds and word count (one line, key=value).
// Built and run by bench/ocr_bench.sh; not part of the ogpx build.
//
//   ocr_bench FILE.pdf JOBS LANG PAGE...     (LANG "" = automatic)
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "ingest/ocr.h"

namespace {

double CpuSeconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  auto secs = [](const timeval& t) { return static_cast<double>(t.tv_sec) + t.tv_usec / 1e6; };
  return secs(usage.ru_utime) + secs(usage.ru_stime);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 5) {
    std::fprintf(stderr, "usage: ocr_bench FILE.pdf JOBS LANG PAGE...\n");
    return 2;
  }
  ogpx::ingest::Options options;
  options.jobs = std::atoi(argv[2]);
  options.ocr_lang = argv[3];
  std::vector<int> pages;
  for (int i = 4; i < argc; ++i) pages.push_back(std::atoi(argv[i]));

  const double cpu0 = CpuSeconds();
  const auto wall0 = std::chrono::steady_clock::now();
  const std::vector<ogpx::ingest::Page> out = ogpx::ingest::OcrPages(argv[1], pages, options);
  const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall0).count();
  const double cpu = CpuSeconds() - cpu0;

  std::size_t words = 0, warnings = 0;
  for (const auto& page : out) {
    words += page.words.size();
    warnings += page.warnings.size();
  }
  std::printf("pages=%zu jobs=%d cpu=%.2f wall=%.2f words=%zu warnings=%zu\n", out.size(), options.jobs,
              cpu, wall, words, warnings);
  return 0;
}
