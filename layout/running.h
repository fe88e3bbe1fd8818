// Running headers and footers: lines that repeat in the top or bottom band of
// many pages ("Mid-Term Self-Assessment Report", a plan's title and period beside its
// page number, "Page 3 of 40").
//
// A line is running when it lies within kRunningBand of the page's height
// from the top or the bottom, and its text with digits removed (page numbers
// change) repeats on at least kRunningShare of the pages (and on two pages at
// least). Coordinates: PDF points, origin top-left (ingest.h). Pure;
// thread-safe.
#pragma once

#include <string>
#include <vector>

#include "ingest/ingest.h"
#include "layout/headings.h"

namespace ogpx::layout {

// Share of the page height from the top or bottom edge where running lines sit.
inline constexpr double kRunningBand = 0.12;
// Share of the document's pages a running line must repeat on.
inline constexpr double kRunningShare = 0.3;

// The distinct texts (digits removed, folded) of the document's running
// lines, most frequent first.
std::vector<std::string> RunningTexts(const ingest::Document& doc);

// Whether line `line` of `page` is a running header or footer: in the top or
// bottom band, its key among `running` (RunningTexts of the page's document).
bool IsRunningLine(const ingest::Page& page, const ingest::TextLine& line, const std::vector<std::string>& running);

// Which of the lines a reader already holds (free text lines in reading
// order, several pages): true for a line that is the first or the last of its
// page and whose text (digits removed, folded) is the first or last line of
// at least kRunningShare of the pages (two at least).
std::vector<bool> RunningAmong(const std::vector<StyledLine>& lines);

}  // namespace ogpx::layout
