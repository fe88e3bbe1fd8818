// The visual lines of a table cell with what the geometry says about each:
// whether it was wrapped (the next line's first word would not have fitted
// in the room left at its end), so that a list set one item per line can be
// told from an item wrapped over lines. Pure; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "extract/common/tables.h"

namespace ogpx::extract {

// One visual line of a cell, with what the geometry says about it.
struct TextLine {
  std::string text;
  bool reaches_edge = false;  // the line ends within ~2 characters of the cell's right edge
};

// Lines of a cell, each marked when it was wrapped (its next line's first
// word would not have fitted at its end).
std::vector<TextLine> CellTextLines(const Cell& cell);

}  // namespace ogpx::extract
