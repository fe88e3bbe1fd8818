// Joining tables continued across pages (see table_join.h).
#include "layout/tables/join.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>
#include <utility>

#include "layout/tables/grid.h"
#include "layout/tables/text.h"

namespace ogpx::layout::join {
namespace {

// Share of the page height at its top and bottom where running headers,
// footers and page numbers live.
constexpr double kMarginZone = 0.07;
// Most header rows repeated at the top of a page.
constexpr int kMaxRepeatedRows = 3;
// Column lines this close are the same line (points).
constexpr double kFrameTol = 4.0;
// Column lines of the two parts closer than this become one line on regridding.
constexpr double kRegridTol = 1.5;

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
  into.text = cells::JoinLines(into.lines);
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
  // A leading row of `b` equal (same cells, same text) to a row of `a` is a
  // header printed again on the new page: the table's first rows, or the
  // header of a section of it (browsers repeat every thead).
  std::vector<RowKey> keys;
  for (int r = 0; r < a.rows; ++r) keys.push_back(KeyOfRow(a, r));
  int k = 0;
  while (k < kMaxRepeatedRows && k + 1 < b.rows) {
    RowKey kb = KeyOfRow(b, k);
    if (!RowHasText(kb) || std::find(keys.begin(), keys.end(), kb) == keys.end()) break;
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

// The one cell of `t`'s first row when it spans the whole width (a title).
const Cell* TitleCell(const Table& t) {
  const Cell* first = nullptr;
  for (const Cell& c : t.cells)
    if (c.row == 0) {
      if (first || c.col != 0 || c.col_span != t.cols || c.text.empty()) return nullptr;
      first = &c;
    }
  return first;
}

// `b` opens with a title row of its own (another table of the same layout,
// not a continuation): both start with a full-width row, with other text.
bool NewTitle(const Table& a, const Table& b) {
  const Cell *ta = TitleCell(a), *tb = TitleCell(b);
  return ta && tb && ta->text != tb->text;
}

// Column lines of `t` over all its pages (NaN where no cell shows one).
std::vector<double> AllEdges(const Table& t) {
  std::vector<double> edges(static_cast<std::size_t>(std::max(0, t.cols) + 1),
                            std::numeric_limits<double>::quiet_NaN());
  for (const Cell& c : t.cells)
    if (!c.regions.empty()) {
      auto lo = static_cast<std::size_t>(c.col), hi = static_cast<std::size_t>(c.col + c.col_span);
      if (lo < edges.size() && std::isnan(edges[lo])) edges[lo] = c.regions.front().box.x0;
      if (hi < edges.size() && std::isnan(edges[hi])) edges[hi] = c.regions.front().box.x1;
    }
  return edges;
}

// Same outer edges on the two pages; the inner column lines may differ
// (a table whose later rows divide the width differently).
bool SameFrame(const Table& a, int page_a, const Table& b, int page_b, double tol) {
  const auto ea = ColumnEdges(a, page_a), eb = ColumnEdges(b, page_b);
  if (ea.size() < 2 || eb.size() < 2) return false;
  for (double e : {ea.front(), ea.back(), eb.front(), eb.back()})
    if (std::isnan(e)) return false;
  return std::abs(ea.front() - eb.front()) <= tol && std::abs(ea.back() - eb.back()) <= tol;
}

// Puts `a` and `b` on one set of columns: the union of their column lines.
// False (tables unchanged) when a column line of either is unknown.
bool Regrid(Table& a, Table& b, double tol) {
  const auto ea = AllEdges(a), eb = AllEdges(b);
  std::vector<double> all;
  for (const auto* e : {&ea, &eb})
    for (double x : *e) {
      if (std::isnan(x)) return false;
      all.push_back(x);
    }
  const std::vector<double> u = grid::Cluster(all, tol);
  if (u.size() < 2) return false;
  auto remap = [&](Table& t, const std::vector<double>& e) {
    std::vector<int> m(e.size());
    for (std::size_t i = 0; i < e.size(); ++i) {
      std::size_t best = 0;
      for (std::size_t k = 1; k < u.size(); ++k)
        if (std::abs(u[k] - e[i]) < std::abs(u[best] - e[i])) best = k;
      m[i] = static_cast<int>(best);
    }
    const int cols = static_cast<int>(u.size()) - 1;
    for (Cell& c : t.cells) {
      const auto lo = static_cast<std::size_t>(std::clamp(c.col, 0, static_cast<int>(m.size()) - 1));
      const auto hi = static_cast<std::size_t>(
          std::clamp(c.col + c.col_span, 0, static_cast<int>(m.size()) - 1));
      const int c0 = std::min(m[lo], cols - 1);
      c.col = c0;
      c.col_span = std::clamp(m[hi] - c0, 1, cols - c0);
    }
    t.cols = cols;
  };
  remap(a, ea);
  remap(b, eb);
  SortCells(a);
  SortCells(b);
  return true;
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
      Table& next = tables.front();
      const bool joinable = last.regions.back().page == prev.number &&
                            page.number == prev.number + 1 && EndsPage(last, prev) &&
                            StartsPage(next, page);
      if (joinable && !NewTitle(last, next) && (SameColumns(last, prev.number, next, page.number) ||
                       (SameFrame(last, prev.number, next, page.number, kFrameTol) &&
                        Regrid(last, next, kRegridTol)))) {
        last = Append(std::move(last), std::move(tables.front()));
        start = 1;
      }
    }
    for (std::size_t k = start; k < tables.size(); ++k) out.push_back(std::move(tables[k]));
  }
  return out;
}

}  // namespace ogpx::layout::join
