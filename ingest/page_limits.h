// page_limits: what is checked of a page before its text pass (internal to
// ingest/): its size, its content streams decompressed, the pixels its
// images declare (base/limits.h, docs/limits.md). Private to ingest/.
#pragma once

#include <optional>
#include <string>

#include "base/limits.h"

class PDFDoc;  // Poppler

namespace ogpx::ingest {

struct PageCheck {
  // Why the page is over a limit, naming it ("page is 1e+20 x 842 points,
  // over the limit of 14400 points a side (limit max_page_side,
  // --max-page-side)"), or "" when it is not.
  std::string over;
  // The content streams hold nothing but white space (or nothing at all);
  // unknown when they were not decoded, as their encoded length already
  // keeps them under max_stream_bytes (ContentEmpty tells then).
  std::optional<bool> empty_content;
};

// Page `number` (1-based) of `doc`, `width` x `height` points as displayed.
// A side that is not a finite number is over the limit too. The content
// streams are decoded (up to max_stream_bytes) only when their encoded
// length and filters do not bound them under it.
PageCheck CheckPage(PDFDoc& doc, int number, double width, double height, const limits::Limits& lim);

// Whether the content streams of page `number` hold nothing but white space,
// decoding them (no further than max_stream_bytes).
bool ContentEmpty(PDFDoc& doc, int number, const limits::Limits& lim);

// A number of points or pixels for a message, without a cast that could
// overflow: "842", "1e+20", "inf".
std::string WholeNumber(double v);

}  // namespace ogpx::ingest
