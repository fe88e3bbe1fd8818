// ocr_ink: word boxes measured again on the page image (internal to
// ingest/ocr*).
//
// Tesseract may take the ink of a horizontal table border under (or over) a
// word into the word's box, and then puts the line's baseline on the border:
// the last line of a cell ("Network" under "Women in Governance") then sits
// a paragraph's pitch below the line before it, and a reader that tells
// wrapped lines from new entries by their pitch breaks one name in two.
// Tesseract's box may also reach a point or two past the ink for no border
// at all ("Minister" beside "Industry"), with the same effect. FitWordsToInk()
// measures every word's box again, top and bottom, from the ink of the page
// image within it (the rows of a horizontal rule crossing it left out; the
// run of ink rows with the most ink is the word), and where it moved by more
// than half a point, refits its line's baseline from the feet of its
// descender-free words. Page points in, page points
// out; the image is the one Tesseract read (8 bpp grey, `dpi`). Never throws.
#pragma once

#include <vector>

#include "ingest/ingest.h"

struct Pix;  // Leptonica

namespace ogpx::ingest {

// Returns the number of words whose box was measured again.
int FitWordsToInk(Page& page, Pix* grey, double dpi, const std::vector<Rule>& rules);

}  // namespace ogpx::ingest
