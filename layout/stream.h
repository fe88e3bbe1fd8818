// The document in reading order: one stream of table rows (tables of
// layout/tables) and of free-standing text lines (headings, title page,
// prose, lists: lines outside every table).
//
// Rows point into the tables passed to BuildStream, which must outlive the
// stream. Coordinates: PDF points, origin top-left. Pure; thread-safe.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "ingest/ingest.h"
#include "layout/tables/refill.h"
#include "layout/tables/tables.h"

namespace ogpx::layout {

// Lines this share of the page's height from its top or bottom edge are in
// its margin (where page numbers are printed).
inline constexpr double kPageMarginShare = 0.08;

struct StreamItem {
  int page = 0;                      // where the item starts (1-based)
  double y = 0;                      // top on that page, points
  // A table row: its cells left to right (spanned positions not repeated).
  const Table* table = nullptr;
  int row = -1;
  std::vector<const Cell*> cells;
  // A free line (table == nullptr).
  CellLine line;
  std::set<int> pages;               // every page the item touches
  bool is_row() const { return table != nullptr; }
};

// Rows of every table and every line outside the tables, in reading order:
// by page, then as ReadingOrder (layout/columns.h) reads the page (columns,
// left before right in each band; a table row spans the page). An unruled
// table lying mostly inside a ruled one is a second reading of its rows and
// gives none; of two grids over one area, the one that starts further down
// owns it. Empty rows are skipped; digit-only free lines (page numbers in
// the margin, or shorter than a year) too, and running headers and footers
// (`running`: layout::RunningTexts) after the first page (a cover may print
// the title they repeat).
std::vector<StreamItem> BuildStream(const ingest::Document& doc, const TableList& tables,
                                    const std::vector<std::string>& running);

}  // namespace ogpx::layout
