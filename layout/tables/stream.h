// Unruled ("stream") tables from word alignment (internal to extract/).
//
// Words are grouped into text lines; a line is split into segments at gaps
// wider than a column gap. Runs of lines with two or more segments whose
// segments line up form a table: its columns are the vertical white-space
// channels shared by those lines, its rows the lines (a line holding only a
// continuation of the previous row's cells joins that row). A segment that
// crosses a column channel spans those columns. `hints` are areas ruled as a
// table (a frame with row lines only); `rules` are horizontal rules outside
// any grid: runs of them with the same extent and no prose between them frame
// a table with horizontal rules only. Words inside a hint or such a frame are
// read as one table, even with few rows. Lines whose segments are all long
// (prose in page columns) are not tabular.
//
// Coordinates: PDF points, origin top-left. Pure functions.
#pragma once

#include <vector>

#include "ingest/ingest.h"

namespace ogpx::layout::stream {

struct StreamCell {
  int row = 0, col = 0;
  int row_span = 1, col_span = 1;
  std::vector<int> words;     // indexes into Page::words
  ingest::Box box;            // of the words
};

struct StreamTable {
  ingest::Box box;
  std::vector<double> xs;     // column boundaries (cols + 1 values)
  int rows = 0, cols = 0;
  std::vector<StreamCell> cells;  // by (row, col); empty positions are absent
  bool from_hint = false;
};

// `used[i]` true: page.words[i] already belongs to a ruled table.
std::vector<StreamTable> FindStreamTables(const ingest::Page& page, const std::vector<bool>& used,
                                          const std::vector<ingest::Box>& hints,
                                          const std::vector<ingest::Rule>& rules);

// Lines continuing a table below `box` whose columns are ruled only in its
// header: consecutive unused lines just below it, inside its column lines
// `xs`, none of whose words crosses a column line. Each line is returned as
// its words per column (xs.size() - 1 lists). Empty unless two or more lines
// fill two or more columns. Lines reaching below `stop_y` (the top of the
// next ruled table) are not taken.
std::vector<std::vector<std::vector<int>>> RowsBelow(const ingest::Page& page,
                                                     const std::vector<bool>& used,
                                                     const ingest::Box& box,
                                                     const std::vector<double>& xs,
                                                     double stop_y);

// The header printed above a ruled table `box` without a rule over it: the
// unused lines right above its top (the first within kMaxLineGap line
// heights, each further one under kBlockGap), inside its column lines `xs`,
// no word crossing one, every segment shorter than a phrase, at most
// kWrapLines + 1 of them. Returned as words per column (xs.size() - 1 lists,
// top to bottom); all empty unless two or more columns are filled.
std::vector<std::vector<int>> HeaderAbove(const ingest::Page& page, const std::vector<bool>& used,
                                          const ingest::Box& box, const std::vector<double>& xs);

}  // namespace ogpx::layout::stream
