#include "ingest/geometry_dev.h"

#include <algorithm>
#include <cmath>

#include <poppler/GfxState.h>

namespace ogpx::ingest {
namespace {

void DiscardText(void*, const char*, int) {}

// Thickest a filled rectangle may be and still count as a rule (points).
constexpr double kMaxRuleThickness = 3.0;
// Longest a stroked segment may deviate from axis-aligned and count (points).
constexpr double kAxisTolerance = 0.6;
// A drawn mark (a list bullet) is a filled shape at most this many points on
// a side (whether it is as small as the text beside it is layout's call)
// and no longer on one side than kMaxMarkAspect times the other.
constexpr double kMaxMarkSide = 12.0;
constexpr double kMaxMarkAspect = 1.5;

bool NearWhite(GfxState* state) {
  GfxRGB rgb;
  state->getFillRGB(&rgb);
  return colToDbl(rgb.r) > 0.92 && colToDbl(rgb.g) > 0.92 && colToDbl(rgb.b) > 0.92;
}

bool StrokeNearWhite(GfxState* state) {
  GfxRGB rgb;
  state->getStrokeRGB(&rgb);
  return colToDbl(rgb.r) > 0.92 && colToDbl(rgb.g) > 0.92 && colToDbl(rgb.b) > 0.92;
}

}  // namespace

GeometryOutputDev::GeometryOutputDev(const PageBudget& budget)
    : TextOutputDev(&DiscardText, nullptr, /*physLayoutA=*/false, /*fixedPitchA=*/0,
                    /*rawOrderA=*/false, /*discardDiagA=*/false),
      budget_(budget) {}

void GeometryOutputDev::drawChar(GfxState* state, double x, double y, double dx, double dy, double origin_x,
                                 double origin_y, CharCode c, int n_bytes, const Unicode* u, int u_len) {
  if (!stopped_.empty()) return;
  if (++chars_ > budget_.max_chars) {
    // Poppler's text layout grows faster than the characters it is given
    // (minutes for 200,000 words of mixed sizes): it is never built past this.
    Stop("more than " + std::to_string(budget_.max_chars) +
         " characters drawn on the page (limit max_page_chars)");
    return;
  }
  TextOutputDev::drawChar(state, x, y, dx, dy, origin_x, origin_y, c, n_bytes, u, u_len);
}

void GeometryOutputDev::saveState(GfxState* state) {
  TextOutputDev::saveState(state);
  if (++depth_ > budget_.max_nesting)
    Stop("graphics states nested deeper than " + std::to_string(budget_.max_nesting) +
         " (limit max_graphics_nesting)");
}

void GeometryOutputDev::restoreState(GfxState* state) {
  TextOutputDev::restoreState(state);
  if (depth_ > 0) --depth_;
}

void GeometryOutputDev::endPage() {
  if (stopped_.empty()) TextOutputDev::endPage();
}

bool GeometryOutputDev::AbortCheck(void* data) {
  auto* dev = static_cast<GeometryOutputDev*>(data);
  const PageBudget& b = dev->budget_;
  if (dev->stopped_.empty() && ((b.cancel && b.cancel->load()) ||
                                (b.deadline && std::chrono::steady_clock::now() > *b.deadline))) {
    dev->by_time_ = true;
    dev->Stop("reading was stopped (time limit or interrupted)");
  }
  return !dev->stopped_.empty();
}

void GeometryOutputDev::Add(const Rule& r) {
  if (pieces_.size() >= limits::kMaxRulesPerPage) {
    overflow_ = true;
    return;
  }
  pieces_.push_back(r);
}

void GeometryOutputDev::CountPath(GfxState* state) {
  const GfxPath* path = state->getPath();
  for (int s = 0; path && s < path->getNumSubpaths() && render_over_.empty(); ++s) {
    path_points_ += path->getSubpath(s)->getNumPoints();
    if (path_points_ > budget_.max_path_points)
      render_over_ = "more than " + std::to_string(budget_.max_path_points) +
                     " path points drawn on the page (limit max_render_path_points); not rendered for OCR";
  }
}

void GeometryOutputDev::stroke(GfxState* state) {
  CountPath(state);
  TextOutputDev::stroke(state);
  if (!StrokeNearWhite(state)) CollectPath(state, false);
}

void GeometryOutputDev::fill(GfxState* state) {
  CountPath(state);
  TextOutputDev::fill(state);
  if (!NearWhite(state)) CollectPath(state, true);
}

void GeometryOutputDev::eoFill(GfxState* state) {
  CountPath(state);
  TextOutputDev::eoFill(state);
  if (!NearWhite(state)) CollectPath(state, true);
}

void GeometryOutputDev::CollectPath(GfxState* state, bool filled) {
  const GfxPath* path = state->getPath();
  if (!path || !stopped_.empty()) return;
  ++paths_;
  double line_width = std::max(state->getTransformedLineWidth(), 0.1);
  for (int s = 0; s < path->getNumSubpaths(); ++s) {
    const GfxSubpath* sub = path->getSubpath(s);
    int n = sub->getNumPoints();
    if (n < 2) continue;
    std::vector<std::pair<double, double>> pts;
    bool has_curve = false;
    for (int i = 0; i < n; ++i) {
      if (sub->getCurve(i)) has_curve = true;
      double x, y;
      state->transform(sub->getX(i), sub->getY(i), &x, &y);
      pts.emplace_back(x, y);
    }
    if (filled) AddMark(pts);
    if (has_curve) continue;  // circles, glyph-like shapes: never rules
    if (filled) {
      // A filled axis-aligned rectangle that is thin in one direction is a
      // rule along its centre line; a large one (cell shading) gives its edges
      // only when it is thin.
      double x0 = pts[0].first, x1 = x0, y0 = pts[0].second, y1 = y0;
      for (auto [x, y] : pts) {
        x0 = std::min(x0, x);
        x1 = std::max(x1, x);
        y0 = std::min(y0, y);
        y1 = std::max(y1, y);
      }
      bool axis_aligned = true;
      for (std::size_t i = 1; i < pts.size(); ++i) {
        double dx = std::fabs(pts[i].first - pts[i - 1].first);
        double dy = std::fabs(pts[i].second - pts[i - 1].second);
        if (dx > kAxisTolerance && dy > kAxisTolerance) axis_aligned = false;
      }
      if (!axis_aligned) continue;
      double w = x1 - x0, h = y1 - y0;
      if (h <= kMaxRuleThickness && w > h) {
        double y = (y0 + y1) / 2;
        Add({x0, y, x1, y, std::max(h, 0.1)});
      } else if (w <= kMaxRuleThickness && h > w) {
        double x = (x0 + x1) / 2;
        Add({x, y0, x, y1, std::max(w, 0.1)});
      }
      continue;
    }
    for (int i = 1; i < n; ++i) {
      auto [ax, ay] = pts[i - 1];
      auto [bx, by] = pts[i];
      if (std::fabs(ay - by) <= kAxisTolerance && std::fabs(ax - bx) > kAxisTolerance) {
        double y = (ay + by) / 2;
        Add({std::min(ax, bx), y, std::max(ax, bx), y, line_width});
      } else if (std::fabs(ax - bx) <= kAxisTolerance && std::fabs(ay - by) > kAxisTolerance) {
        double x = (ax + bx) / 2;
        Add({x, std::min(ay, by), x, std::max(ay, by), line_width});
      }
    }
    if (sub->isClosed() && n >= 3) {
      auto [ax, ay] = pts.back();
      auto [bx, by] = pts.front();
      if (std::fabs(ay - by) <= kAxisTolerance && std::fabs(ax - bx) > kAxisTolerance)
        Add({std::min(ax, bx), (ay + by) / 2, std::max(ax, bx), (ay + by) / 2, line_width});
      else if (std::fabs(ax - bx) <= kAxisTolerance && std::fabs(ay - by) > kAxisTolerance)
        Add({(ax + bx) / 2, std::min(ay, by), (ax + bx) / 2, std::max(ay, by), line_width});
    }
  }
}

void GeometryOutputDev::AddMark(const std::vector<std::pair<double, double>>& pts) {
  Box b{pts[0].first, pts[0].second, pts[0].first, pts[0].second};
  for (auto [x, y] : pts) {
    b.x0 = std::min(b.x0, x);
    b.x1 = std::max(b.x1, x);
    b.y0 = std::min(b.y0, y);
    b.y1 = std::max(b.y1, y);
  }
  const double w = b.x1 - b.x0, h = b.y1 - b.y0;
  if (w <= 0 || h <= 0 || w > kMaxMarkSide || h > kMaxMarkSide) return;
  if (std::max(w, h) > kMaxMarkAspect * std::min(w, h)) return;
  if (marks_.size() < limits::kMaxRulesPerPage) marks_.push_back(b);
}

std::vector<Box> GeometryOutputDev::TakeMarks() {
  std::vector<Box> out;
  out.swap(marks_);
  return out;
}

std::vector<Rule> GeometryOutputDev::TakeRulePieces() {
  std::vector<Rule> out;
  out.swap(pieces_);
  return out;
}

}  // namespace ogpx::ingest
