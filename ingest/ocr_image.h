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

// How the text of `grey` (rendered at `dpi`) lies, by two cheap tests (a
// few tens of ms): which way its lines run (the sharpness of the ink's
// projection across the image and down it, pixFindSkew's confidence), then,
// for lines that run across, ascenders against descenders (Leptonica's
// pixOrientDetect, with its default confidence).
//  - kUpright: lines across, upright;
//  - kTurned: lines down the image (sideways), or upside down;
//  - kAcross: lines across, upright or upside down unknown (a script with
//    few ascenders and descenders such as Cyrillic, little text);
//  - kUnsure: no clear direction of lines.
enum class InkOrientation { kUpright, kTurned, kAcross, kUnsure };
InkOrientation OrientationByInk(Pix* grey, double dpi);

}  // namespace ogpx::ingest
