// Cells a grid left without their words, given them back.
//
// Two grids found over the same area of a page (a table drawn with the rules
// of another) may share its words: the first takes them and the cells of the
// second stay short. RefillEmptyCells gives every cell (nested ones too) that
// holds fewer words than lie inside it on the page those words, as lines
// (outside its nested tables). Geometry only: a word belongs to a cell when
// its centre lies inside the cell's region.
//
// Pure; thread-safe. Coordinates: PDF points, origin top-left.
#pragma once

#include <vector>

#include "ingest/ingest.h"
#include "layout/tables/tables.h"

namespace ogpx::layout {

using TableList = std::vector<const Table*>;

// `tables` with their short cells refilled. Only the tables with such a cell
// are copied (`copies`); `all` lists every table in order, in `tables` or in
// `copies`, so a document's tables are not held twice (docs/performance.md,
// "Memory"). `tables` must outlive the result.
struct RefilledTables {
  RefilledTables() = default;
  RefilledTables(RefilledTables&&) = default;  // `all` still points into `copies`
  RefilledTables& operator=(RefilledTables&&) = default;
  RefilledTables(const RefilledTables&) = delete;
  std::vector<Table> copies;
  TableList all;
};
RefilledTables RefillEmptyCells(const ingest::Document& doc, const std::vector<Table>& tables);

// Whether the centre of `inner` lies inside `outer`, with a point of slack.
bool CentreInside(const ingest::Box& inner, const ingest::Box& outer);

}  // namespace ogpx::layout
