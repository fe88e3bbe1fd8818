// Ruled grids: snapping, grouping and cell spans (see grid.h).
#include "layout/tables/grid.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <utility>

namespace ogpx::layout::grid {
namespace {

using ingest::Rule;

// Joins rules lying on (nearly) the same line. `pos` is the constant
// coordinate, [lo, hi] the extent; works for both orientations.
struct Seg {
  double pos, lo, hi, width;
};

std::vector<Seg> JoinSegs(std::vector<Seg> segs, const Tolerances& tol) {
  std::sort(segs.begin(), segs.end(),
            [](const Seg& a, const Seg& b) { return a.pos != b.pos ? a.pos < b.pos : a.lo < b.lo; });
  std::vector<Seg> out;
  std::size_t i = 0;
  while (i < segs.size()) {
    // One band of nearly equal positions.
    std::size_t j = i + 1;
    while (j < segs.size() && segs[j].pos - segs[j - 1].pos <= tol.snap / 2 &&
           segs[j].pos - segs[i].pos <= tol.snap)
      ++j;
    std::vector<Seg> band(segs.begin() + static_cast<std::ptrdiff_t>(i),
                          segs.begin() + static_cast<std::ptrdiff_t>(j));
    std::sort(band.begin(), band.end(), [](const Seg& a, const Seg& b) { return a.lo < b.lo; });
    Seg cur = band.front();
    double weight = cur.hi - cur.lo, pos_sum = cur.pos * weight;
    auto flush = [&] {
      if (weight > 0) cur.pos = pos_sum / weight;
      out.push_back(cur);
    };
    for (std::size_t k = 1; k < band.size(); ++k) {
      const Seg& s = band[k];
      if (s.lo <= cur.hi + tol.gap) {
        cur.hi = std::max(cur.hi, s.hi);
        cur.width = std::max(cur.width, s.width);
        weight += s.hi - s.lo;
        pos_sum += s.pos * (s.hi - s.lo);
      } else {
        flush();
        cur = s;
        weight = s.hi - s.lo;
        pos_sum = s.pos * weight;
      }
    }
    flush();
    i = j;
  }
  return out;
}

bool Touch(const Rule& h, const Rule& v, double tol) {
  return v.x0 >= h.x0 - tol && v.x0 <= h.x1 + tol && h.y0 >= v.y0 - tol && h.y0 <= v.y1 + tol;
}

// Length of [a, b] covered by the union of `spans`.
double Coverage(std::vector<std::pair<double, double>> spans, double a, double b) {
  std::sort(spans.begin(), spans.end());
  double covered = 0, end = a;
  for (auto [lo, hi] : spans) {
    lo = std::max(lo, end);
    hi = std::min(hi, b);
    if (hi > lo) {
      covered += hi - lo;
      end = hi;
    }
  }
  return covered;
}

struct UnionFind {
  std::vector<int> parent;
  explicit UnionFind(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  int Find(int i) {
    while (parent[static_cast<std::size_t>(i)] != i) {
      parent[static_cast<std::size_t>(i)] =
          parent[static_cast<std::size_t>(parent[static_cast<std::size_t>(i)])];
      i = parent[static_cast<std::size_t>(i)];
    }
    return i;
  }
  void Unite(int a, int b) { parent[static_cast<std::size_t>(Find(a))] = Find(b); }
};

}  // namespace

std::vector<double> Cluster(std::vector<double> values, double tol) {
  std::sort(values.begin(), values.end());
  std::vector<double> out;
  std::size_t i = 0;
  while (i < values.size()) {
    std::size_t j = i + 1;
    double sum = values[i];
    while (j < values.size() && values[j] - values[j - 1] <= tol && values[j] - values[i] <= 2 * tol) {
      sum += values[j];
      ++j;
    }
    out.push_back(sum / static_cast<double>(j - i));
    i = j;
  }
  return out;
}

std::vector<Rule> SnapRules(const std::vector<Rule>& rules, const Tolerances& tol) {
  std::vector<Seg> hs, vs;
  for (const Rule& r : rules) {
    double x0 = std::min(r.x0, r.x1), x1 = std::max(r.x0, r.x1);
    double y0 = std::min(r.y0, r.y1), y1 = std::max(r.y0, r.y1);
    if (!std::isfinite(x0) || !std::isfinite(x1) || !std::isfinite(y0) || !std::isfinite(y1))
      continue;
    if (y1 - y0 <= x1 - x0) {
      if (x1 - x0 >= tol.min_length) hs.push_back({(y0 + y1) / 2, x0, x1, r.width});
    } else if (y1 - y0 >= tol.min_length) {
      vs.push_back({(x0 + x1) / 2, y0, y1, r.width});
    }
  }
  std::vector<Rule> out;
  for (const Seg& s : JoinSegs(std::move(hs), tol)) out.push_back({s.lo, s.pos, s.hi, s.pos, s.width});
  for (const Seg& s : JoinSegs(std::move(vs), tol)) out.push_back({s.pos, s.lo, s.pos, s.hi, s.width});
  return out;
}

std::vector<std::vector<Rule>> GroupRules(const std::vector<Rule>& rules, const Tolerances& tol) {
  UnionFind uf(rules.size());
  for (std::size_t i = 0; i < rules.size(); ++i) {
    if (!rules[i].horizontal()) continue;
    for (std::size_t j = 0; j < rules.size(); ++j)
      if (!rules[j].horizontal() && Touch(rules[i], rules[j], tol.touch))
        uf.Unite(static_cast<int>(i), static_cast<int>(j));
  }
  std::vector<std::vector<Rule>> groups;
  std::vector<int> index(rules.size(), -1);
  for (std::size_t i = 0; i < rules.size(); ++i) {
    auto root = static_cast<std::size_t>(uf.Find(static_cast<int>(i)));
    if (index[root] < 0) {
      index[root] = static_cast<int>(groups.size());
      groups.emplace_back();
    }
    groups[static_cast<std::size_t>(index[root])].push_back(rules[i]);
  }
  auto top = [](const std::vector<Rule>& g) {
    double y = g.front().y0;
    for (const Rule& r : g) y = std::min(y, r.y0);
    return y;
  };
  std::stable_sort(groups.begin(), groups.end(),
                   [&](const auto& a, const auto& b) { return top(a) < top(b); });
  return groups;
}

std::optional<Grid> BuildGrid(const std::vector<Rule>& group, const Tolerances& tol) {
  if (group.empty()) return std::nullopt;
  Grid g;
  g.box = {group.front().x0, group.front().y0, group.front().x1, group.front().y1};
  std::vector<double> xs, ys;
  for (const Rule& r : group) {
    g.box.x0 = std::min(g.box.x0, r.x0);
    g.box.y0 = std::min(g.box.y0, r.y0);
    g.box.x1 = std::max(g.box.x1, r.x1);
    g.box.y1 = std::max(g.box.y1, r.y1);
    (r.horizontal() ? ys : xs).push_back(r.horizontal() ? r.y0 : r.x0);
  }
  // The group's outer edges count as lines unless a rule lies near them (an
  // overshoot): tables without outer borders still get their first and last
  // column / row.
  auto with_edges = [&](std::vector<double> v, double lo, double hi) {
    v = Cluster(std::move(v), tol.snap);
    const double reach = 2 * tol.touch;
    if (v.empty() || v.front() - lo > reach) v.insert(v.begin(), lo);
    if (hi - v.back() > reach) v.push_back(hi);
    return v;
  };
  g.xs = with_edges(std::move(xs), g.box.x0, g.box.x1);
  g.ys = with_edges(std::move(ys), g.box.y0, g.box.y1);
  g.box = {g.xs.front(), g.ys.front(), g.xs.back(), g.ys.back()};
  const int nr = g.rows(), nc = g.cols();
  if (nr < 1 || nc < 1) return std::nullopt;

  // Rule coverage of the side between two neighbouring elementary cells.
  auto present = [&](bool vertical, double pos, double a, double b) {
    std::vector<std::pair<double, double>> spans;
    for (const Rule& r : group) {
      if (vertical && !r.horizontal() && std::abs(r.x0 - pos) <= tol.touch)
        spans.emplace_back(r.y0 - tol.touch, r.y1 + tol.touch);
      if (!vertical && r.horizontal() && std::abs(r.y0 - pos) <= tol.touch)
        spans.emplace_back(r.x0 - tol.touch, r.x1 + tol.touch);
    }
    return Coverage(std::move(spans), a, b) >= 0.5 * (b - a);
  };
  auto id = [nc](int r, int c) { return r * nc + c; };
  UnionFind uf(static_cast<std::size_t>(nr * nc));
  for (int r = 0; r < nr; ++r)
    for (int c = 0; c < nc; ++c) {
      auto ur = static_cast<std::size_t>(r), uc = static_cast<std::size_t>(c);
      if (c + 1 < nc && !present(true, g.xs[uc + 1], g.ys[ur], g.ys[ur + 1]))
        uf.Unite(id(r, c), id(r, c + 1));
      if (r + 1 < nr && !present(false, g.ys[ur + 1], g.xs[uc], g.xs[uc + 1]))
        uf.Unite(id(r, c), id(r + 1, c));
    }
  // Bounding rectangle of each merged group; overlapping rectangles merge
  // (an L-shaped hole in the rules becomes one rectangle).
  struct Rect {
    int r0, c0, r1, c1;
  };
  std::vector<Rect> rects;
  std::vector<int> slot(static_cast<std::size_t>(nr * nc), -1);
  for (int r = 0; r < nr; ++r)
    for (int c = 0; c < nc; ++c) {
      auto root = static_cast<std::size_t>(uf.Find(id(r, c)));
      if (slot[root] < 0) {
        slot[root] = static_cast<int>(rects.size());
        rects.push_back({r, c, r, c});
      }
      Rect& q = rects[static_cast<std::size_t>(slot[root])];
      q = {std::min(q.r0, r), std::min(q.c0, c), std::max(q.r1, r), std::max(q.c1, c)};
    }
  for (bool changed = true; changed;) {
    changed = false;
    for (std::size_t i = 0; i < rects.size() && !changed; ++i)
      for (std::size_t j = i + 1; j < rects.size() && !changed; ++j) {
        const Rect &a = rects[i], &b = rects[j];
        if (a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1) {
          rects[i] = {std::min(a.r0, b.r0), std::min(a.c0, b.c0), std::max(a.r1, b.r1),
                      std::max(a.c1, b.c1)};
          rects.erase(rects.begin() + static_cast<std::ptrdiff_t>(j));
          changed = true;
        }
      }
  }
  std::sort(rects.begin(), rects.end(),
            [](const Rect& a, const Rect& b) { return a.r0 != b.r0 ? a.r0 < b.r0 : a.c0 < b.c0; });
  for (const Rect& q : rects) {
    GridCell cell;
    cell.row = q.r0;
    cell.col = q.c0;
    cell.row_span = q.r1 - q.r0 + 1;
    cell.col_span = q.c1 - q.c0 + 1;
    cell.box = {g.xs[static_cast<std::size_t>(q.c0)], g.ys[static_cast<std::size_t>(q.r0)],
                g.xs[static_cast<std::size_t>(q.c1 + 1)], g.ys[static_cast<std::size_t>(q.r1 + 1)]};
    g.cells.push_back(cell);
  }
  return g;
}

std::vector<ingest::Rule> TakeRulesInside(std::vector<ingest::Rule>& rules, const ingest::Box& box,
                                          double margin) {
  std::vector<ingest::Rule> inside, rest;
  for (const ingest::Rule& r : rules) {
    const bool within = r.x0 >= box.x0 - margin && r.x1 <= box.x1 + margin && r.y0 >= box.y0 - margin &&
                        r.y1 <= box.y1 + margin;
    const bool clear = r.horizontal() ? r.y0 > box.y0 + margin && r.y0 < box.y1 - margin
                                      : r.x0 > box.x0 + margin && r.x0 < box.x1 - margin;
    (within && clear ? inside : rest).push_back(r);
  }
  rules = std::move(rest);
  return inside;
}

}  // namespace ogpx::layout::grid
