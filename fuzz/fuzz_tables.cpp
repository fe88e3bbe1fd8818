// Table reconstruction (layout/tables.h) on geometry made from the input:
// every 5 bytes are one rule or word (kind, x, y, length/width, text byte).
#include <string>

#include "layout/tables/tables.h"
#include "fuzz/fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  ogpx::ingest::Page page;
  page.number = 1;
  page.width = 600;
  page.height = 800;
  page.has_text_layer = true;
  page.source = ogpx::ingest::PageSource::kText;
  for (std::size_t i = 0; i + 5 <= size && i < 5 * 4000; i += 5) {
    double x = data[i + 1] * 2.3, y = data[i + 2] * 3.1, len = data[i + 3] * 2.0;
    switch (data[i] % 3) {
      case 0: page.rules.push_back({x, y, x + len, y, 0.5}); break;
      case 1: page.rules.push_back({x, y, x, y + len, 0.5}); break;
      default: {
        ogpx::ingest::Word w;
        w.text = std::string(1, static_cast<char>('a' + data[i + 4] % 26));
        w.box = {x, y, x + 5 + data[i + 4] % 40, y + 9};
        w.font_size = 9;
        page.lines.push_back({{static_cast<int>(page.words.size())}, w.box});
        page.words.push_back(w);
      }
    }
  }
  for (const auto& t : ogpx::layout::FindTables(page))
    for (const auto& c : t.cells)
      if (c.row < 0 || c.col < 0 || c.row + c.row_span > t.rows || c.col + c.col_span > t.cols) std::abort();
  ogpx::ingest::Document doc;
  doc.pages = {page, page};
  doc.pages[1].number = 2;
  (void)ogpx::layout::FindTables(doc);
  return 0;
}
