// FindTables(): ruled grids (grid.h), nested grids, horizontal-rule and
// unruled tables (stream.h), and joining across pages (table_join.h).
#include "layout/tables/tables.h"

#include <algorithm>
#include <cmath>

#include "layout/tables/grid.h"
#include "layout/tables/stream.h"
#include "layout/tables/join.h"
#include "layout/tables/nest.h"
#include "layout/tables/subcols.h"
#include "layout/tables/text.h"
#include "base/limits.h"
#include "base/text.h"

namespace ogpx::layout {

const Cell* Table::At(int row, int col) const {
  for (const Cell& c : cells)
    if (row >= c.row && row < c.row + c.row_span && col >= c.col && col < c.col + c.col_span)
      return &c;
  return nullptr;
}

namespace {

// A cell at (row, col) with its spans and its box on `page`.
Cell CellAt(int page, int row, int col, int row_span, int col_span, const ingest::Box& box) {
  Cell cell;
  cell.row = row;
  cell.col = col;
  cell.row_span = row_span;
  cell.col_span = col_span;
  cell.regions.push_back({page, box});
  return cell;
}

// The cell's lines and text, from the page's words it holds.
void SetWords(Cell& cell, const ingest::Page& page, const std::vector<int>& words) {
  cell.lines = cells::MakeLines(page, words);
  cell.text = cells::JoinLines(cell.lines);
}

using ingest::Box;

bool HasText(const Table& t) {
  for (const Cell& c : t.cells)
    if (!c.lines.empty() || !c.nested.empty()) return true;
  return false;
}

// A chart's gridlines, not a table: one cell covers half the grid or more.
bool LooksLikeChart(const Table& t) { return grid::LooksLikeChart(t.cells, t.rows, t.cols); }

// A cell spanning columns only because the rows below the header have no
// vertical rules (the columns are ruled in the header only): its words fall
// into two or more of the columns and none crosses a column line. Appends one
// cell per column to `out` and returns true; false leaves the cell whole.
constexpr double kSplitGap = 0.8;  // line heights

bool SplitByColumns(const ingest::Page& page, const grid::Grid& g, const grid::GridCell& gc,
                    const std::vector<int>& words, std::vector<Cell>& out) {
  const auto first = static_cast<std::size_t>(gc.col), last = first + static_cast<std::size_t>(gc.col_span);
  std::vector<std::vector<int>> parts(static_cast<std::size_t>(gc.col_span));
  for (int w : words) {
    const ingest::Box& b = page.words[static_cast<std::size_t>(w)].box;
    for (std::size_t k = first + 1; k < last; ++k)
      if (b.x0 < g.xs[k] - 1 && b.x1 > g.xs[k] + 1) return false;
    std::size_t k = first;
    while (k + 1 < last && b.cx() >= g.xs[k + 1]) ++k;
    parts[k - first].push_back(w);
  }
  // Words of one line in different columns must be a column gap apart (an
  // ordinary line of text that happens to miss the column lines stays whole).
  for (std::size_t k = 0; k + 1 < parts.size(); ++k)
    for (int w : parts[k])
      for (std::size_t j = k + 1; j < parts.size(); ++j)
        for (int v : parts[j]) {
          const ingest::Box &a = page.words[static_cast<std::size_t>(w)].box,
                            &b = page.words[static_cast<std::size_t>(v)].box;
          const double overlap = std::min(a.y1, b.y1) - std::max(a.y0, b.y0);
          if (overlap > 0.5 * std::min(a.height(), b.height()) &&
              b.x0 - a.x1 < kSplitGap * std::max(a.height(), b.height()))
            return false;
        }
  if (std::count_if(parts.begin(), parts.end(), [](const auto& p) { return !p.empty(); }) < 2)
    return false;
  for (std::size_t k = 0; k < parts.size(); ++k) {
    Cell cell = CellAt(page.number, gc.row, gc.col + static_cast<int>(k), gc.row_span, 1,
                       {g.xs[first + k], gc.box.y0, g.xs[first + k + 1], gc.box.y1});
    SetWords(cell, page, parts[k]);
    out.push_back(std::move(cell));
  }
  return true;
}

// The table of grid `idx`; claims (marks used) the words it takes.
Table BuildRuled(const ingest::Page& page, const std::vector<Node>& nodes, int idx,
                 std::vector<bool>& used, int depth) {
  const Node& node = nodes[static_cast<std::size_t>(idx)];
  const grid::Grid& g = node.grid;
  Table t;
  t.rows = g.rows();
  t.cols = g.cols();
  t.ruled = true;
  t.regions.push_back({page.number, g.box});
  for (std::size_t k = 0; k < g.cells.size(); ++k) {
    const grid::GridCell& gc = g.cells[k];
    Cell cell = CellAt(page.number, gc.row, gc.col, gc.row_span, gc.col_span, gc.box);
    if (depth + 1 < limits::kMaxTableNesting) {
      std::vector<int> kids;
      for (int child : node.children)
        if (nodes[static_cast<std::size_t>(child)].parent_cell == static_cast<int>(k))
          kids.push_back(child);
      std::sort(kids.begin(), kids.end(), [&](int a, int b) {
        return nodes[static_cast<std::size_t>(a)].grid.box.y0 <
               nodes[static_cast<std::size_t>(b)].grid.box.y0;
      });
      for (int child : kids) cell.nested.push_back(BuildRuled(page, nodes, child, used, depth + 1));
    }
    std::vector<int> words;
    for (std::size_t i = 0; i < page.words.size(); ++i)
      if (!used[i] && cells::CentreIn(page.words[i], gc.box)) {
        words.push_back(static_cast<int>(i));
        used[i] = true;
      }
    if (cell.nested.empty() && gc.col_span > 1 && SplitByColumns(page, g, gc, words, t.cells))
      continue;
    SetWords(cell, page, words);
    t.cells.push_back(std::move(cell));
  }
  std::sort(t.cells.begin(), t.cells.end(), [](const Cell& a, const Cell& b) {
    return a.row != b.row ? a.row < b.row : a.col < b.col;
  });
  return t;
}

Table FromStream(const ingest::Page& page, const stream::StreamTable& s) {
  Table t;
  t.rows = s.rows;
  t.cols = s.cols;
  t.ruled = false;
  t.regions.push_back({page.number, s.box});
  for (const stream::StreamCell& sc : s.cells) {
    Cell cell = CellAt(page.number, sc.row, sc.col, sc.row_span, sc.col_span, sc.box);
    SetWords(cell, page, sc.words);
    t.cells.push_back(std::move(cell));
  }
  std::sort(t.cells.begin(), t.cells.end(), [](const Cell& a, const Cell& b) {
    return a.row != b.row ? a.row < b.row : a.col < b.col;
  });
  return t;
}

// A ruled row holding several unruled rows (a table whose body has column
// rules but no row rules): when most of its text lines line up across two or
// more cells, and three or more cells have a line in nearly every band, each
// band of lines becomes a row. Wrapped paragraphs in a few cells of a real
// row do not line up that way and stay whole.
constexpr double kMaxWordsPerDataLine = 3.5;

// Lines that continue the line above them in their cell (a lower-case start,
// or a word broken by a hyphen at the line end) are one paragraph wrapped in
// a narrow column, whatever their bands: a row whose later lines mostly do so
// is one row, not several (cells centred vertically line up by chance).
constexpr double kWrappedShare = 0.5;

bool EndsWithBreakHyphen(std::string_view s) {
  return s.ends_with("-") || s.ends_with("\u2010") || s.ends_with("\u00AD");
}

bool WrapsSentences(const std::vector<Cell*>& row) {
  int later = 0, continued = 0;
  for (const Cell* c : row)
    for (std::size_t li = 1; li < c->lines.size(); ++li) {
      ++later;
      const bool cont = ogpx::text::StartsLowercase(c->lines[li].text) || EndsWithBreakHyphen(c->lines[li - 1].text);
      continued += cont ? 1 : 0;
    }
  return later > 0 && continued >= kWrappedShare * later;
}

void SplitRow(Table& t, int r) {
  std::vector<Cell*> row;
  for (Cell& c : t.cells) {
    const bool covers = c.row <= r && r < c.row + c.row_span;
    if (!covers) continue;
    if (c.row_span != 1 || !c.nested.empty() || c.regions.size() != 1) return;
    row.push_back(&c);
  }
  struct Band {
    double y0, y1;
    std::vector<std::pair<std::size_t, std::size_t>> lines;  // (cell in row, line)
  };
  std::vector<Band> bands;
  int nonempty = 0;
  for (std::size_t ci = 0; ci < row.size(); ++ci) {
    nonempty += row[ci]->lines.empty() ? 0 : 1;
    for (std::size_t li = 0; li < row[ci]->lines.size(); ++li) {
      const Box& b = row[ci]->lines[li].box;
      Band* into = nullptr;
      for (Band& band : bands) {
        const double overlap = std::min(band.y1, b.y1) - std::max(band.y0, b.y0);
        if (overlap > 0.5 * std::min(band.y1 - band.y0, b.height())) into = &band;
      }
      if (!into) {
        bands.push_back({b.y0, b.y1, {}});
        into = &bands.back();
      }
      into->y0 = std::min(into->y0, b.y0);
      into->y1 = std::max(into->y1, b.y1);
      into->lines.emplace_back(ci, li);
    }
  }
  if (bands.size() < 2 || nonempty < 3) return;
  // Columns of data have a line in (nearly) every band; wrapped paragraphs
  // of different lengths do not.
  int full = 0;
  for (const Cell* c : row) full += c->lines.size() >= 0.8 * static_cast<double>(bands.size()) ? 1 : 0;
  if (full < std::max(3.0, 0.6 * nonempty)) return;
  // Data, not prose: short lines (a few words each on average).
  double words = 0, lines = 0;
  for (const Cell* c : row)
    for (const CellLine& l : c->lines) {
      words += static_cast<double>(std::count(l.text.begin(), l.text.end(), ' ') + 1);
      lines += 1;
    }
  if (words > kMaxWordsPerDataLine * lines) return;
  if (WrapsSentences(row)) return;
  int good = 0;
  for (const Band& band : bands) {
    std::vector<std::size_t> cells;
    for (auto [ci, li] : band.lines) cells.push_back(ci);
    std::sort(cells.begin(), cells.end());
    const auto distinct = std::unique(cells.begin(), cells.end()) - cells.begin();
    if (distinct >= std::max<long>(2, (nonempty + 1) / 2)) ++good;
  }
  if (good < 0.7 * static_cast<double>(bands.size())) return;
  std::sort(bands.begin(), bands.end(), [](const Band& a, const Band& b) { return a.y0 < b.y0; });
  const int extra = static_cast<int>(bands.size()) - 1;
  std::vector<Cell> added;
  for (std::size_t ci = 0; ci < row.size(); ++ci) {
    const Cell& old = *row[ci];
    for (std::size_t bi = 0; bi < bands.size(); ++bi) {
      Cell cell;
      cell.row = r + static_cast<int>(bi);
      cell.col = old.col;
      cell.col_span = old.col_span;
      for (auto [c, li] : bands[bi].lines)
        if (c == ci) cell.lines.push_back(old.lines[li]);
      cell.text = cells::JoinLines(cell.lines);
      const Box& cb = old.regions.front().box;
      const double y0 = bi == 0 ? cb.y0 : (bands[bi - 1].y1 + bands[bi].y0) / 2;
      const double y1 = bi + 1 == bands.size() ? cb.y1 : (bands[bi].y1 + bands[bi + 1].y0) / 2;
      cell.regions.push_back({old.regions.front().page, {cb.x0, y0, cb.x1, y1}});
      added.push_back(std::move(cell));
    }
  }
  std::erase_if(t.cells, [r](const Cell& c) { return c.row == r; });
  for (Cell& c : t.cells)
    if (c.row > r) c.row += extra;
  for (Cell& c : added) t.cells.push_back(std::move(c));
  t.rows += extra;
  std::sort(t.cells.begin(), t.cells.end(), [](const Cell& a, const Cell& b) {
    return a.row != b.row ? a.row < b.row : a.col < b.col;
  });
}

// The cell of column `k` of row `row` made of `words` (marked used), as wide
// as its column lines; its box is that of its lines (`empty_y` both edges
// when it has none).
Cell ColumnCell(const ingest::Page& page, const grid::Grid& g, int row, std::size_t k,
                const std::vector<int>& words, double empty_y, std::vector<bool>& used) {
  Cell cell;
  cell.row = row;
  cell.col = static_cast<int>(k);
  for (int w : words) used[static_cast<std::size_t>(w)] = true;
  SetWords(cell, page, words);
  std::vector<Box> boxes;
  for (const CellLine& l : cell.lines) boxes.push_back(l.box);
  Box box = cells::Union(boxes);
  box.x0 = g.xs[k];
  box.x1 = g.xs[k + 1];
  if (boxes.empty()) box.y0 = box.y1 = empty_y;
  cell.regions.push_back({page.number, box});
  return cell;
}

// Rows under a table whose columns are ruled in its header only.
void ExtendBelow(const ingest::Page& page, const grid::Grid& g, double stop_y, Table& t,
                 std::vector<bool>& used) {
  auto rows = stream::RowsBelow(page, used, g.box, g.xs, stop_y);
  for (auto& row : rows) {
    const int r = t.rows++;
    for (std::size_t k = 0; k < row.size(); ++k) {
      Cell cell = ColumnCell(page, g, r, k, row[k], t.regions.front().box.y1, used);
      t.regions.front().box.y1 = std::max(t.regions.front().box.y1, cell.regions.front().box.y1);
      t.cells.push_back(std::move(cell));
    }
  }
}

// A header printed above a ruled table with no rule over it: a row before
// the first.
void ExtendAbove(const ingest::Page& page, const grid::Grid& g, Table& t, std::vector<bool>& used) {
  auto row = stream::HeaderAbove(page, used, g.box, g.xs);
  if (std::all_of(row.begin(), row.end(), [](const auto& c) { return c.empty(); })) return;
  for (Cell& c : t.cells) ++c.row;
  ++t.rows;
  Box& region = t.regions.front().box;
  const double bottom = region.y0;
  for (std::size_t k = 0; k < row.size(); ++k) {
    if (row[k].empty()) continue;
    Cell cell = ColumnCell(page, g, 0, k, row[k], bottom, used);
    cell.regions.front().box.y1 = bottom;
    region.y0 = std::min(region.y0, cell.regions.front().box.y0);
    t.cells.push_back(std::move(cell));
  }
  std::sort(t.cells.begin(), t.cells.end(), [](const Cell& a, const Cell& b) {
    return a.row != b.row ? a.row < b.row : a.col < b.col;
  });
}

}  // namespace

std::vector<Table> FindTables(const ingest::Page& page, const TableOptions& options) {
  const grid::Tolerances tol;
  std::vector<ingest::Rule> lone;
  std::vector<Node> nodes;
  for (const auto& group : grid::GroupRules(grid::SnapRules(page.rules, tol), tol)) {
    if (group.size() == 1) {
      if (group.front().horizontal() && group.front().length() >= 20) lone.push_back(group.front());
      continue;
    }
    for (auto& g : SplitNested(group, tol)) nodes.push_back({std::move(g), -1, -1, {}});
  }
  Nest(nodes);

  std::vector<bool> used(page.words.size(), false);
  std::vector<Table> tables;
  std::vector<Box> hints;
  // Top-level grids; a lone frame (one cell) is no table, its children are.
  std::vector<int> top;
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    const Node& n = nodes[i];
    const bool parent_is_frame =
        n.parent >= 0 && nodes[static_cast<std::size_t>(n.parent)].grid.cells.size() < 2 &&
        nodes[static_cast<std::size_t>(n.parent)].parent < 0;
    if (n.parent < 0 || parent_is_frame) top.push_back(static_cast<int>(i));
  }
  for (int i : top) {
    const grid::Grid& g = nodes[static_cast<std::size_t>(i)].grid;
    if (g.cells.size() < 2 && nodes[static_cast<std::size_t>(i)].children.empty()) continue;
    if (g.cells.size() < 2) continue;  // frame: its children are top-level
    if (g.cols() == 1 && nodes[static_cast<std::size_t>(i)].children.empty()) {
      hints.push_back(g.box);  // rows ruled, columns from alignment
      continue;
    }
    std::vector<bool> trial = used;
    Table t = BuildRuled(page, nodes, i, trial, 0);
    if (!HasText(t) || LooksLikeChart(t)) continue;
    used = std::move(trial);
    for (int r = t.rows - 1; r >= 0; --r) SplitRow(t, r);
    repair::SplitSubColumns(page, t);
    // Not into the next ruled table below.
    double stop_y = page.height + 1;
    for (int j : top) {
      const ingest::Box& o = nodes[static_cast<std::size_t>(j)].grid.box;
      if (j != i && o.y0 >= g.box.y1 - 1 && o.x0 < g.box.x1 && o.x1 > g.box.x0) stop_y = std::min(stop_y, o.y0);
    }
    ExtendBelow(page, g, stop_y, t, used);
    ExtendAbove(page, g, t, used);
    tables.push_back(std::move(t));
  }
  if (options.detect_stream) {
    for (const auto& s : stream::FindStreamTables(page, used, hints, lone))
      tables.push_back(FromStream(page, s));
  }
  std::stable_sort(tables.begin(), tables.end(), [](const Table& a, const Table& b) {
    return a.regions.front().box.y0 < b.regions.front().box.y0;
  });
  return tables;
}

namespace {

// Gives back the spare room of a table's vectors and strings (grown while
// cells were filled and tables joined): the document's tables are held until
// it is extracted (docs/performance.md, "Memory").
void ReleaseSlack(std::vector<Table>& tables) {
  for (Table& t : tables) {
    for (Cell& cell : t.cells) {
      for (CellLine& line : cell.lines) line.text.shrink_to_fit();
      cell.lines.shrink_to_fit();
      cell.regions.shrink_to_fit();
      cell.text.shrink_to_fit();
      ReleaseSlack(cell.nested);
    }
    t.cells.shrink_to_fit();
    t.regions.shrink_to_fit();
  }
  tables.shrink_to_fit();
}

}  // namespace

std::vector<Table> FindTables(const ingest::Document& doc, const TableOptions& options) {
  std::vector<std::vector<Table>> per_page;
  per_page.reserve(doc.pages.size());
  for (const ingest::Page& page : doc.pages) per_page.push_back(FindTables(page, options));
  std::vector<Table> all;
  if (!options.join_pages) {
    for (auto& list : per_page)
      for (auto& t : list) all.push_back(std::move(t));
  } else {
    all = join::JoinAcrossPages(doc, std::move(per_page));
  }
  ReleaseSlack(all);
  return all;
}

}  // namespace ogpx::layout
