// ocr_image: what is done to a rendered page image before Tesseract reads
// it (internal to ingest/ocr*): binarisation, the blank test, deskewing,
// Leptonica's cheap orientation test, and for a page whose up and down the
// ink cannot tell, a few of its words read both ways. Images are 8-bit grey
// unless said.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "ingest/ingest.h"
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
// pixOrientDetect, with its default confidence); when these say neither
// upright nor turned, once more on the ink without its rules (a table's
// borders), and upright if that says so.
//  - kUpright: lines across, upright;
//  - kTurned: lines down the image (sideways), or upside down;
//  - kAcross: lines across, upright or upside down unknown (a script with
//    few ascenders and descenders such as Cyrillic, little text);
//  - kUnsure: no clear direction of lines.
// `ink`, when given, receives the binary image the tests looked at.
enum class InkOrientation { kUpright, kTurned, kAcross, kUnsure };
struct InkImage {
  PixPtr binary;  // 1 bpp
  double dpi = 0;
};
InkOrientation OrientationByInk(Pix* grey, double dpi, InkImage* ink = nullptr);

// Up to `count` text lines of the page whose ink is `ink`
// (OrientationByInk's) for a quick reading, in page points: Leptonica's
// words grouped into text lines (pixGetWordBoxesInTextlines, which wants
// 75-150 ppi), the lines of the most words of a body text's height first.
// Each box spans the line's first `max_words` words. Empty when no line of
// several words is found.
std::vector<Box> LongestTextLines(const InkImage& ink, std::size_t count, std::size_t max_words);

class OcrEngine;

// True when the text lines of `grey` (rendered at `dpi`), which run across
// (OrientationByInk's kAcross), read well only turned half round. The first
// kProbeWords words of the page's longest text line (LongestTextLines on
// `ink`) are read as they lie with `lang` (OcrEngine::ReadLine): at
// kSurelyUpright or more the page is upright. Otherwise they are read
// turned; at kReadsAsText or more, and better than as they lie, the page is
// upside down. A line that reads poorly both ways (a stamp across it) says
// nothing and the next is tried, up to kProbeLines; then false. An upright
// page pays one reading of a few words (ocr_image.cpp has the constants and
// the figures behind them).
bool ReadsUpsideDown(Pix* grey, double dpi, const InkImage& ink, OcrEngine& engine, const std::string& lang);

}  // namespace ogpx::ingest
