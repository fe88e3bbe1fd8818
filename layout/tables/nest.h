// Nesting of ruled grids (internal to layout/tables.cpp).
//
// A table drawn inside a cell of another is a nested grid. SplitNested()
// separates the grids of one group of touching rules; Nest() finds, for each
// grid of a page, the smallest other grid with a cell holding it.
//
// Coordinates: PDF points, origin top-left. Pure functions.
#pragma once

#include <vector>

#include "layout/tables/grid.h"

namespace ogpx::layout {

struct Node {
  grid::Grid grid;
  int parent = -1;       // enclosing grid
  int parent_cell = -1;  // index into parent's grid.cells
  std::vector<int> children;
};

// Sets parent, parent_cell and children of every node.
void Nest(std::vector<Node>& nodes);

// The grids of one group of touching rules: the outer grid and the grids
// nested in its cells (see table_nest.cpp for how they are told apart).
std::vector<grid::Grid> SplitNested(const std::vector<ingest::Rule>& group, const grid::Tolerances& tol);

}  // namespace ogpx::layout
