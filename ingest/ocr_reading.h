// ocr_reading: what Tesseract read of a page, as lines of words in page
// points (internal to ingest/ocr*). ReadPage is the whole reading of one
// page image, run in the OCR process (ingest/isolated.h) by OcrEngine;
// FixLines repairs what it read, in ogpx's own process (ICU).
#pragma once

#include <chrono>
#include <vector>

#include "ingest/ingest.h"
#include "ingest/word_lines.h"

struct Pix;  // Leptonica
namespace tesseract {
class TessBaseAPI;
}

namespace ogpx::ingest {

// Lines of words of the last Recognize() of `api`, in Tesseract's reading
// order, as Tesseract read them (page points; `scale` = 72 / dpi; `left`,
// `top`: pixel offset of the image read in the page image).
std::vector<WordLine> Collect(tesseract::TessBaseAPI* api, double scale, int left = 0, int top = 0);

// The box round the words of a line.
Box BoxOf(const WordLine& line);

// Reads `image` with `api` (page segmentation mode `psm`): layout,
// recognition with Tesseract's deadline at `deadline`, narrow columns taken
// for vertical text read again as blocks and their numbers joined to their
// lines. kTimeout when the deadline passed, kFailed when Tesseract failed.
Reading ReadPage(tesseract::TessBaseAPI* api, Pix* image, double dpi, int psm,
                 std::chrono::steady_clock::time_point deadline);

// Predictable OCR confusions repaired line by line (FixOcrLine, ocr.h);
// words and lines left empty are dropped.
void FixLines(std::vector<WordLine>& lines);

}  // namespace ogpx::ingest
