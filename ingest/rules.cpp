#include "ingest/rules.h"

#include <algorithm>
#include <cmath>

namespace ogpx::ingest {
namespace {

// Merges rules of one orientation. `pos` is the fixed coordinate, [lo, hi]
// the extent along the rule.
struct Piece {
  double pos, lo, hi, width;
};

std::vector<Piece> MergeOneWay(std::vector<Piece> pieces, double align, double gap) {
  std::sort(pieces.begin(), pieces.end(),
            [](const Piece& a, const Piece& b) { return a.pos < b.pos || (a.pos == b.pos && a.lo < b.lo); });
  // Cluster by position, then merge extents within each cluster.
  std::vector<Piece> out;
  std::size_t i = 0;
  while (i < pieces.size()) {
    std::size_t j = i + 1;
    while (j < pieces.size() && pieces[j].pos - pieces[j - 1].pos <= align) ++j;
    std::vector<Piece> cluster(pieces.begin() + i, pieces.begin() + j);
    std::sort(cluster.begin(), cluster.end(), [](const Piece& a, const Piece& b) { return a.lo < b.lo; });
    Piece cur = cluster.front();
    double weight = cur.hi - cur.lo, pos_sum = cur.pos * weight;
    auto flush = [&] {
      cur.pos = weight > 0 ? pos_sum / weight : cur.pos;
      out.push_back(cur);
    };
    for (std::size_t k = 1; k < cluster.size(); ++k) {
      const Piece& p = cluster[k];
      if (p.lo <= cur.hi + gap) {
        cur.hi = std::max(cur.hi, p.hi);
        cur.width = std::max(cur.width, p.width);
        double w = std::max(p.hi - p.lo, 0.01);
        weight += w;
        pos_sum += p.pos * w;
      } else {
        flush();
        cur = p;
        weight = std::max(p.hi - p.lo, 0.01);
        pos_sum = p.pos * weight;
      }
    }
    flush();
    i = j;
  }
  return out;
}

}  // namespace

std::vector<Rule> MergeRules(std::vector<Rule> pieces, double align, double gap, double min_length) {
  std::vector<Piece> h, v;
  for (const Rule& r : pieces) {
    if (r.horizontal())
      h.push_back({r.y0, std::min(r.x0, r.x1), std::max(r.x0, r.x1), r.width});
    else
      v.push_back({r.x0, std::min(r.y0, r.y1), std::max(r.y0, r.y1), r.width});
  }
  std::vector<Rule> out;
  for (const Piece& p : MergeOneWay(std::move(h), align, gap))
    if (p.hi - p.lo >= min_length) out.push_back({p.lo, p.pos, p.hi, p.pos, p.width});
  for (const Piece& p : MergeOneWay(std::move(v), align, gap))
    if (p.hi - p.lo >= min_length) out.push_back({p.pos, p.lo, p.pos, p.hi, p.width});
  return out;
}

}  // namespace ogpx::ingest
