// Small steps shared by the text-layer and OCR paths of ingest (private to
// ingest/): cleaning word text, finishing text lines, judging whether a
// page's text layer is usable, and the post-pass that repairs legacy fonts
// and sends pages without usable text to OCR.
#pragma once

#include <string>

#include "ingest/ingest.h"

namespace ogpx::ingest {

// NFC, ligatures expanded, soft hyphens and control characters removed,
// surrounding white space trimmed.
std::string CleanWordText(std::string raw);

// Sets every TextLine's box from its words and drops empty lines.
void FinishLines(Page& page);

// Gives back the spare room of the page's vectors (grown by doubling while
// the page was read): a page read holds only its own words, lines and rules
// until its document is extracted (docs/performance.md, "Memory").
void ReleaseSlack(Page& page);

// A text layer is usable when it holds enough letters or digits to be a page
// of text (a lone page number over a scanned image is not).
bool HasUsableText(const Page& page);

// After all pages are read: repairs legacy-font text layers per font, and
// replaces pages with no usable text by OCR'd pages (per options.ocr).
void RepairAndOcr(Document& doc, const Options& options);

}  // namespace ogpx::ingest
