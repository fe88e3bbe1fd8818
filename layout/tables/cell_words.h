// A cell's words by visual row, and the vertical rules inside a cell across
// a band: for a reader that reads a cell by its words' positions (a
// sub-table printed inside a cell, whose columns the table finder did not
// see and whose lines therefore mix them).
//
// Coordinates: PDF points, origin top-left. Pure; thread-safe. The word
// pointers point into `doc`, which must outlive them.
#pragma once

#include <vector>

#include "ingest/ingest.h"
#include "layout/tables/tables.h"

namespace ogpx::layout {

struct WordRow {
  int page = 0;                            // 1-based
  bool ocr = false;                        // the page was read by OCR
  std::vector<const ingest::Word*> words;  // left to right
};

// The words of `cell` (centre inside one of its regions: CentreInside), in
// rows: the page's lines cut to the cell, those whose mean word centres lie
// closer than kSameRowShare of the first word's height (kMinRowGap points at
// least) joined; by page, then top to bottom.
inline constexpr double kSameRowShare = 0.4;
inline constexpr double kMinRowGap = 2;
std::vector<WordRow> CellWordRows(const ingest::Document& doc, const Cell& cell);

// The x of the vertical rules of page `page` that cross [top, bottom] and
// stand more than kRuleInset inside `cell`'s extent on that page, left to
// right, rules closer than kSameRuleGap taken once.
inline constexpr double kRuleInset = 6;
inline constexpr double kSameRuleGap = 2;
std::vector<double> VerticalRulesIn(const ingest::Document& doc, const Cell& cell, int page, double top,
                                    double bottom);

}  // namespace ogpx::layout
