// Text of table cells (internal to extract/): words grouped into visual lines.
//
// A word belongs to the cell its centre lies in. Lines are found from the
// words' vertical overlap (not from ingest's page-wide TextLines, which cross
// cell borders), then ordered top to bottom, words left to right.
//
// Coordinates: PDF points, origin top-left. Pure functions.
#pragma once

#include <string>
#include <vector>

#include "layout/tables/tables.h"
#include "ingest/ingest.h"

namespace ogpx::layout::cells {

// Whether the centre of `word` lies inside `box`.
bool CentreIn(const ingest::Word& word, const ingest::Box& box);

// A word drawn as a rule or leader: three or more of . - _ = · … and nothing
// else ("..........", "-------"). Not part of any cell's text.
bool IsLeader(const std::string& word);

// Lines made of the given words of `page` (indexes into page.words).
std::vector<CellLine> MakeLines(const ingest::Page& page, std::vector<int> words);

// A line of the page (ingest's TextLine) as a cell line: its text with white
// space folded, the font size, baseline and colour of its first word, bold
// when every word is.
CellLine FromTextLine(const ingest::Page& page, const ingest::TextLine& line);

// Lines' texts joined with single spaces.
std::string JoinLines(const std::vector<CellLine>& lines);

// Smallest box holding all `boxes` (a zero box when empty).
ingest::Box Union(const std::vector<ingest::Box>& boxes);

}  // namespace ogpx::layout::cells
