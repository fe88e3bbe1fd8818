// RefillEmptyCells (see refill.h).
#include "layout/tables/refill.h"

#include <algorithm>
#include <map>

#include "layout/tables/text.h"

namespace ogpx::layout {
namespace {

std::size_t WordCount(const Cell& cell) {
  std::size_t n = 0;
  for (const CellLine& l : cell.lines) {
    for (std::size_t i = 0; i < l.text.size(); ++i) {
      if (l.text[i] != ' ' && (i == 0 || l.text[i - 1] == ' ')) ++n;
    }
  }
  return n;
}

bool InNested(const ingest::Box& w, int page, const Cell& cell) {
  for (const Table& t : cell.nested) {
    for (const Region& r : t.regions) {
      if (r.page == page && CentreInside(w, r.box)) return true;
    }
  }
  return false;
}

// Rebuilds the lines of `cell` (and of its nested cells) from the page words
// inside it when it holds fewer words than its area does.
// True when it did, in the cell or a nested one.
bool Refill(Cell& cell, const std::map<int, const ingest::Page*>& pages) {
  bool changed = false;
  for (Table& t : cell.nested) {
    for (Cell& c : t.cells) changed = Refill(c, pages) || changed;
  }
  std::vector<CellLine> lines;
  std::size_t words = 0;
  for (const Region& r : cell.regions) {
    auto it = pages.find(r.page);
    if (it == pages.end()) continue;
    const ingest::Page& page = *it->second;
    for (const ingest::TextLine& tl : page.lines) {
      std::vector<int> inside;
      for (int i : tl.words) {
        const ingest::Box& b = page.words[static_cast<std::size_t>(i)].box;
        if (CentreInside(b, r.box) && !InNested(b, r.page, cell)) inside.push_back(i);
      }
      if (inside.empty()) continue;
      ingest::TextLine part;
      part.words = inside;
      part.box = page.words[static_cast<std::size_t>(inside.front())].box;
      for (int i : inside) {
        const ingest::Box& b = page.words[static_cast<std::size_t>(i)].box;
        part.box = {std::min(part.box.x0, b.x0), std::min(part.box.y0, b.y0),
                    std::max(part.box.x1, b.x1), std::max(part.box.y1, b.y1)};
      }
      words += inside.size();
      lines.push_back(cells::FromTextLine(page, part));
    }
  }
  if (words <= WordCount(cell)) return changed;
  cell.lines = std::move(lines);
  cell.text.clear();
  for (const CellLine& l : cell.lines) cell.text += (cell.text.empty() ? "" : " ") + l.text;
  return true;
}

}  // namespace

bool CentreInside(const ingest::Box& inner, const ingest::Box& outer) {
  return inner.cx() >= outer.x0 - 1 && inner.cx() <= outer.x1 + 1 && inner.cy() >= outer.y0 - 1 &&
         inner.cy() <= outer.y1 + 1;
}

RefilledTables RefillEmptyCells(const ingest::Document& doc, const std::vector<Table>& tables) {
  std::map<int, const ingest::Page*> pages;
  for (const ingest::Page& p : doc.pages) pages[p.number] = &p;
  RefilledTables out;
  std::vector<std::size_t> copied;  // index in `tables` of each copy
  for (std::size_t i = 0; i < tables.size(); ++i) {
    Table copy = tables[i];
    bool changed = false;
    for (Cell& cell : copy.cells) changed = Refill(cell, pages) || changed;
    if (!changed) continue;
    out.copies.push_back(std::move(copy));
    copied.push_back(i);
  }
  std::size_t k = 0;
  for (std::size_t i = 0; i < tables.size(); ++i) {
    const bool is_copy = k < copied.size() && copied[k] == i;
    out.all.push_back(is_copy ? &out.copies[k++] : &tables[i]);
  }
  return out;
}

}  // namespace ogpx::layout
