// Tables continued across pages (internal to layout/tables.cpp).
//
// The last table of a page continues on the next page when it ends in the
// page's bottom margin zone (nothing but margin text below it), the next
// page's first table starts with nothing but margin text above it, and both
// have the same column lines (within a few points) or at least the same outer
// edges (then both are put on the union of their column lines), unless both
// open with a full-width title row of different text (two tables of one
// layout, the second starting on a new page). Joining them:
//  - leading rows of the continuation (up to 3) with the same cells and text
//    as a row of the table are a repeated header (its first rows, or a
//    section's header row): dropped (Table::header_rows counts them);
//  - when the continuation's first row or the table's last row has an empty
//    first cell while other cells have text (Word and browsers print a row
//    cut by a page break that way), the two rows are one row: each cell gets
//    the lines and Regions of both parts; nested tables in such cells are
//    joined the same way.
//
// Pure functions.
#pragma once

#include <vector>

#include "layout/tables/tables.h"
#include "ingest/ingest.h"

namespace ogpx::layout::join {

// Column lines of `t` on `page` (cols + 1 values; NaN where no cell shows it).
std::vector<double> ColumnEdges(const Table& t, int page);

// Same number of columns and every column line seen in both within `tol`.
bool SameColumns(const Table& a, int page_a, const Table& b, int page_b, double tol = 4.0);

// `b` appended to `a` with header and split-row handling (see above).
Table Append(Table a, Table b);

// per_page[i]: tables of doc.pages[i], top to bottom. Returns all tables with
// continued ones joined, in document order.
std::vector<Table> JoinAcrossPages(const ingest::Document& doc,
                                   std::vector<std::vector<Table>> per_page);

}  // namespace ogpx::layout::join
