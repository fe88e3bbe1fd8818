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
// Leptonica's default for trusting pixOrientDetect (makeOrientDecision).
constexpr double kMinOrientConfidence = 8.0;
// Text lines run one way when pixFindSkew's confidence (the sharpness of
// the ink's projection) that way is at least kMinLinesConfidence and
// kLinesRatio times the other way's. On the scanned samples upright and
// turned: 3.3-13.6 the way the lines run, a ratio of 1.7 to 8 (or the other
// way nothing).
constexpr float kMinLinesConfidence = 2.5f;
constexpr float kLinesRatio = 1.4f;

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

InkOrientation OrientationByInk(Pix* grey, double dpi) {
  const float factor = dpi > 1.5 * kOrientDpi ? static_cast<float>(kOrientDpi / dpi) : 1.0f;
  PixPtr small(factor < 1.0f ? pixScale(grey, factor, factor) : pixClone(grey));
  if (!small) return InkOrientation::kUnsure;
  PixPtr binary = Binarize(small.get());
  PixPtr quarter(binary ? pixRotateOrth(binary.get(), 1) : nullptr);
  if (!quarter) return InkOrientation::kUnsure;
  l_float32 angle = 0, across = 0, down = 0;
  if (pixFindSkew(binary.get(), &angle, &across) != 0 || pixFindSkew(quarter.get(), &angle, &down) != 0)
    return InkOrientation::kUnsure;
  if (down >= kMinLinesConfidence && down > kLinesRatio * across) return InkOrientation::kTurned;
  if (across < kMinLinesConfidence || across <= kLinesRatio * down) return InkOrientation::kUnsure;
  // Lines across: upright or upside down by ascenders and descenders
  // (pixOrientDetect's up confidence: positive when upright).
  l_float32 up = 0;
  if (pixOrientDetect(binary.get(), &up, nullptr, 0, 0) != 0) return InkOrientation::kAcross;
  if (up > kMinOrientConfidence) return InkOrientation::kUpright;
  if (up < -kMinOrientConfidence) return InkOrientation::kTurned;
  return InkOrientation::kAcross;
}

}  // namespace ogpx::ingest
