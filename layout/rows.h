// Visual rows of a page: words whose vertical extents overlap form one row
// (Poppler may split "date   number   place" into three lines, OCR may keep
// them as one); a row is cut into segments where the horizontal gap between
// two words is wide (a tab stop, not a space). A reader of forms (the order
// reader) works on rows and segments only, so it does not depend on how
// ingest grouped the words into lines.
//
// Built once per document by Structure::rows() (layout/structure.h).
// Coordinates: PDF points, origin top-left (ingest/ingest.h). Pure;
// thread-safe.
#pragma once

#include <string>
#include <vector>

#include "ingest/ingest.h"

namespace ogpx::layout {

struct RowSegment {
  ingest::Box box;
  std::string text;  // words joined by single spaces (or none where they touch)
};

struct TextRow {
  int page = 0;  // 1-based
  ingest::Box box;
  std::vector<RowSegment> segments;  // left to right
  std::string text;                  // segments joined by single spaces
  double height = 0;                 // median word height
};

// A gap wider than this many median word heights starts a new segment.
inline constexpr double kSegmentGapFactor = 1.6;

// Rows of one page, top to bottom. Empty words and OCR words below
// confidence 20 (stamp and signature ink) are ignored. A gap wider than
// `gap_factor` times the median word height starts a new segment.
std::vector<TextRow> PageRows(const ingest::Page& page, double gap_factor = kSegmentGapFactor);

// The rows of one page of a document.
struct PageRowList {
  int number = 0;  // 1-based
  double height = 0;
  std::vector<TextRow> rows;
};

// PageRows of every page of `doc`.
std::vector<PageRowList> BuildPageRows(const ingest::Document& doc);

}  // namespace ogpx::layout
