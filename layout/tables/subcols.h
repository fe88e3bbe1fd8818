// Unruled sub-columns inside ruled columns (internal to layout/tables.cpp).
//
// Some ruled tables rule only their main columns: "Male | Female" under a
// ruled "Non-Hispanic white" column share one ruled cell per row. When the
// single-column cells of a ruled column show a white-space channel that no
// word crosses, at least kMinRows of them have words on both sides, and the
// channel is a column gap wide, the column is split in two there: those cells
// are split, cells spanning the column span one more, later columns shift.
// Columns holding nested tables are left alone.
//
// Coordinates: PDF points, origin top-left. Pure function of its inputs.
#pragma once

#include "layout/tables/tables.h"
#include "ingest/ingest.h"

namespace ogpx::layout::repair {

// Splits the columns of a one-page ruled table `t` read from `page`.
void SplitSubColumns(const ingest::Page& page, Table& t);

}  // namespace ogpx::layout::repair
