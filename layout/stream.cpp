// The reading-order stream of table rows and free lines (see stream.h).
#include "layout/stream.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <optional>
#include <map>

#include "layout/columns.h"
#include "layout/lists.h"
#include "layout/running.h"
#include "layout/tables/text.h"

namespace ogpx::layout {
namespace {

// An unruled table whose region overlaps a ruled one's by more than this
// share of its area reads the same rows.
constexpr double kSameRowsShare = 0.5;

bool DigitsOnly(const std::string& s) {
  if (s.empty()) return true;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c)) || c == ' ';
  });
}

// A list item's label set apart from its text ("1.1" in a column of its
// own, the text indented beside it) reaches its text within this many of
// its line heights.
constexpr double kLabelReachEm = 6.0;

// Joins each free line of items[from..] that is a list label alone ("1.1",
// "a)", "IV.") to the line that starts right of it on its baseline, so that
// the item reads "1.1 By June 2023, …" as a line of the text layer would.
void JoinHangingLabels(std::vector<StreamItem>& items, std::size_t from) {
  std::vector<bool> gone(items.size(), false);
  for (std::size_t i = from; i < items.size(); ++i) {
    const CellLine& label = items[i].line;
    // A label alone: the line is all mark, read as the mark of an item whose
    // text would follow it.
    const std::optional<ListMarker> m = ReadListMarker(label.text + " x");
    if (!m || m->rest != "x" ||
        (m->mark != ListMark::kNumber && m->mark != ListMark::kLetter && m->mark != ListMark::kRoman))
      continue;
    const double h = std::max(1.0, label.box.height());
    std::size_t best = items.size();
    for (std::size_t j = from; j < items.size(); ++j) {
      const CellLine& l = items[j].line;
      if (j == i || gone[j] || l.box.x0 < label.box.x1 || l.box.x0 - label.box.x1 > kLabelReachEm * h ||
          std::abs(l.box.cy() - label.box.cy()) > 0.5 * h)
        continue;
      if (best == items.size() || l.box.x0 < items[best].line.box.x0) best = j;
    }
    if (best == items.size()) continue;
    CellLine& text = items[best].line;
    text.text = label.text + " " + text.text;
    text.box = {label.box.x0, std::min(label.box.y0, text.box.y0), text.box.x1, std::max(label.box.y1, text.box.y1)};
    items[best].y = text.box.y0;
    gone[i] = true;
  }
  std::size_t out = from;
  for (std::size_t i = from; i < items.size(); ++i) {
    if (gone[i]) continue;
    if (out != i) items[out] = std::move(items[i]);  // never onto itself
    ++out;
  }
  items.resize(out);
}

double PageWidth(const ingest::Document& doc, int number) {
  for (const ingest::Page& p : doc.pages)
    if (p.number == number) return p.width;
  return 0;
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
        if (cut.x1 > cut.x0 && cut.y1 > cut.y0 && Area(cut) > kSameRowsShare * Area(r.box)) return true;
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

// The rows of `table` that hold text, each starting where its topmost cell
// does, appended to `items`.
void AddRows(const Table& table, const TableList& tables, std::vector<StreamItem>& items) {
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

// `items` sorted by page, then in the reading order of each page.
// Where a row stands for the reading order: across its table's width on
// its page (a table set in one column of a page is read in that column), a
// point high.
ingest::Box RowBox(const StreamItem& row, double page_width) {
  for (const Region& r : row.table->regions)
    if (r.page == row.page) return {r.box.x0, row.y, r.box.x1, row.y + 1};
  return {0, row.y, page_width, row.y + 1};
}

std::vector<StreamItem> InReadingOrder(const ingest::Document& doc, std::vector<StreamItem> items) {
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
      boxes.push_back(it.is_row() ? RowBox(it, width) : it.line.box);
    }
    const std::vector<int> r = ReadingOrder(boxes, width);
    for (std::size_t k = 0; k < at.size(); ++k) rank[at[k]] = r[k];
  }
  std::vector<std::size_t> order(items.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return items[a].page != items[b].page ? items[a].page < items[b].page : rank[a] < rank[b];
  });
  // Put in that order where they are (each cycle of the permutation
  // followed once), not moved into a second vector: the stream of a long
  // document is held once, not twice, while it is ordered.
  std::vector<bool> placed(items.size(), false);
  for (std::size_t start = 0; start < items.size(); ++start) {
    if (placed[start]) continue;
    StreamItem first = std::move(items[start]);
    std::size_t at = start;
    for (;;) {
      placed[at] = true;
      const std::size_t from = order[at];
      if (from == start) {
        items[at] = std::move(first);
        break;
      }
      items[at] = std::move(items[from]);
      at = from;
    }
  }
  return items;
}

}  // namespace

std::vector<StreamItem> BuildStream(const ingest::Document& doc, const TableList& tables,
                                    const std::vector<std::string>& running) {
  std::vector<StreamItem> items;
  std::map<int, std::vector<ingest::Box>> table_boxes;  // page -> table regions
  std::size_t most = 0;  // items at most: every row, every line outside the tables
  for (const Table* t : tables) {
    if (OverlapsRuled(*t, tables)) continue;
    for (const Region& r : t->regions) table_boxes[r.page].push_back(r.box);
    most += static_cast<std::size_t>(std::max(0, t->rows));
  }
  auto free_line = [&](const ingest::Page& page, const ingest::TextLine& line) {
    const auto& boxes = table_boxes[page.number];
    return std::none_of(boxes.begin(), boxes.end(), [&](const ingest::Box& b) { return CentreInside(line.box, b); }) &&
           !(page.number > 1 && IsRunningLine(page, line, running));
  };
  std::vector<bool> outside;  // each line of each page, in order: outside the tables, not running
  for (const ingest::Page& page : doc.pages)
    for (const ingest::TextLine& line : page.lines) {
      outside.push_back(free_line(page, line));
      if (outside.back()) ++most;
    }
  // Made at its size: grown by doubling, a long document's stream would hold
  // up to twice the room it uses while the readers read.
  items.reserve(most);
  for (const Table* t : tables) {
    if (OverlapsRuled(*t, tables)) continue;
    AddRows(*t, tables, items);
  }
  std::size_t next = 0;
  for (const ingest::Page& page : doc.pages) {
    const std::size_t page_start = items.size();
    for (const ingest::TextLine& line : page.lines) {
      if (!outside[next++]) continue;
      StreamItem item;
      item.line = cells::FromTextLine(page, line);
      // Page numbers; a year on a line of its own inside the page ("2014"
      // wrapped from a sentence, a year heading) is text.
      const bool margin = line.box.y0 < page.height * kPageMarginShare ||
                          line.box.y1 > page.height * (1 - kPageMarginShare);
      if (DigitsOnly(item.line.text) && margin) continue;
      item.page = page.number;
      item.y = line.box.y0;
      item.pages.insert(page.number);
      items.push_back(std::move(item));
    }
    // A short number inside the page is the label of the line beside it
    // (a heading's "01" set in a box) or else a page number.
    JoinHangingLabels(items, page_start);
    items.erase(std::remove_if(items.begin() + static_cast<std::ptrdiff_t>(page_start), items.end(),
                               [](const StreamItem& i) { return DigitsOnly(i.line.text) && i.line.text.size() < 4; }),
                items.end());
  }
  return InReadingOrder(doc, std::move(items));
}

}  // namespace ogpx::layout
