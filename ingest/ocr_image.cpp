// Page images before OCR (ocr_image.h).
#include "ingest/ocr_image.h"

#include <leptonica/allheaders.h>

#include <cmath>

namespace ogpx::ingest {
namespace {

constexpr double kPi = 3.14159265358979323846;
// Ink pixels (after removing isolated specks) per page pixel below which a
// page counts as blank.
constexpr double kBlankInkFraction = 1e-4;
// Skew below this (degrees) is left alone; above kMaxSkew it is not trusted.
constexpr float kMinSkew = 0.05f;
constexpr float kMaxSkew = 10.0f;
constexpr float kMinSkewConfidence = 2.5f;
// Leptonica's orientation test (pixOrientDetect: ascenders and descenders
// counted by morphology, a few tens of ms a page) is run at about this
// resolution; it wants 150-300 ppi.
constexpr double kOrientDpi = 150;
// Leptonica's defaults for trusting pixOrientDetect (makeOrientDecision).
constexpr double kMinOrientConfidence = 8.0;
constexpr double kMinOrientRatio = 2.5;

}  // namespace

// Binary image of the ink of an 8-bit page.
PixPtr Binarize(Pix* grey) { return PixPtr(pixConvertTo1(grey, kInkGrey)); }

bool IsBlank(Pix* binary) {
  // Speckle noise of a scanner is a pixel or two; any stroke of print
  // survives a 2x2 opening at OCR resolutions.
  PixPtr opened(pixOpenBrick(nullptr, binary, 2, 2));
  if (!opened) return false;
  l_int32 ink = 0;
  if (pixCountPixels(opened.get(), &ink, nullptr) != 0) return false;
  const double area = static_cast<double>(pixGetWidth(binary)) * pixGetHeight(binary);
  return ink < kBlankInkFraction * area;
}

// Rotates `grey` about its centre so that text lines are horizontal; returns
// the input (cloned) when no reliable skew is found.
PixPtr Deskew(Pix* grey, Pix* binary, float& angle_deg) {
  angle_deg = 0;
  float angle = 0, conf = 0;
  if (pixFindSkew(binary, &angle, &conf) == 0 && conf >= kMinSkewConfidence &&
      std::abs(angle) >= kMinSkew && std::abs(angle) <= kMaxSkew) {
    PixPtr rotated(pixRotate(grey, static_cast<float>(angle * kPi / 180.0), L_ROTATE_AREA_MAP,
                             L_BRING_IN_WHITE, 0, 0));
    if (rotated) {
      angle_deg = angle;
      return rotated;
    }
  }
  return PixPtr(pixClone(grey));
}

// True when Leptonica's cheap orientation test says the text of `grey`
// (rendered at `dpi`) is not upright: turned sideways or upside down, with
// Leptonica's default confidences. Unknown (too little text,
// a script it reads poorly) is false: the page is read as it is.
bool LooksTurned(Pix* grey, double dpi) {
  const float factor = dpi > 1.5 * kOrientDpi ? static_cast<float>(kOrientDpi / dpi) : 1.0f;
  PixPtr small(factor < 1.0f ? pixScale(grey, factor, factor) : pixClone(grey));
  if (!small) return false;
  PixPtr binary = Binarize(small.get());
  if (!binary) return false;
  l_float32 up = 0, left = 0;
  if (pixOrientDetect(binary.get(), &up, &left, 0, 0) != 0) return false;
  // makeOrientDecision's rule with its defaults, without its messages on
  // stderr: the stronger of the two confidences decides when it passes
  // kMinOrientConfidence and is kMinOrientRatio times the other.
  const double up_abs = std::abs(up), left_abs = std::abs(left);
  if (up_abs > kMinOrientConfidence && up_abs > kMinOrientRatio * left_abs) return up < 0;  // upside down
  return left_abs > kMinOrientConfidence && left_abs > kMinOrientRatio * up_abs;  // sideways
}

}  // namespace ogpx::ingest
