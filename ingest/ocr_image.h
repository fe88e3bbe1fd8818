// ocr_image: what is done to a rendered page image before Tesseract reads
// it (internal to ingest/ocr*): binarisation, the blank test, deskewing and
// Leptonica's cheap orientation test. Images are 8-bit grey unless said.
#pragma once

#include "ingest/raster.h"

namespace ogpx::ingest {

// Binary image of the ink of an 8-bit page (kInkGrey).
PixPtr Binarize(Pix* grey);

// True when the binary page holds no print: what survives a 2x2 opening
// (scanner specks do not) covers less than a ten-thousandth of it.
bool IsBlank(Pix* binary);

// Rotates `grey` about its centre so that text lines are horizontal; returns
// the input (cloned) when no reliable skew is found. `angle_deg`: the
// rotation applied.
PixPtr Deskew(Pix* grey, Pix* binary, float& angle_deg);

// True when Leptonica's cheap orientation test says the text of `grey`
// (rendered at `dpi`) is not upright: turned sideways or upside down, with
// Leptonica's default confidences. Unknown (too little text, a script it
// reads poorly) is false: the page is read as it is.
bool LooksTurned(Pix* grey, double dpi);

}  // namespace ogpx::ingest
