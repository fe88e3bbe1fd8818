// ReadingOrder and TopToBottom (see columns.h).
#include "layout/columns.h"

#include <algorithm>
#include <numeric>
#include <optional>

namespace ogpx::layout {
namespace {

// Step of the search for a gutter (points), and the most positions tried.
constexpr double kGutterStep = 2.0;
constexpr double kMaxGutterSteps = 1000;
// A box may touch the gutter by this much (points) without crossing it.
constexpr double kTouch = 1.0;

}  // namespace

std::optional<double> FindGutter(const std::vector<ingest::Box>& boxes, double width) {
  if (boxes.size() < 2 * static_cast<std::size_t>(kMinColumnLines) || !(width > 0)) return std::nullopt;
  std::optional<double> best;
  int best_score = 0;
  // At most kMaxGutterSteps positions, however wide the page says it is.
  const double step = std::max(kGutterStep, width * (kGutterTo - kGutterFrom) / kMaxGutterSteps);
  for (double x = width * kGutterFrom; x <= width * kGutterTo; x += step) {
    int left = 0, right = 0, crossing = 0;
    for (const ingest::Box& b : boxes) {
      if (b.x1 <= x + kTouch) ++left;
      else if (b.x0 >= x - kTouch) ++right;
      else ++crossing;
    }
    if (left < kMinColumnLines || right < kMinColumnLines) continue;
    if (crossing > kMaxCrossingShare * static_cast<double>(boxes.size())) continue;
    const int score = std::min(left, right) - crossing;
    if (!best || score > best_score) best = x, best_score = score;
  }
  return best;
}

bool Gutter::Prose(const ingest::Box& b) const {
  if (b.x1 <= x + kTouch) return b.width() >= kProseFill * (x - left);
  if (b.x0 >= x - kTouch) return b.width() >= kProseFill * (right - x);
  return false;
}

std::optional<Gutter> TextGutter(const ingest::Page& page) {
  std::vector<ingest::Box> boxes;
  boxes.reserve(page.lines.size());
  for (const ingest::TextLine& l : page.lines) boxes.push_back(l.box);
  const std::optional<double> x = FindGutter(boxes, page.width);
  if (!x) return std::nullopt;
  Gutter g{*x, *x, *x};
  for (const ingest::Box& b : boxes) {
    if (b.x1 <= *x + kTouch) g.left = std::min(g.left, b.x0);
    else if (b.x0 >= *x - kTouch) g.right = std::max(g.right, b.x1);
  }
  int left = 0, right = 0;
  for (const ingest::Box& b : boxes) {
    if (!g.Prose(b)) continue;
    ++(b.x1 <= *x + kTouch ? left : right);
  }
  if (left < kMinProseLines || right < kMinProseLines) return std::nullopt;
  return g;
}

namespace {

// Indexes of `boxes` by top edge, ties in their given order.
std::vector<int> ByTop(const std::vector<ingest::Box>& boxes) {
  std::vector<int> order(boxes.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return boxes[a].y0 < boxes[b].y0; });
  return order;
}

std::vector<int> Ranks(const std::vector<int>& order) {
  std::vector<int> rank(order.size());
  for (std::size_t k = 0; k < order.size(); ++k) rank[static_cast<std::size_t>(order[k])] = static_cast<int>(k);
  return rank;
}

}  // namespace

std::vector<int> TopToBottom(const std::vector<ingest::Box>& boxes) {
  const std::vector<int> by_top = ByTop(boxes);
  std::vector<int> order;
  order.reserve(boxes.size());
  auto box = [&](std::size_t k) -> const ingest::Box& { return boxes[static_cast<std::size_t>(by_top[k])]; };
  for (std::size_t first = 0; first < by_top.size();) {
    // A row: the boxes whose vertical centre lies within its first box.
    std::size_t end = first + 1;
    while (end < by_top.size() && box(end).cy() <= box(first).y1) ++end;
    const auto from = by_top.begin() + static_cast<std::ptrdiff_t>(first);
    const auto to = by_top.begin() + static_cast<std::ptrdiff_t>(end);
    std::vector<int> row(from, to);
    std::stable_sort(row.begin(), row.end(), [&](int a, int b) { return boxes[a].x0 < boxes[b].x0; });
    order.insert(order.end(), row.begin(), row.end());
    first = end;
  }
  return Ranks(order);
}

std::vector<int> ReadingOrder(const std::vector<ingest::Box>& boxes, double page_width) {
  std::vector<int> order = ByTop(boxes);
  if (const auto gutter = FindGutter(boxes, page_width)) {
    // Bands between crossing boxes; left column, then right, in each.
    std::vector<int> out, left, right;
    auto flush = [&] {
      out.insert(out.end(), left.begin(), left.end());
      out.insert(out.end(), right.begin(), right.end());
      left.clear();
      right.clear();
    };
    for (int i : order) {
      const ingest::Box& b = boxes[static_cast<std::size_t>(i)];
      if (b.x1 <= *gutter + kTouch) {
        left.push_back(i);
      } else if (b.x0 >= *gutter - kTouch) {
        right.push_back(i);
      } else {
        flush();
        out.push_back(i);
      }
    }
    flush();
    order = std::move(out);
  }
  return Ranks(order);
}

}  // namespace ogpx::layout
