// The action-plan reader's view of a document: the structure's stream, in
// reading order, of table rows and free-standing text lines (headings,
// title page, appendix lists: lines outside every table; layout/stream.h),
// and what the reader does with the cells of its rows.
//
// Internal to the action-plan reader. Pure; thread-safe.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "extract/common/tables.h"
#include "layout/stream.h"

namespace ogpx::extract::plan {

using layout::StreamItem;
using layout::TableList;

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
