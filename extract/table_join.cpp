// Joining tables continued across pages (see table_join.h).
#include "extract/table_join.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>
#include <utility>

#include "extract/table_text.h"

namespace ogpx::extract::join {
namespace {

// Share of the page height at its top and bottom where running headers,
// footers and page numbers live.
constexpr double kMarginZone = 0.07;

using RowKey = std::vector<std::tuple<int, int, std::string>>;

RowKey KeyOfRow(const Table& t, int row) {
  RowKey key;
  for (const Cell& c : t.cells)
    if (c.row == row) key.emplace_back(c.col, c.col_span, c.text);
  return key;
}

bool RowHasText(const RowKey& key) {
  return std::any_of(key.begin(), key.end(), [](const auto& k) { return !std::get<2>(k).empty(); });
}

bool Empty(const Cell& c) { return c.text.empty() && c.nested.empty(); }

// Row cut by a page break: the first cell is empty while another has text.
bool LooksCut(const std::vector<Cell*>& row) {
  if (row.size() < 2) return false;
  const Cell* first = row.front();
  if (first->col != 0 || !Empty(*first)) return false;
  return std::any_of(row.begin() + 1, row.end(), [](const Cell* c) { return !Empty(*c); });
}

void SortCells(Table& t) {
  std::sort(t.cells.begin(), t.cells.end(), [](const Cell& a, const Cell& b) {
    return a.row != b.row ? a.row < b.row : a.col < b.col;
  });
}

Table AppendImpl(Table a, Table b, bool row_is_cut);

void MergeCell(Cell& into, Cell&& from) {
  for (auto& l : from.lines) into.lines.push_back(std::move(l));
  for (auto& r : from.regions) into.regions.push_back(r);
  into.text = text::JoinLines(into.lines);
  into.row_span += from.row_span - 1;
  std::size_t first = 0;
  if (!into.nested.empty() && !from.nested.empty()) {
    Table& last = into.nested.back();
    Table& next = from.nested.front();
    const int page_a = last.regions.back().page, page_b = next.regions.front().page;
    if (page_a != page_b && SameColumns(last, page_a, next, page_b)) {
      // The enclosing row is cut, so the nested table's last row is too.
      last = AppendImpl(std::move(last), std::move(next), true);
      first = 1;
    }
  }
  for (std::size_t i = first; i < from.nested.size(); ++i) into.nested.push_back(std::move(from.nested[i]));
}

bool InMargin(const ingest::Word& w, const ingest::Page& page) {
  return w.box.y1 <= page.height * kMarginZone || w.box.y0 >= page.height * (1 - kMarginZone);
}

// Nothing but margin text below `t`'s region on `page`.
bool EndsPage(const Table& t, const ingest::Page& page) {
  const ingest::Box& box = t.regions.back().box;
  for (const ingest::Word& w : page.words)
    if (w.box.cy() > box.y1 && !InMargin(w, page)) return false;
  return true;
}

// Nothing but margin text above `t`'s first region on `page`.
bool StartsPage(const Table& t, const ingest::Page& page) {
  const ingest::Box& box = t.regions.front().box;
  for (const ingest::Word& w : page.words)
    if (w.box.cy() < box.y0 && !InMargin(w, page)) return false;
  return true;
}

}  // namespace

std::vector<double> ColumnEdges(const Table& t, int page) {
  std::vector<double> edges(static_cast<std::size_t>(std::max(0, t.cols) + 1),
                            std::numeric_limits<double>::quiet_NaN());
  for (const Cell& c : t.cells)
    for (const Region& r : c.regions) {
      if (r.page != page) continue;
      auto lo = static_cast<std::size_t>(c.col), hi = static_cast<std::size_t>(c.col + c.col_span);
      if (lo < edges.size() && std::isnan(edges[lo])) edges[lo] = r.box.x0;
      if (hi < edges.size() && std::isnan(edges[hi])) edges[hi] = r.box.x1;
    }
  return edges;
}

bool SameColumns(const Table& a, int page_a, const Table& b, int page_b, double tol) {
  if (a.cols != b.cols || a.cols < 1) return false;
  const auto ea = ColumnEdges(a, page_a), eb = ColumnEdges(b, page_b);
  int matched = 0;
  for (std::size_t i = 0; i < ea.size(); ++i) {
    if (std::isnan(ea[i]) || std::isnan(eb[i])) continue;
    if (std::abs(ea[i] - eb[i]) > tol) return false;
    ++matched;
  }
  return matched >= std::min<int>(2, static_cast<int>(ea.size()));
}

namespace {

Table AppendImpl(Table a, Table b, bool row_is_cut) {
  // Repeated header rows.
  int k = 0;
  while (k < a.rows && k + 1 < b.rows) {
    RowKey ka = KeyOfRow(a, k), kb = KeyOfRow(b, k);
    if (!RowHasText(ka) || ka != kb) break;
    ++k;
  }
  if (k > 0) {
    std::erase_if(b.cells, [k](const Cell& c) { return c.row < k; });
    for (Cell& c : b.cells) c.row -= k;
    b.rows -= k;
    a.header_rows = std::max(a.header_rows, k);
  }
  // A row cut by the page break.
  std::vector<Cell*> last, first;
  for (Cell& c : a.cells)
    if (c.row + c.row_span == a.rows) last.push_back(&c);
  for (Cell& c : b.cells)
    if (c.row == 0) first.push_back(&c);
  auto by_col = [](const Cell* x, const Cell* y) { return x->col < y->col; };
  std::sort(last.begin(), last.end(), by_col);
  std::sort(first.begin(), first.end(), by_col);
  bool same_shape = !last.empty() && last.size() == first.size();
  for (std::size_t i = 0; same_shape && i < last.size(); ++i)
    same_shape = last[i]->col == first[i]->col && last[i]->col_span == first[i]->col_span;
  const bool cut = same_shape && (row_is_cut || LooksCut(first) || LooksCut(last));
  const int offset = cut ? a.rows - 1 : a.rows;
  if (cut)
    for (std::size_t i = 0; i < last.size(); ++i) MergeCell(*last[i], std::move(*first[i]));
  for (Cell& c : b.cells) {
    if (cut && c.row == 0) continue;
    c.row += offset;
    a.cells.push_back(std::move(c));
  }
  a.rows = offset + b.rows;
  for (const Region& r : b.regions) a.regions.push_back(r);
  SortCells(a);
  return a;
}

}  // namespace

Table Append(Table a, Table b) { return AppendImpl(std::move(a), std::move(b), false); }

std::vector<Table> JoinAcrossPages(const ingest::Document& doc,
                                   std::vector<std::vector<Table>> per_page) {
  std::vector<Table> out;
  const std::size_t n = std::min(per_page.size(), doc.pages.size());
  for (std::size_t i = 0; i < n; ++i) {
    auto& tables = per_page[i];
    std::size_t start = 0;
    if (i > 0 && !out.empty() && !tables.empty()) {
      const ingest::Page& prev = doc.pages[i - 1];
      const ingest::Page& page = doc.pages[i];
      Table& last = out.back();
      if (last.regions.back().page == prev.number && page.number == prev.number + 1 &&
          EndsPage(last, prev) && StartsPage(tables.front(), page) &&
          SameColumns(last, prev.number, tables.front(), page.number)) {
        last = Append(std::move(last), std::move(tables.front()));
        start = 1;
      }
    }
    for (std::size_t k = start; k < tables.size(); ++k) out.push_back(std::move(tables[k]));
  }
  return out;
}

}  // namespace ogpx::extract::join
