// The pages' text lines (see lines.h).
#include "layout/lines.h"

#include <algorithm>
#include <map>

#include "layout/tables/refill.h"
#include "layout/tables/text.h"

namespace ogpx::layout {

std::vector<PageText> BuildPageTexts(const ingest::Document& doc, const std::vector<Table>& tables) {
  std::map<int, std::vector<ingest::Box>> regions;  // page -> table regions
  for (const Table& t : tables)
    for (const Region& r : t.regions) regions[r.page].push_back(r.box);
  std::vector<PageText> out;
  out.reserve(doc.pages.size());
  for (const ingest::Page& page : doc.pages) {
    PageText& p = out.emplace_back();
    p.number = page.number;
    p.width = page.width;
    p.height = page.height;
    p.lines.reserve(page.lines.size());
    const std::vector<ingest::Box>& boxes = regions[page.number];
    for (const ingest::TextLine& line : page.lines) {
      PageLine& l = p.lines.emplace_back();
      l.line = cells::FromTextLine(page, line);
      l.in_table = std::any_of(boxes.begin(), boxes.end(),
                               [&](const ingest::Box& b) { return CentreInside(line.box, b); });
    }
  }
  return out;
}

}  // namespace ogpx::layout
