// Visual rows of a page for the order reader.
//
// An order page is read as rows: words whose vertical extents overlap form
// one row (Poppler may split "date   number   place" into three lines, OCR
// may keep them as one); a row is cut into segments where the horizontal gap
// between two words is wide (a tab stop, not a space). The reader then works
// on rows and segments only, so it does not depend on how ingest grouped the
// words into lines.
//
// Coordinates: PDF points, origin top-left (ingest/ingest.h). Pure functions.
#pragma once

#include <string>
#include <vector>

#include "ingest/ingest.h"

namespace ogpx::extract::order {

struct Segment {
  ingest::Box box;
  std::string text;      // words joined by single spaces (or none where they touch)
};

struct Row {
  int page = 0;                    // 1-based
  ingest::Box box;
  std::vector<Segment> segments;   // left to right
  std::string text;                // segments joined by single spaces
  double height = 0;               // median word height
};

// Rows of one page, top to bottom. Empty words and OCR words below
// confidence 20 (stamp and signature ink) are ignored. A gap wider than
// `gap_factor` times the median word height starts a new segment.
std::vector<Row> PageRows(const ingest::Page& page, double gap_factor = 1.6);

// Left and right edges of the text block of a page's rows (the median of the
// row starts / the largest row end), for "is this row centred" tests.
struct TextColumn {
  double left = 0, right = 0;
  double center() const { return (left + right) / 2; }
  double width() const { return right - left; }
};
TextColumn ColumnOf(const std::vector<Row>& rows);

}  // namespace ogpx::extract::order
