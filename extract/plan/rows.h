// The action-plan reader's view of a document: one stream, in reading order,
// of table rows (from FindTables) and of free-standing text lines (headings,
// title page, appendix lists: lines outside every table).
//
// Internal to the action-plan reader. Rows point into the `tables` passed to
// BuildRowStream, which must outlive the stream. Pure; thread-safe.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "extract/common/tables.h"
#include "ingest/ingest.h"

namespace ogpx::extract::plan {

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

using TableList = std::vector<const Table*>;

// Rows of every table and every line outside the tables, sorted by page and
// top. Empty rows are skipped; digit-only free lines (page numbers) too, and
// running headers and footers (`running`: layout::RunningTexts) after the
// first page (a cover may print the title they repeat).
std::vector<StreamItem> BuildRowStream(const ingest::Document& doc, const TableList& tables,
                                       const std::vector<std::string>& running);
std::vector<StreamItem> BuildRowStream(const ingest::Document& doc, const std::vector<Table>& tables,
                                       const std::vector<std::string>& running);

// `tables` with every cell (nested ones too) that holds fewer words than lie
// inside it on the page given those words as lines (outside its nested
// tables): a grid found over the same area may have taken them. Only the
// tables with such a cell are copied (`copies`); `all` lists every table in
// order, in `tables` or in `copies`, so a document's tables are not held
// twice (docs/performance.md, "Memory"). `tables` must outlive the result.
struct RefilledTables {
  RefilledTables() = default;
  RefilledTables(RefilledTables&&) = default;  // `all` still points into `copies`
  RefilledTables(const RefilledTables&) = delete;
  std::vector<Table> copies;
  TableList all;
};
RefilledTables RefillEmptyCells(const ingest::Document& doc, const std::vector<Table>& tables);

// Lines of a cell, and the same for a list of cells.
std::vector<std::string> LineTexts(const Cell& cell);

// Pages a cell covers.
std::set<int> CellPages(const Cell& cell);

// One cell made of several (a cell cut by a page break and returned as two
// rows): regions, lines and nested tables concatenated in order.
Cell MergeCells(const std::vector<const Cell*>& cells);

// Cells side by side in one row read as one (a value cell the table finder
// split into columns): lines of the same page and baseline are joined left to
// right, regions and nested tables concatenated.
Cell JoinRowCells(const std::vector<const Cell*>& cells);

// Right edge of a cell's text column (largest region x1 minus padding).
double CellRightEdge(const Cell& cell);

}  // namespace ogpx::extract::plan
