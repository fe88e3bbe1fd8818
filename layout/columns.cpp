// ReadingOrder (see columns.h).
#include "layout/columns.h"

#include <algorithm>
#include <numeric>
#include <optional>

namespace ogpx::layout {
namespace {

// Step of the search for a gutter (points).
constexpr double kGutterStep = 2.0;
// A box may touch the gutter by this much (points) without crossing it.
constexpr double kTouch = 1.0;

std::optional<double> FindGutter(const std::vector<ingest::Box>& boxes, double width) {
  std::optional<double> best;
  int best_score = 0;
  for (double x = width * kGutterFrom; x <= width * kGutterTo; x += kGutterStep) {
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

}  // namespace

std::vector<int> ReadingOrder(const std::vector<ingest::Box>& boxes, double page_width) {
  std::vector<int> order(boxes.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return boxes[a].y0 < boxes[b].y0; });
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
  std::vector<int> rank(boxes.size());
  for (std::size_t k = 0; k < order.size(); ++k) rank[static_cast<std::size_t>(order[k])] = static_cast<int>(k);
  return rank;
}

}  // namespace ogpx::layout
