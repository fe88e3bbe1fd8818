// The title block: the lines of a document's first pages that set out its
// title (the cover, the heading and header lines over the first page's
// text), as opposed to the prose under it. A line of the first kTitlePages
// pages, among the first kTitleLines lines of its page and shorter than
// kMaxTitleBytes, belongs to the title block when it comes before the
// page's first line of prose: a line of a paragraph (lines no further apart
// than kParagraphGapShare of a line's height) whose last line ends a
// sentence, or the first of two lines of kProseLineWords words or more,
// and not set apart
// from the document's body text by style
// (layout/headings.h SetApart: bold, larger or coloured). A document with
// no bold line at all (a scan: OCR reads no weight) keeps all those first
// lines but long ones.
//
// Pure; thread-safe.
#pragma once

#include <cstddef>
#include <vector>

#include "layout/lines.h"

namespace ogpx::layout {

inline constexpr int kTitlePages = 2;
inline constexpr int kTitleLines = 15;
inline constexpr std::size_t kMaxTitleBytes = 160;
inline constexpr double kParagraphGapShare = 0.8;
inline constexpr std::size_t kProseLineWords = 12;

// The title block's lines, in page order (pointers into `pages`).
std::vector<const PageLine*> FindTitleBlock(const std::vector<PageText>& pages);

}  // namespace ogpx::layout
