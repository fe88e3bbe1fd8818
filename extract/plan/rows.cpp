// Reading-order stream of table rows and free lines; see action_plan_rows.h.
#include "extract/plan/rows.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>

#include "base/text.h"
#include "layout/columns.h"
#include "layout/running.h"

namespace ogpx::extract::plan {
namespace {

bool Inside(const ingest::Box& inner, const ingest::Box& outer) {
  return inner.cx() >= outer.x0 - 1 && inner.cx() <= outer.x1 + 1 && inner.cy() >= outer.y0 - 1 &&
         inner.cy() <= outer.y1 + 1;
}

bool DigitsOnly(const std::string& s) {
  if (s.empty()) return true;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c)) || c == ' ';
  });
}

double PageWidth(const ingest::Document& doc, int number) {
  for (const ingest::Page& p : doc.pages)
    if (p.number == number) return p.width;
  return 0;
}

CellLine ToCellLine(const ingest::Page& page, const ingest::TextLine& line) {
  CellLine out;
  out.page = page.number;
  out.box = line.box;
  out.text = text::FoldWhitespace(ingest::LineText(page, line));
  if (!line.words.empty()) {
    const ingest::Word& w = page.words[static_cast<std::size_t>(line.words.front())];
    out.font_size = w.font_size;
    out.baseline = w.baseline;
    out.color = w.color;
    out.bold = true;
    for (int i : line.words) out.bold = out.bold && page.words[static_cast<std::size_t>(i)].bold;
  }
  return out;
}

double Area(const ingest::Box& b) { return std::max(0.0, b.width()) * std::max(0.0, b.height()); }

// An unruled (stream) table lying mostly inside a ruled one is a second
// reading of the same rows; the ruled table wins.
bool OverlapsRuled(const Table& table, const TableList& tables) {
  if (table.ruled) return false;
  for (const Region& r : table.regions) {
    for (const Table* t : tables) {
      const Table& other = *t;
      if (!other.ruled) continue;
      for (const Region& o : other.regions) {
        if (o.page != r.page) continue;
        ingest::Box cut{std::max(r.box.x0, o.box.x0), std::max(r.box.y0, o.box.y0),
                        std::min(r.box.x1, o.box.x1), std::min(r.box.y1, o.box.y1)};
        if (cut.x1 > cut.x0 && cut.y1 > cut.y0 && Area(cut) > 0.5 * Area(r.box)) return true;
      }
    }
  }
  return false;
}

// Two grids over the same area of a page: the table that starts further down
// owns the area where they overlap; the rows the other one has there are an
// overflow (a grid built from the rules of both) and are dropped.
bool Overflowing(const StreamItem& item, const Table& table, const TableList& tables) {
  const Region* own = nullptr;
  for (const Region& r : table.regions) {
    if (r.page == item.page) own = &r;
  }
  if (own == nullptr) return false;
  for (const Table* t : tables) {
    const Table& other = *t;
    if (&other == &table) continue;
    for (const Region& o : other.regions) {
      if (o.page != item.page || o.box.y0 <= own->box.y0 + 1) continue;
      bool x_overlap = std::min(o.box.x1, own->box.x1) - std::max(o.box.x0, own->box.x0) >
                       0.5 * own->box.width();
      if (x_overlap && item.y + 1 >= o.box.y0 && item.y < o.box.y1 - 1) return true;
    }
  }
  return false;
}

}  // namespace

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
      if (r.page == page && Inside(w, r.box)) return true;
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
        if (Inside(b, r.box) && !InNested(b, r.page, cell)) inside.push_back(i);
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
      lines.push_back(ToCellLine(page, part));
    }
  }
  if (words <= WordCount(cell)) return changed;
  cell.lines = std::move(lines);
  cell.text.clear();
  for (const CellLine& l : cell.lines) cell.text += (cell.text.empty() ? "" : " ") + l.text;
  return true;
}

}  // namespace

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

std::vector<std::string> LineTexts(const Cell& cell) {
  std::vector<std::string> out;
  for (const CellLine& l : cell.lines) out.push_back(l.text);
  return out;
}

std::set<int> CellPages(const Cell& cell) {
  std::set<int> out;
  for (const Region& r : cell.regions) out.insert(r.page);
  for (const CellLine& l : cell.lines) out.insert(l.page);
  return out;
}

Cell MergeCells(const std::vector<const Cell*>& cells) {
  Cell out;
  if (cells.empty()) return out;
  out.row = cells.front()->row;
  out.col = cells.front()->col;
  for (const Cell* c : cells) {
    out.regions.insert(out.regions.end(), c->regions.begin(), c->regions.end());
    out.lines.insert(out.lines.end(), c->lines.begin(), c->lines.end());
    out.nested.insert(out.nested.end(), c->nested.begin(), c->nested.end());
    if (!c->text.empty()) out.text += (out.text.empty() ? "" : " ") + c->text;
  }
  return out;
}

Cell JoinRowCells(const std::vector<const Cell*>& cells) {
  Cell out = MergeCells(cells);
  std::vector<CellLine> lines = out.lines;
  std::stable_sort(lines.begin(), lines.end(), [](const CellLine& a, const CellLine& b) {
    if (a.page != b.page) return a.page < b.page;
    if (std::abs(a.box.cy() - b.box.cy()) > 2.0) return a.box.cy() < b.box.cy();
    return a.box.x0 < b.box.x0;
  });
  out.lines.clear();
  for (const CellLine& l : lines) {
    if (!out.lines.empty()) {
      CellLine& last = out.lines.back();
      if (last.page == l.page && std::abs(last.box.cy() - l.box.cy()) <= 2.0 &&
          l.box.x0 >= last.box.x1 - 1) {
        last.text += " " + l.text;
        last.box.x1 = std::max(last.box.x1, l.box.x1);
        last.box.y0 = std::min(last.box.y0, l.box.y0);
        last.box.y1 = std::max(last.box.y1, l.box.y1);
        continue;
      }
    }
    out.lines.push_back(l);
  }
  return out;
}

double CellRightEdge(const Cell& cell) {
  double x1 = 0;
  for (const Region& r : cell.regions) x1 = std::max(x1, r.box.x1);
  return x1 > 0 ? x1 - 3.0 : 0.0;
}

std::vector<StreamItem> BuildRowStream(const ingest::Document& doc, const std::vector<Table>& tables,
                                       const std::vector<std::string>& running) {
  TableList all;
  all.reserve(tables.size());
  for (const Table& t : tables) all.push_back(&t);
  return BuildRowStream(doc, all, running);
}

std::vector<StreamItem> BuildRowStream(const ingest::Document& doc, const TableList& tables,
                                       const std::vector<std::string>& running) {
  std::vector<StreamItem> items;
  std::map<int, std::vector<ingest::Box>> table_boxes;  // page -> table regions
  for (const Table* t : tables) {
    const Table& table = *t;
    if (OverlapsRuled(table, tables)) continue;
    for (const Region& r : table.regions) table_boxes[r.page].push_back(r.box);
    std::map<int, StreamItem> rows;
    for (const Cell& cell : table.cells) {
      StreamItem& item = rows[cell.row];
      item.table = &table;
      item.row = cell.row;
      item.cells.push_back(&cell);
      for (const Region& r : cell.regions) item.pages.insert(r.page);
    }
    for (auto& [row, item] : rows) {
      std::sort(item.cells.begin(), item.cells.end(),
                [](const Cell* a, const Cell* b) { return a->col < b->col; });
      bool any_text = false;
      item.page = 0;
      for (const Cell* c : item.cells) {
        any_text = any_text || !c->lines.empty() || !c->nested.empty();
        if (c->regions.empty()) continue;
        const Region& r = c->regions.front();
        if (item.page == 0 || r.page < item.page || (r.page == item.page && r.box.y0 < item.y)) {
          item.page = r.page;
          item.y = r.box.y0;
        }
        for (const CellLine& l : c->lines) item.pages.insert(l.page);
      }
      if (item.page == 0) item.page = table.first_page();
      if (any_text && !Overflowing(item, table, tables)) items.push_back(std::move(item));
    }
  }
  for (const ingest::Page& page : doc.pages) {
    const auto& boxes = table_boxes[page.number];
    for (const ingest::TextLine& line : page.lines) {
      bool in_table = std::any_of(boxes.begin(), boxes.end(),
                                  [&](const ingest::Box& b) { return Inside(line.box, b); });
      if (in_table) continue;
      if (page.number > 1 && layout::IsRunningLine(page, line, running)) continue;
      StreamItem item;
      item.line = ToCellLine(page, line);
      // Page numbers; a year on a line of its own inside the page ("2014"
      // wrapped from a sentence, a year heading) is text.
      const bool margin = line.box.y0 < page.height * 0.08 || line.box.y1 > page.height * 0.92;
      if (DigitsOnly(item.line.text) && (margin || item.line.text.size() < 4)) continue;
      item.page = page.number;
      item.y = line.box.y0;
      item.pages.insert(page.number);
      items.push_back(std::move(item));
    }
  }
  // Reading order: by page, then as layout reads the page (columns, left
  // before right in each band; a table row spans the page).
  std::map<int, std::vector<std::size_t>> on_page;
  for (std::size_t i = 0; i < items.size(); ++i) on_page[items[i].page].push_back(i);
  std::vector<int> rank(items.size(), 0);
  for (const auto& [number, at] : on_page) {
    const double width = number >= 1 && number <= static_cast<int>(doc.pages.size())
                             ? PageWidth(doc, number)
                             : 0;
    std::vector<ingest::Box> boxes;
    for (std::size_t i : at) {
      const StreamItem& it = items[i];
      boxes.push_back(it.is_row() ? ingest::Box{0, it.y, width, it.y + 1} : it.line.box);
    }
    const std::vector<int> r = layout::ReadingOrder(boxes, width);
    for (std::size_t k = 0; k < at.size(); ++k) rank[at[k]] = r[k];
  }
  std::vector<std::size_t> order(items.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return items[a].page != items[b].page ? items[a].page < items[b].page : rank[a] < rank[b];
  });
  std::vector<StreamItem> sorted;
  sorted.reserve(items.size());
  for (std::size_t i : order) sorted.push_back(std::move(items[i]));
  return sorted;
}

}  // namespace ogpx::extract::plan
