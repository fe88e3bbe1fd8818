// Legacy-font detection and repair (ingest/legacy_fonts.h) on a page whose
// words and fonts come from the input ("font\tword" per line).
#include <sstream>
#include <string>

#include "fuzz/fuzz.h"
#include "ingest/legacy_fonts.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  ogpx::ingest::Page page;
  page.number = 1;
  page.source = ogpx::ingest::PageSource::kText;
  std::string line;
  double x = 0;
  while (std::getline(in, line) && page.words.size() < 5000) {
    ogpx::ingest::Word w;
    auto tab = line.find('\t');
    w.font = tab == std::string::npos ? "F" : line.substr(0, tab);
    w.text = tab == std::string::npos ? line : line.substr(tab + 1);
    w.box = {x, 0, x + 10, 10};
    x += 11;
    page.words.push_back(w);
  }
  (void)ogpx::ingest::LooksGarbled(page);
  ogpx::ingest::RepairLegacyFonts(page);
  auto again = ogpx::ingest::RepairLegacyFonts(page);  // documented idempotent
  if (again.words_repaired != 0) std::abort();
  return 0;
}
