// ocr_cells: the cells of a scanned page's ruled tables, and a second
// reading of the doubtful ones cell by cell (internal to ingest/ocr*).
//
// Tesseract's layout analysis of a whole page of tables sometimes loses the
// thread inside a cell: a short line of a cell is dropped, a line is read
// in the wrong script or case, a word is read from the accents of the line
// below. The same cell cropped alone and read as one block of text
// (Tesseract's page segmentation mode 6) is read as a person reads it. A
// cell with a doubtful word is read that way once, and its new reading
// replaces the old one when it holds more text read with confidence
// (docs/ocr.md).
//
// Page points; never throw.
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "ingest/ingest.h"

struct Pix;  // Leptonica

namespace ogpx::ingest {

class OcrEngine;
struct OcrOptions;

// The cells the ruling lines of a page enclose: each region of the page
// that the rules close on every side, that is rectangular and neither a
// sliver between two close rules nor most of the page (a frame round the
// page). Inside the rules, top to bottom, then left to right.
std::vector<Box> RuledCells(const std::vector<Rule>& rules, double page_width, double page_height);

// Reads again, cell by cell, the cells of `cells` that hold a word read
// with less than kDoubtfulCellWord confidence (ocr_cells.cpp) or a stroke
// "|" inside a word, and keeps a
// cell's new reading when it holds more confident text than the old one.
// `image` is the page image read (deskewed) at `dpi` with `lang`. Stops
// once the page's OCR time (OcrOptions::seconds_per_page, counted from
// `start`) is spent or after OcrOptions::max_rereads cells. Returns the
// number of cells whose reading was replaced.
int RereadCells(Page& page, const std::vector<Box>& cells, Pix* image, double dpi, const std::string& lang,
                OcrEngine& engine, const OcrOptions& ocr, std::chrono::steady_clock::time_point start);

}  // namespace ogpx::ingest
