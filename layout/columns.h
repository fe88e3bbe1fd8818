// Reading order of a page set in columns.
//
// A page is in two columns when a vertical gutter separates at least
// kMinColumnLines lines on each side and at most kMaxCrossingShare of the
// lines cross it (headings, a title, tables set across the page). Lines that
// cross the gutter cut the page into bands; in each band the left column is
// read before the right one. A page without such a gutter is read top to
// bottom. Coordinates: PDF points, origin top-left. Pure; thread-safe.
#pragma once

#include <optional>
#include <vector>

#include "ingest/ingest.h"

namespace ogpx::layout {

// Fewest lines on each side of a gutter.
inline constexpr int kMinColumnLines = 5;
// Largest share of the lines that may cross the gutter.
inline constexpr double kMaxCrossingShare = 0.3;
// The gutter is looked for between these shares of the page width.
inline constexpr double kGutterFrom = 0.3, kGutterTo = 0.7;

// The x of the gutter between two columns of `boxes` (lines of one page of
// width `page_width`), or nullopt when the page is not in two columns.
std::optional<double> FindGutter(const std::vector<ingest::Box>& boxes, double page_width);

// The gutter of a page set as two columns of text: FindGutter of its lines,
// with at least kMinProseLines lines on each side that fill kProseFill of
// their column (prose; the cells of a table set across the page are short).
inline constexpr int kMinProseLines = 3;
inline constexpr double kProseFill = 0.8;
struct Gutter {
  double x = 0;
  double left = 0, right = 0;  // the left column's left edge, the right column's right edge
  // Whether a line of `box` is prose of one column: on one side, filling kProseFill of it.
  [[nodiscard]] bool Prose(const ingest::Box& box) const;
};
std::optional<Gutter> TextGutter(const ingest::Page& page);

// The rank of each box in reading order (0 = first), for the boxes of one
// page of width `page_width`.
std::vector<int> ReadingOrder(const std::vector<ingest::Box>& boxes, double page_width);

// The rank of each box read as one column: rows top to bottom (a box whose
// vertical centre lies within a row's first box is on that row), each row
// left to right. For text known not to be set in columns, such as a list of
// names whose numbers a scan reads as lines of their own.
std::vector<int> TopToBottom(const std::vector<ingest::Box>& boxes);

}  // namespace ogpx::layout
