// The tables of the document's structure (layout/tables/tables.h), named by
// the readers as their own.
#pragma once

#include "layout/tables/tables.h"

namespace ogpx::extract {

using layout::Cell;
using layout::CellLine;
using layout::FindTables;
using layout::Region;
using layout::Table;
using layout::TableOptions;

}  // namespace ogpx::extract
