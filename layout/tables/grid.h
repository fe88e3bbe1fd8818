// Ruled-table grids from ruling segments (internal to layout/tables.cpp).
//
// SnapRules() cleans a page's rules: horizontal rules whose y differ by at
// most `snap` and whose x ranges overlap or leave a gap of at most `gap` are
// joined (the same for vertical ones); very short pieces are dropped.
// GroupRules() splits the snapped rules into connected groups (rules that
// touch or cross, with `touch` tolerance, gaps and overshoots included).
// BuildGrid() turns one group into a grid: the distinct x of its vertical
// rules and y of its horizontal rules (plus the group's outer edges) are the
// grid lines, and each cell is a maximal rectangle bounded by rules: when the
// rule between two neighbouring elementary cells is missing (covers less than
// half of their common side), they are one cell with a row or column span.
//
// Coordinates: PDF points, origin top-left (as in ingest). Pure functions.
#pragma once

#include <optional>
#include <vector>

#include "ingest/ingest.h"

namespace ogpx::layout::grid {

struct Tolerances {
  double snap = 2.0;      // collinear rules: max difference of their position
  double gap = 3.0;       // collinear rules: max gap joined into one
  double touch = 3.0;     // rules meet when they are this close (overshoots, gaps)
  double min_length = 2.0;  // shorter pieces are ignored (dots, bullets)
};

struct GridCell {
  int row = 0, col = 0;
  int row_span = 1, col_span = 1;
  ingest::Box box;        // between the rules that bound it
};

struct Grid {
  std::vector<double> xs;     // column lines, ascending (cols + 1 values)
  std::vector<double> ys;     // row lines, ascending (rows + 1 values)
  std::vector<GridCell> cells;  // row-major by (row, col)
  ingest::Box box;            // outer box
  int rows() const { return ys.size() < 2 ? 0 : static_cast<int>(ys.size()) - 1; }
  int cols() const { return xs.size() < 2 ? 0 : static_cast<int>(xs.size()) - 1; }
};

// Joined, sorted rules (horizontal first by y then x, then vertical).
std::vector<ingest::Rule> SnapRules(const std::vector<ingest::Rule>& rules,
                                    const Tolerances& tol = {});

// Connected groups of snapped rules, ordered by the top of each group.
std::vector<std::vector<ingest::Rule>> GroupRules(const std::vector<ingest::Rule>& rules,
                                                  const Tolerances& tol = {});

// A grid with at least one cell, or nullopt when the group does not enclose
// any area (a lone line, a cross). Groups with no vertical rule give one
// column bounded by the extent of their horizontal rules.
std::optional<Grid> BuildGrid(const std::vector<ingest::Rule>& group,
                              const Tolerances& tol = {});

// Moves out of `rules` those lying inside `box` and clear of its sides by
// more than `margin` (a horizontal rule's y, a vertical rule's x), and
// returns them: the rules drawn inside one cell of a grid.
std::vector<ingest::Rule> TakeRulesInside(std::vector<ingest::Rule>& rules, const ingest::Box& box,
                                          double margin);

// The test for a chart's gridlines rather than a table: among three or more
// cells of a rows x cols grid, `cell` covers half of it or more. A title
// row (one row high, across every column) is no plot area: a two-row table
// under its heading is a table. `Cell` is any type with row_span and
// col_span (GridCell, layout::Cell).
template <typename Cell>
bool CoversHalf(const Cell& cell, std::size_t cells, int rows, int cols) {
  if (rows >= 2 && cell.row_span == 1 && cell.col_span == cols) return false;
  return cells >= 3 && 2 * cell.row_span * cell.col_span >= rows * cols;
}
template <typename Cells>
bool LooksLikeChart(const Cells& cells, int rows, int cols) {
  for (const auto& c : cells)
    if (CoversHalf(c, cells.size(), rows, cols)) return true;
  return false;
}

// Distinct sorted positions: values within `tol` of each other are averaged.
std::vector<double> Cluster(std::vector<double> values, double tol);

}  // namespace ogpx::layout::grid
