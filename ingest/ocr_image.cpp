// Page images before OCR (ocr_image.h).
#include "ingest/ocr_image.h"

#include <leptonica/allheaders.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "ingest/ocr_engine.h"
#include "ingest/ocr_lines.h"

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
// Ink runs at least this long (inches), across or down, are rules: longer
// than any letter's stroke, and a line of text has gaps between its words.
// A table's borders sharpen the projection both ways and hide its text's
// ascenders among their own ink; the tests are tried again without them.
constexpr double kOrientRuleInches = 0.5;
// Lines for a quick reading (LongestTextLines): Leptonica's words no lower
// than a small letter (0.03 in, 2 pt) and no taller than three lines of
// text (0.5 in: a border or a picture is no word); a line of at least
// kMinLineWords words, of a body text's height (kMinLineHeight to
// kMaxLineHeight: 6-20 pt type).
constexpr double kMinWordHeight = 0.03;  // inches
constexpr double kMaxWordHeight = 0.5;
constexpr double kMinLineHeight = 0.08;
constexpr double kMaxLineHeight = 0.3;
constexpr int kMinLineWords = 3;
// The words read to tell up from down (ReadsUpsideDown): six words of the
// longest line (on the Mongolian order read upright 96.7, upside down 33.8;
// with four words the upside-down reading rose to 47.7), and at most three
// lines when one says nothing. Six words cost about 22 ms of CPU, the line
// finding 8 ms: 3 % of the order's page (0.95 s), 1.5 % of a page of the
// Mongolian plan.
constexpr std::size_t kProbeWords = 6;
constexpr std::size_t kProbeLines = 3;
// A probe read at this mean confidence or more reads as text: upright
// scans of the samples read at 89-95, turned ones at 45-65, the probes at
// 93-97 upright and 10-57 upside down (the same scale as ocr.cpp's
// kUnreadConfidence, the page-level test).
constexpr double kReadsAsText = 75;
// A probe read as it lies at this or more is upright without reading it
// turned. Upside-down Latin is partly Latin letters again (d and p, n and
// u, s, o): "pue siysry" for "Rights and", read at 81; upright probes read
// at 93-97. Between kReadsAsText and this, both readings are compared.
constexpr double kSurelyUpright = 90;

}  // namespace

// Binary image of the ink of an 8-bit page.
PixPtr Binarize(Pix* grey) { return BinaryBelow(grey, kInkGrey); }

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

namespace {

// The tests of OrientationByInk on one binary image.
InkOrientation LinesAndUp(Pix* binary) {
  PixPtr quarter(pixRotateOrth(binary, 1));
  if (!quarter) return InkOrientation::kUnsure;
  l_float32 angle = 0, across = 0, down = 0;
  if (pixFindSkew(binary, &angle, &across) != 0 || pixFindSkew(quarter.get(), &angle, &down) != 0)
    return InkOrientation::kUnsure;
  if (down >= kMinLinesConfidence && down > kLinesRatio * across) return InkOrientation::kTurned;
  if (across < kMinLinesConfidence || across <= kLinesRatio * down) return InkOrientation::kUnsure;
  // Lines across: upright or upside down by ascenders and descenders
  // (pixOrientDetect's up confidence: positive when upright).
  l_float32 up = 0;
  if (pixOrientDetect(binary, &up, nullptr, 0, 0) != 0) return InkOrientation::kAcross;
  if (up > kMinOrientConfidence) return InkOrientation::kUpright;
  if (up < -kMinOrientConfidence) return InkOrientation::kTurned;
  return InkOrientation::kAcross;
}

// `binary` without its rules (ink runs of kOrientRuleInches or more, across
// or down, found by Leptonica's DWA composite openings, as FindRuleInk's:
// a few ms at 150 dpi); null when Leptonica fails.
PixPtr WithoutRules(Pix* binary, double dpi) {
  const int length = std::max(2, static_cast<int>(std::lround(kOrientRuleInches * dpi)));
  PixPtr across(pixOpenCompBrickDwa(nullptr, binary, length, 1));
  PixPtr down(pixOpenCompBrickDwa(nullptr, binary, 1, length));
  if (!across || !down) return nullptr;
  PixPtr rules(pixOr(nullptr, across.get(), down.get()));
  if (!rules) return nullptr;
  return PixPtr(pixSubtract(nullptr, binary, rules.get()));
}

}  // namespace

InkOrientation OrientationByInk(Pix* grey, double dpi, InkImage* ink) {
  const float factor = dpi > 1.5 * kOrientDpi ? static_cast<float>(kOrientDpi / dpi) : 1.0f;
  PixPtr small(factor < 1.0f ? pixScale(grey, factor, factor) : pixClone(grey));
  if (!small) return InkOrientation::kUnsure;
  PixPtr binary = Binarize(small.get());
  if (!binary) return InkOrientation::kUnsure;
  if (ink != nullptr) *ink = {PixPtr(pixClone(binary.get())), dpi * factor};
  const InkOrientation found = LinesAndUp(binary.get());
  if (found == InkOrientation::kUpright || found == InkOrientation::kTurned) return found;
  // A table page: its rules may hide what its text says. Only an upright
  // answer is taken from its text alone (it spares most table pages a few
  // words read both ways or osd; docs/ocr.md, step 1c); whatever else it
  // says, the page goes on as the whole ink said.
  PixPtr text = WithoutRules(binary.get(), dpi * factor);
  if (text && LinesAndUp(text.get()) == InkOrientation::kUpright) return InkOrientation::kUpright;
  return found;
}

std::vector<Box> LongestTextLines(const InkImage& ink, std::size_t count, std::size_t max_words) {
  std::vector<Box> out;
  if (count == 0 || ink.dpi <= 0 || !ink.binary) return out;
  // Leptonica's word finder wants 75-150 ppi: an image above (a page
  // rendered at 200 dpi is looked at as it is) is halved.
  const bool halve = ink.dpi > kOrientDpi;
  PixPtr reduced(halve ? pixReduceRankBinaryCascade(ink.binary.get(), 1, 0, 0, 0) : pixClone(ink.binary.get()));
  Pix* binary = reduced.get();
  const double scaled_dpi = halve ? ink.dpi / 2 : ink.dpi;
  if (binary == nullptr) return out;
  const int min_h = std::max(2, static_cast<int>(kMinWordHeight * scaled_dpi));
  const int max_h = static_cast<int>(kMaxWordHeight * scaled_dpi);
  BOXA* words = nullptr;
  NUMA* line_of = nullptr;
  if (pixGetWordBoxesInTextlines(binary, min_h, min_h, pixGetWidth(binary), max_h, &words, &line_of) !=
          0 ||
      !words || !line_of) {
    boxaDestroy(&words);
    numaDestroy(&line_of);
    return out;
  }
  struct Line {
    Box box{1e18, 1e18, -1e18, -1e18};
    int words = 0;
    Box probe{1e18, 1e18, -1e18, -1e18};  // its first max_words words
  };
  std::map<int, Line> lines;
  const int n = std::min(boxaGetCount(words), numaGetCount(line_of));
  for (int i = 0; i < n; ++i) {
    l_int32 x = 0, y = 0, w = 0, h = 0, li = 0;
    if (boxaGetBoxGeometry(words, i, &x, &y, &w, &h) != 0 || numaGetIValue(line_of, i, &li) != 0) continue;
    Line& line = lines[li];
    line.box.x0 = std::min<double>(line.box.x0, x);
    line.box.y0 = std::min<double>(line.box.y0, y);
    line.box.x1 = std::max<double>(line.box.x1, x + w);
    line.box.y1 = std::max<double>(line.box.y1, y + h);
    if (static_cast<std::size_t>(line.words) < max_words) {
      line.probe.x0 = std::min<double>(line.probe.x0, x);
      line.probe.y0 = std::min<double>(line.probe.y0, y);
      line.probe.x1 = std::max<double>(line.probe.x1, x + w);
      line.probe.y1 = std::max<double>(line.probe.y1, y + h);
    }
    ++line.words;
  }
  boxaDestroy(&words);
  numaDestroy(&line_of);
  std::vector<Line> kept;
  for (const auto& [li, line] : lines) {
    const double height = line.box.height() / scaled_dpi;
    if (line.words >= kMinLineWords && height >= kMinLineHeight && height <= kMaxLineHeight) kept.push_back(line);
  }
  std::stable_sort(kept.begin(), kept.end(), [](const Line& a, const Line& b) {
    return a.words != b.words ? a.words > b.words : a.box.width() > b.box.width();
  });
  const double to_points = 72.0 / scaled_dpi;
  for (std::size_t i = 0; i < kept.size() && i < count; ++i) {
    const Box& b = kept[i].probe;
    out.push_back({b.x0 * to_points, b.y0 * to_points, b.x1 * to_points, b.y1 * to_points});
  }
  return out;
}

bool ReadsUpsideDown(Pix* grey, double dpi, const InkImage& ink, OcrEngine& engine, const std::string& lang) {
  const double px = dpi / 72.0;
  for (const Box& b : LongestTextLines(ink, kProbeLines, kProbeWords)) {
    // The words with a margin of a third of their height above and below,
    // an eighth at the sides (as OcrEngine::ReadLine gives a line).
    const int l = std::max(0, static_cast<int>((b.x0 - b.height() / 8) * px));
    const int t = std::max(0, static_cast<int>((b.y0 - b.height() / 3) * px));
    const int r = std::min(static_cast<int>(pixGetWidth(grey)), static_cast<int>((b.x1 + b.height() / 8) * px));
    const int bottom = std::min(static_cast<int>(pixGetHeight(grey)), static_cast<int>((b.y1 + b.height() / 3) * px));
    if (r <= l || bottom <= t) continue;
    BOX* rect = boxCreate(l, t, r - l, bottom - t);
    PixPtr clip(pixClipRectangle(grey, rect, nullptr));
    boxDestroy(&rect);
    if (!clip) continue;
    const Box all{0, 0, (r - l) / px, (bottom - t) / px};
    const double as_it_lies = MeanConfidence(engine.ReadLine(clip.get(), dpi, lang, all));
    if (as_it_lies >= kSurelyUpright) return false;
    PixPtr half(pixRotate180(nullptr, clip.get()));
    if (!half) continue;
    const double turned = MeanConfidence(engine.ReadLine(half.get(), dpi, lang, all));
    if (turned >= kReadsAsText && turned > as_it_lies) return true;
  }
  return false;
}

}  // namespace ogpx::ingest
