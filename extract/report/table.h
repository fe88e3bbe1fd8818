// The entries table of a progress report, read by its column labels.
//
// Among the tables of a document (FindTables), a report table is one whose
// header row names at least the Milestone column and two of Status,
// Progress, Results and Evidence (report_vocab.h). Tables without a header
// that follow a report table with the same number of columns continue it
// (a page break the table finder did not join).
//
// Rows become entries: a row whose Milestone cell starts with a milestone
// number ("5.1.2. …") and that has a status, progress, result or serial is
// an entry; rows whose cell spans the Milestone and Status columns
// (commitment / sub-commitment headings) and rows that only carry a number
// and a title are group rows, not entries. A row with no milestone number
// that carries results or evidence continues the previous entry (an entry cut
// by a page break). Layout is never assumed: columns may come in any order.
//
// Coordinates: PDF points, origin top-left. Pure functions.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "extract/common/cell_lines.h"
#include "extract/report/text.h"
#include "extract/report/vocab.h"
#include "extract/common/tables.h"
#include "base/status.h"

namespace ogpx::extract::report {

// Text of the cells of one entry, column by column, before interpretation.
struct RawEntry {
  std::string milestone_cell;           // text of the Milestone cell
  std::string commitment_cell;          // text of the Commitment cell
  std::string serial;                   // text of the No. cell
  std::string status;                   // text of the Status cell
  std::string progress;                 // text of the Progress cell
  std::vector<TextLine> results;        // lines of the Results cell
  std::vector<TextLine> evidence;       // lines of the Evidence cell
  std::vector<int> pages;               // ascending, unique
};

struct TableReading {
  std::vector<RawEntry> entries;
  bool found = false;                   // a table with report column labels was seen
  std::optional<int> first_page;        // page where the first report table starts
  double top = 0;                       // its top on that page (points)
};

// What the header of a table says.
struct HeaderMap {
  std::map<int, Column> columns;                  // grid column -> report column
  std::map<Column, std::set<std::string>> words;  // word tokens of each column's label
  int rows = 0;                                   // header rows (data starts below)
  // One column per completion level ("Not started | Limited | Substantial |
  // Completed"), the level of a row ticked in one of them: grid column ->
  // the level's label as printed.
  std::map<int, std::string> levels;
  bool ok() const { return !columns.empty(); }
};

// Columns of `table` from its header rows: the table finder's header rows, or
// when it found none (stream tables, OCR) the leading rows above the first
// row with a milestone number or a commitment heading (at most 3), their
// texts joined per column ("Level" / "completion" -> "Level completion").
// Columns under the header's last row whose labels are two or more
// completion levels are `levels`, not status columns. Not ok() when the
// table is not a report table.
HeaderMap MapColumns(const Table& table);

using extract::CellTextLines;  // extract/common/cell_lines.h

// Reads every report table of `tables`, appending warnings for rows that
// could not be placed.
TableReading ReadEntryTables(const std::vector<Table>& tables, std::vector<Warning>& warnings);

}  // namespace ogpx::extract::report
