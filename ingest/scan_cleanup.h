// scan_cleanup: a scanned page image made ready for OCR (internal to
// ingest/ocr*).
//
// Specks of dust and noise on a worn scan are read by Tesseract as letters
// (":", "x", "c" in an empty cell) or break a heading's number, so that a
// commitment's milestones are filed under the one before. RemoveSpeckle()
// paints them white before the page is read. Only what the degradation
// ladder (bench/ladder.sh, docs/ocr.md) shows to help is here: painting the
// dark band a scanner leaves at an edge white was tried and left out (no
// gain on the ladder's worn rung, and a different reading of the signature
// block of order-120-en-scan). Never throws; 8 bpp grey images only (others
// are left alone).
#pragma once

#include "ingest/raster.h"

struct Pix;  // Leptonica

namespace ogpx::ingest {

// Paints white the specks of `grey` (rendered at `dpi`): blobs of ink no
// bigger than kSpeckMax with no other ink within kSpeckIsolation
// (scan_cleanup.cpp), on a page that has at least kSpecksPerSquareInch of
// them round and solid as dust (a dusty page; a clean page's few lone blobs,
// bits of a stamp or a signature, are left). A full stop,
// the dot of an "i" and a decimal point stand by their letters and stay.
// Returns the number of specks removed. `ink` (may be null) is given the
// binary image of `grey`'s ink (grey under kInkGrey) as the page is left, the
// one Binarize() would make of it, so that it is not made twice; null when
// it could not be made.
int RemoveSpeckle(Pix* grey, double dpi, PixPtr* ink = nullptr);

}  // namespace ogpx::ingest
