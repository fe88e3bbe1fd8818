// Unruled sub-columns inside ruled columns (see table_subcols.h).
#include "layout/tables/subcols.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "layout/tables/text.h"

namespace ogpx::layout::repair {
namespace {

constexpr int kMinRows = 3;          // cells with words on both sides of the channel
constexpr double kMinGap = 0.8;      // channel width, in line heights

// Words of `page` whose centre lies in the cell's region on that page.
std::vector<int> WordsOf(const ingest::Page& page, const Cell& c) {
  std::vector<int> out;
  for (const Region& r : c.regions)
    if (r.page == page.number)
      for (std::size_t i = 0; i < page.words.size(); ++i)
        if (cells::CentreIn(page.words[i], r.box) && !cells::IsLeader(page.words[i].text))
          out.push_back(static_cast<int>(i));
  return out;
}

// The x of a channel inside column `col`, or nullopt.
std::optional<double> Channel(const ingest::Page& page, const Table& t, int col) {
  double x0 = 1e18, x1 = -1e18, height = 0;
  std::vector<std::vector<int>> cells;
  for (const Cell& c : t.cells) {
    if (c.col_span != 1 || c.col + c.col_span <= col || c.col > col) continue;
    if (!c.nested.empty()) return std::nullopt;
    if (c.col != col) continue;
    auto w = WordsOf(page, c);
    if (w.empty()) continue;
    for (int i : w) {
      const ingest::Box& b = page.words[static_cast<std::size_t>(i)].box;
      x0 = std::min(x0, b.x0);
      x1 = std::max(x1, b.x1);
      height = std::max(height, b.height());
    }
    cells.push_back(std::move(w));
  }
  if (static_cast<int>(cells.size()) < kMinRows || x1 <= x0) return std::nullopt;
  const int n = static_cast<int>(std::ceil(x1 - x0)) + 1;
  // Cells covering each x (a header over both sub-columns may cross).
  std::vector<int> count(static_cast<std::size_t>(n), 0);
  for (const auto& w : cells) {
    std::vector<char> mine(static_cast<std::size_t>(n), 0);
    for (int i : w) {
      const ingest::Box& b = page.words[static_cast<std::size_t>(i)].box;
      for (int x = static_cast<int>(std::floor(b.x0 - x0)); x < static_cast<int>(std::ceil(b.x1 - x0)); ++x)
        if (x >= 0 && x < n) mine[static_cast<std::size_t>(x)] = 1;
    }
    for (int x = 0; x < n; ++x) count[static_cast<std::size_t>(x)] += mine[static_cast<std::size_t>(x)];
  }
  const int allowed = static_cast<int>(cells.size()) / 5;
  // The widest free run strictly inside.
  int best_start = -1, best_len = 0, start = -1;
  for (int x = 0; x <= n; ++x) {
    const bool free = x < n && count[static_cast<std::size_t>(x)] <= allowed;
    if (free && start < 0) start = x;
    if (!free && start >= 0) {
      if (start > 0 && x < n && x - start > best_len) {
        best_start = start;
        best_len = x - start;
      }
      start = -1;
    }
  }
  if (best_start < 0 || best_len < kMinGap * height) return std::nullopt;
  const double sep = x0 + best_start + best_len / 2.0;
  int both = 0;
  for (const auto& w : cells) {
    bool left = false, right = false;
    for (int i : w) (page.words[static_cast<std::size_t>(i)].box.cx() < sep ? left : right) = true;
    both += left && right ? 1 : 0;
  }
  if (both < kMinRows) return std::nullopt;
  return sep;
}

Cell Part(const ingest::Page& page, const Cell& c, const std::vector<int>& words, int col, double x0,
          double x1) {
  Cell p;
  p.row = c.row;
  p.row_span = c.row_span;
  p.col = col;
  for (const Region& r : c.regions) p.regions.push_back({r.page, {x0, r.box.y0, x1, r.box.y1}});
  p.lines = cells::MakeLines(page, words);
  p.text = cells::JoinLines(p.lines);
  return p;
}

}  // namespace

void SplitSubColumns(const ingest::Page& page, Table& t) {
  for (int col = t.cols - 1; col >= 0; --col) {
    const auto sep = Channel(page, t, col);
    if (!sep) continue;
    std::vector<Cell> out;
    for (Cell& c : t.cells) {
      if (c.col > col) {
        ++c.col;
      } else if (c.col + c.col_span > col && c.col_span > 1) {
        ++c.col_span;
      } else if (c.col == col) {
        const auto words = WordsOf(page, c);
        const bool crosses = std::any_of(words.begin(), words.end(), [&](int i) {
          const ingest::Box& b = page.words[static_cast<std::size_t>(i)].box;
          return b.x0 < *sep && b.x1 > *sep;
        });
        if (crosses) {  // a header over both sub-columns
          ++c.col_span;
          out.push_back(std::move(c));
          continue;
        }
        std::vector<int> left, right;
        for (int i : words)
          (page.words[static_cast<std::size_t>(i)].box.cx() < *sep ? left : right).push_back(i);
        const ingest::Box& b = c.regions.front().box;
        out.push_back(Part(page, c, left, col, b.x0, *sep));
        out.push_back(Part(page, c, right, col + 1, *sep, b.x1));
        continue;
      }
      out.push_back(std::move(c));
    }
    t.cells = std::move(out);
    ++t.cols;
  }
  std::sort(t.cells.begin(), t.cells.end(), [](const Cell& a, const Cell& b) {
    return a.row != b.row ? a.row < b.row : a.col < b.col;
  });
}

}  // namespace ogpx::layout::repair
