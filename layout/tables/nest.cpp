// Nesting of ruled grids: see table_nest.h.
#include "layout/tables/nest.h"

#include <algorithm>
#include <optional>

namespace ogpx::layout {
namespace {

using ingest::Box;

constexpr double kInsideTol = 2.0;

bool Inside(const Box& inner, const Box& outer) {
  return inner.x0 >= outer.x0 - kInsideTol && inner.x1 <= outer.x1 + kInsideTol &&
         inner.y0 >= outer.y0 - kInsideTol && inner.y1 <= outer.y1 + kInsideTol;
}

double Area(const Box& b) { return b.width() * b.height(); }

}  // namespace

// Parent of each grid: the smallest other grid with a cell holding it.
void Nest(std::vector<Node>& nodes) {
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    double best = 0;
    for (std::size_t j = 0; j < nodes.size(); ++j) {
      if (i == j || Area(nodes[j].grid.box) <= Area(nodes[i].grid.box)) continue;
      if (!Inside(nodes[i].grid.box, nodes[j].grid.box)) continue;
      if (nodes[i].parent >= 0 && Area(nodes[j].grid.box) >= best) continue;
      const auto& cells = nodes[j].grid.cells;
      for (std::size_t k = 0; k < cells.size(); ++k)
        if (Inside(nodes[i].grid.box, cells[k].box)) {
          nodes[i].parent = static_cast<int>(j);
          nodes[i].parent_cell = static_cast<int>(k);
          best = Area(nodes[j].grid.box);
          break;
        }
    }
  }
  for (std::size_t i = 0; i < nodes.size(); ++i)
    if (nodes[i].parent >= 0)
      nodes[static_cast<std::size_t>(nodes[i].parent)].children.push_back(static_cast<int>(i));
}

// Grids of one group of touching rules. A table drawn inside a cell usually
// sits a cell padding (1-3 pt) away from the cell's rules, close enough to be
// grouped with them; rules that really meet are within kJoint. Sub-groups
// joined only by near misses whose grid lies inside a cell of the rest are
// nested grids; the other sub-groups are the outer grid (gaps in its drawing).
constexpr double kJoint = 0.9;

std::vector<grid::Grid> SplitNested(const std::vector<ingest::Rule>& group,
                                    const grid::Tolerances& tol) {
  std::vector<grid::Grid> out;
  grid::Tolerances tight = tol;
  tight.touch = kJoint;
  auto parts = grid::GroupRules(group, tight);
  if (parts.size() > 1) {
    std::vector<Node> sub;
    std::vector<std::size_t> part_of;
    for (std::size_t i = 0; i < parts.size(); ++i)
      if (auto g = grid::BuildGrid(parts[i], tol)) {
        sub.push_back({std::move(*g), -1, -1, {}});
        part_of.push_back(i);
      }
    Nest(sub);
    std::vector<ingest::Rule> rest;
    std::vector<bool> nested(parts.size(), false);
    for (std::size_t k = 0; k < sub.size(); ++k)
      if (sub[k].parent >= 0 && sub[k].grid.cells.size() >= 2) {
        nested[part_of[k]] = true;
        out.push_back(std::move(sub[k].grid));
      }
    if (!out.empty()) {
      for (std::size_t i = 0; i < parts.size(); ++i)
        if (!nested[i]) rest.insert(rest.end(), parts[i].begin(), parts[i].end());
      if (auto g = grid::BuildGrid(rest, tol)) out.push_back(std::move(*g));
      return out;
    }
  }
  auto whole = grid::BuildGrid(group, tol);
  if (!whole) return out;
  // A scanned nested table may meet its cell's rules (its own bottom border
  // blurred into the cell's), and the whole grid then has one merged cell
  // covering half of it or more (it would be taken for a chart): the rules
  // inside that cell, clear of its sides, are then a nested grid.
  auto chart_like = [](const grid::Grid& g) { return grid::LooksLikeChart(g.cells, g.rows(), g.cols()); };
  std::vector<ingest::Rule> rest = group;
  for (const grid::GridCell& cell : whole->cells) {
    if (!grid::CoversHalf(cell, whole->cells.size(), whole->rows(), whole->cols())) continue;
    std::vector<ingest::Rule> trial = rest;
    auto inside = grid::TakeRulesInside(trial, cell.box, kJoint);
    if (inside.size() < 3) continue;
    auto inner = grid::BuildGrid(inside, tol);
    if (!inner || inner->cells.size() < 2 || chart_like(*inner)) continue;
    out.push_back(std::move(*inner));
    rest = std::move(trial);
  }
  // The rest must still be a table (a chart's frame with its bars inside
  // is not).
  auto outer = out.empty() ? std::nullopt : grid::BuildGrid(rest, tol);
  if (!outer || outer->cells.size() < 2 || chart_like(*outer)) return {std::move(*whole)};
  out.push_back(std::move(*outer));
  return out;
}

}  // namespace ogpx::layout
