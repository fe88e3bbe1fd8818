// The text lines of every page as ingest grouped them, each with its style
// and whether it lies in a table: the view for readers that look at a page's
// lines wherever they stand (title lines at the top of the first pages,
// labelled lines above a table, a page's words for its language), where the
// stream (layout/stream.h) reads the document in reading order and leaves
// the tables' lines, running headers and page numbers to the tables.
//
// Built once per document by Structure::pages() (layout/structure.h).
// Coordinates: PDF points, origin top-left. Pure; thread-safe.
#pragma once

#include <vector>

#include "ingest/ingest.h"
#include "layout/tables/tables.h"

namespace ogpx::layout {

// 96 bytes: the flag lies in the line's tail padding ([[no_unique_address]]);
// the structure holds one per line of every page while the readers read.
struct PageLine {
  [[no_unique_address]] CellLine line;  // cells::FromTextLine: text with white space folded, style of its first word
  bool in_table = false;  // its centre inside a region of one of the document's tables (CentreInside)
};

struct PageText {
  int number = 0;         // 1-based
  double width = 0, height = 0;
  std::vector<PageLine> lines;  // in ingest's order (top to bottom)
};

// The pages of `doc`, their lines marked against the regions of `tables`.
std::vector<PageText> BuildPageTexts(const ingest::Document& doc, const std::vector<Table>& tables);

}  // namespace ogpx::layout
