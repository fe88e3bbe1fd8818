// Ruling lines from a scanned page image with Leptonica morphology.
// See scan_rules.h for the contract.
#include "ingest/scan_rules.h"

#include <leptonica/allheaders.h>

#include <algorithm>
#include <cmath>

#include "base/limits.h"
#include "ingest/raster.h"

namespace ogpx::ingest {
namespace {

struct BoxaDeleter {
  void operator()(Boxa* b) const { if (b != nullptr) boxaDestroy(&b); }
};
struct PixaDeleter {
  void operator()(Pixa* p) const { if (p != nullptr) pixaDestroy(&p); }
};

// Whether the centre line of a 1-bpp component running along x (or y when
// !horizontal) stays within `max_bend_px` of a straight line: true for a
// ruled line, false for the arc of a round stamp or a signature stroke.
bool Straight(Pix* comp, bool horizontal, double max_bend_px) {
  const int w = pixGetWidth(comp), h = pixGetHeight(comp);
  const int along = horizontal ? w : h, across = horizontal ? h : w;
  std::vector<std::pair<double, double>> centre;  // (position along, mean across)
  centre.reserve(static_cast<std::size_t>(along));
  for (int a = 0; a < along; ++a) {
    double sum = 0;
    int n = 0;
    for (int c = 0; c < across; ++c) {
      l_uint32 v = 0;
      pixGetPixel(comp, horizontal ? a : c, horizontal ? c : a, &v);
      if (v != 0) {
        sum += c;
        ++n;
      }
    }
    if (n > 0) centre.emplace_back(a, sum / n);
  }
  if (centre.size() < 2) return false;
  // Least-squares line through the centres, then the largest deviation.
  double sx = 0, sy = 0, sxx = 0, sxy = 0;
  for (const auto& [x, y] : centre) {
    sx += x;
    sy += y;
    sxx += x * x;
    sxy += x * y;
  }
  const double n = static_cast<double>(centre.size());
  const double denom = n * sxx - sx * sx;
  const double slope = denom != 0 ? (n * sxy - sx * sy) / denom : 0;
  const double icept = (sy - slope * sx) / n;
  double worst = 0;
  for (const auto& [x, y] : centre) worst = std::max(worst, std::abs(y - (icept + slope * x)));
  return worst <= max_bend_px;
}

// Straight, thin, long components of `lines` (the opened image) as rules in
// pixel units, `horizontal` telling which way they run.
// Components at least `erase_len_px` long are also drawn into `erase`.
void CollectSegments(Pix* lines, bool horizontal, double min_len_px, double max_thick_px,
                     double min_fill, double max_bend_px, double erase_len_px, Pix* erase,
                     std::vector<Rule>& out) {
  Pixa* raw_pixa = nullptr;
  std::unique_ptr<Boxa, BoxaDeleter> boxa(pixConnComp(lines, &raw_pixa, 8));
  std::unique_ptr<Pixa, PixaDeleter> pixa(raw_pixa);
  if (!boxa || !pixa) return;
  const int n = boxaGetCount(boxa.get());
  for (int i = 0; i < n; ++i) {
    l_int32 x = 0, y = 0, w = 0, h = 0;
    if (boxaGetBoxGeometry(boxa.get(), i, &x, &y, &w, &h) != 0) continue;
    const double length = horizontal ? w : h;
    const double thick = horizontal ? h : w;
    if (length < min_len_px || thick > max_thick_px || thick <= 0) continue;
    PixPtr comp(pixaGetPix(pixa.get(), i, L_CLONE));
    l_int32 ink = 0;
    if (!comp || pixCountPixels(comp.get(), &ink, nullptr) != 0) continue;
    // Mean thickness along the run: a straight stroke has ink ~ length x
    // thickness of its box; an arc or a slanted stroke fills far less.
    const double fill = ink / (length * thick);
    if (fill < min_fill) continue;
    if (!Straight(comp.get(), horizontal, max_bend_px)) continue;
    if (erase != nullptr && length >= erase_len_px) {
      pixRasterop(erase, x, y, w, h, PIX_SRC | PIX_DST, comp.get(), 0, 0);
    }
    const double mean_thick = ink / length;
    Rule r;
    if (horizontal) {
      r.x0 = x;
      r.x1 = x + w;
      r.y0 = r.y1 = y + h / 2.0;
    } else {
      r.y0 = y;
      r.y1 = y + h;
      r.x0 = r.x1 = x + w / 2.0;
    }
    r.width = mean_thick;
    out.push_back(r);
  }
}

// Joins collinear pieces (same line within `tol`, gap below `gap`).
std::vector<Rule> Merge(std::vector<Rule> rules, bool horizontal, double tol, double gap) {
  auto across = [&](const Rule& r) { return horizontal ? r.y0 : r.x0; };
  auto start = [&](const Rule& r) { return horizontal ? r.x0 : r.y0; };
  std::sort(rules.begin(), rules.end(), [&](const Rule& a, const Rule& b) {
    if (std::abs(across(a) - across(b)) > tol) return across(a) < across(b);
    return start(a) < start(b);
  });
  std::vector<Rule> out;
  for (const Rule& r : rules) {
    bool joined = false;
    for (auto it = out.rbegin(); it != out.rend() && std::abs(across(*it) - across(r)) <= tol * 2; ++it) {
      Rule& m = *it;
      if (std::abs(across(m) - across(r)) > tol) continue;
      const double m_end = horizontal ? m.x1 : m.y1;
      if (start(r) > m_end + gap) continue;
      if (horizontal) {
        m.x1 = std::max(m.x1, r.x1);
        m.x0 = std::min(m.x0, r.x0);
      } else {
        m.y1 = std::max(m.y1, r.y1);
        m.y0 = std::min(m.y0, r.y0);
      }
      m.width = std::max(m.width, r.width);
      joined = true;
      break;
    }
    if (!joined) out.push_back(r);
  }
  return out;
}

// Whether perpendicular rules `h` (horizontal) and `v` (vertical) cross or
// touch, within `tol` points.
bool Touch(const Rule& h, const Rule& v, double tol) {
  return v.x0 >= h.x0 - tol && v.x0 <= h.x1 + tol && h.y0 >= v.y0 - tol && h.y0 <= v.y1 + tol;
}

// Table borders meet other borders; a short straight stroke on its own is a
// piece of a logo, a stamp or a signature. Rules shorter than `alone_pt`
// that touch no perpendicular rule are dropped.
void DropLoneShortRules(std::vector<Rule>& rules, double alone_pt, double tol) {
  std::vector<bool> keep(rules.size(), true);
  for (std::size_t i = 0; i < rules.size(); ++i) {
    if (rules[i].length() >= alone_pt) continue;
    bool touches = false;
    for (std::size_t j = 0; j < rules.size() && !touches; ++j) {
      if (rules[i].horizontal() == rules[j].horizontal()) continue;
      touches = rules[i].horizontal() ? Touch(rules[i], rules[j], tol) : Touch(rules[j], rules[i], tol);
    }
    keep[i] = touches;
  }
  std::vector<Rule> kept;
  for (std::size_t i = 0; i < rules.size(); ++i) {
    if (keep[i]) kept.push_back(rules[i]);
  }
  rules = std::move(kept);
}

}  // namespace

RuleInk FindRuleInk(Pix* image, double dpi, const ScanRuleOptions& options) {
  RuleInk ink;
  ink.dpi = dpi;
  if (image == nullptr || dpi <= 0) return ink;
  PixPtr binary = pixGetDepth(image) == 1 ? PixPtr(pixClone(image)) : BinaryBelow(image, options.threshold);
  if (!binary) return ink;
  if (options.collect_erase) ink.erase.reset(pixCreate(pixGetWidth(binary.get()), pixGetHeight(binary.get()), 1));
  const double min_len_px = options.min_length_in * dpi;
  const double max_thick_px = std::max(2.0, options.max_thickness_in * dpi);
  const double max_bend_px = std::max(1.5, options.max_bend_in * dpi);
  const int len = std::max(9, static_cast<int>(min_len_px / 2) | 1);
  {
    // DWA composite brick: the same result as pixOpenBrick, 5x faster.
    PixPtr opened(pixOpenCompBrickDwa(nullptr, binary.get(), len, 1));
    if (opened) {
      CollectSegments(opened.get(), true, min_len_px, max_thick_px, options.min_fill, max_bend_px,
                      options.erase_horizontal_in * dpi, ink.erase.get(), ink.horizontal);
    }
  }
  {
    const double min_vlen_px = options.min_vertical_length_in * dpi;
    const int vlen = std::max(9, static_cast<int>(min_vlen_px / 2) | 1);
    PixPtr opened(pixOpenCompBrickDwa(nullptr, binary.get(), 1, vlen));
    if (opened) {
      CollectSegments(opened.get(), false, min_vlen_px, max_thick_px, options.min_fill, max_bend_px,
                      options.erase_vertical ? min_vlen_px : 1e9, ink.erase.get(), ink.vertical);
    }
  }
  return ink;
}

void EraseRuleInk(Pix* grey, const RuleInk& ink) {
  if (grey == nullptr || !ink.erase || pixGetDepth(grey) != 8) return;
  if (pixGetWidth(grey) != pixGetWidth(ink.erase.get()) || pixGetHeight(grey) != pixGetHeight(ink.erase.get())) return;
  // One pixel round the stroke takes its blurred edge too.
  PixPtr grown(pixDilateBrick(nullptr, ink.erase.get(), 3, 3));
  if (grown) pixSetMasked(grey, grown.get(), 255);
}

ScanRules RulesFromInk(RuleInk ink, const std::vector<Word>& words, const ScanRuleOptions& options) {
  ScanRules result;
  if (ink.dpi <= 0) return result;
  const double dpi = ink.dpi;
  const double scale = 72.0 / dpi;
  const double tol = std::max(2.0, dpi / 72.0 * 1.5);  // 1.5 pt
  const double gap = dpi / 72.0 * 6.0;                  // 6 pt
  for (bool h : {true, false}) {
    for (Rule r : Merge(h ? std::move(ink.horizontal) : std::move(ink.vertical), h, tol, gap)) {
      if (result.rules.size() >= limits::kMaxRulesPerPage) {
        result.overflow = true;
        break;
      }
      r.x0 *= scale;
      r.x1 *= scale;
      r.y0 *= scale;
      r.y1 *= scale;
      r.width *= scale;
      result.rules.push_back(r);
    }
  }
  DropRulesThroughText(result.rules, words);
  DropLoneShortRules(result.rules, options.min_alone_length_in * 72.0, 3.0);
  return result;
}

void DropRulesThroughText(std::vector<Rule>& rules, const std::vector<Word>& words) {
  std::erase_if(rules, [&](const Rule& r) {
    if (!r.horizontal() || r.length() <= 0) return false;
    std::vector<std::pair<double, double>> spans;
    for (const Word& w : words) {
      // Inside the box, clear of its bottom edge: a border drawn just under
      // a line of text is not inside any of its words.
      if (r.y0 < w.box.y0 || r.y0 > w.box.y1 - 0.1 * w.box.height()) continue;
      const double a = std::max(r.x0, w.box.x0), b = std::min(r.x1, w.box.x1);
      if (b > a) spans.emplace_back(a, b);
    }
    std::sort(spans.begin(), spans.end());
    double covered = 0, end = r.x0;
    for (const auto& [a, b] : spans) {
      if (b <= end) continue;
      covered += b - std::max(a, end);
      end = b;
    }
    return covered >= 0.7 * r.length();
  });
}

}  // namespace ogpx::ingest
