// The Government | Civil Society | Other Actors sub-table of a stakeholder
// cell, read from the page words when the table finder did not return it as
// a nested table (its lines then mix the three columns).
//
// The printed header line gives the columns: each sector label's left edge
// starts a column (labels matched with the template vocabulary, so a wrong
// header such as "Government | Government | Other Actors" still gives three
// columns, read by POSITION). Words below the header — and every word of the
// cell's later regions (a cell cut by a page break) — go to the column their
// left edge falls in; they are grouped into lines per column and split into
// organisations (stakeholders.h).
//
// Internal to the action-plan reader. Pure; thread-safe.
#pragma once

#include <optional>

#include "extract/plan/cells.h"
#include "extract/common/tables.h"
#include "layout/structure.h"

namespace ogpx::extract::plan {

struct WordSubTable {
  SectorTable table;
  int header_page = 0;
  double header_top = 0;   // y0 of the header line on header_page
};

// nullopt when the cell has no sector header line. The cell's words and the
// rules inside it come from the structure's pages (layout/tables/cell_words.h).
std::optional<WordSubTable> ReadSubTableFromWords(const layout::Structure& structure, const Cell& cell,
                                                  const KnownOrgs& known);

// True when `line` lies above the sub-table (kept for lead / unplaced names).
bool AboveSubTable(const CellLine& line, const WordSubTable& sub);

}  // namespace ogpx::extract::plan
