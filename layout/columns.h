// Reading order of a page set in columns.
//
// A page is in two columns when a vertical gutter separates at least
// kMinColumnLines lines on each side and at most kMaxCrossingShare of the
// lines cross it (headings, a title, tables set across the page). Lines that
// cross the gutter cut the page into bands; in each band the left column is
// read before the right one. A page without such a gutter is read top to
// bottom. Coordinates: PDF points, origin top-left. Pure; thread-safe.
#pragma once

#include <vector>

#include "ingest/ingest.h"

namespace ogpx::layout {

// Fewest lines on each side of a gutter.
inline constexpr int kMinColumnLines = 5;
// Largest share of the lines that may cross the gutter.
inline constexpr double kMaxCrossingShare = 0.3;
// The gutter is looked for between these shares of the page width.
inline constexpr double kGutterFrom = 0.3, kGutterTo = 0.7;

// The rank of each box in reading order (0 = first), for the boxes of one
// page of width `page_width`.
std::vector<int> ReadingOrder(const std::vector<ingest::Box>& boxes, double page_width);

// The rank of each box read as one column: rows top to bottom (a box whose
// vertical centre lies within a row's first box is on that row), each row
// left to right. For text known not to be set in columns, such as a list of
// names whose numbers a scan reads as lines of their own.
std::vector<int> TopToBottom(const std::vector<ingest::Box>& boxes);

}  // namespace ogpx::layout
