// Visual rows of a page (see rows.h).
#include "layout/rows.h"

#include <algorithm>
#include <cmath>

namespace ogpx::layout {
namespace {


// OCR words below this confidence (0..100) are ink, not text ("~~").
constexpr double kMinConfidence = 20;

double Median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

ingest::Box Union(const ingest::Box& a, const ingest::Box& b) {
  return {std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1), std::max(a.y1, b.y1)};
}

TextRow MakeRow(int page, std::vector<const ingest::Word*> words, double gap_factor) {
  std::sort(words.begin(), words.end(),
            [](const ingest::Word* a, const ingest::Word* b) { return a->box.x0 < b->box.x0; });
  TextRow row;
  row.page = page;
  std::vector<double> heights;
  for (const auto* w : words) heights.push_back(w->box.height());
  row.height = Median(heights);
  const double gap = std::max(6.0, gap_factor * row.height);
  const ingest::Word* prev = nullptr;
  for (const auto* w : words) {
    if (!prev || w->box.x0 - prev->box.x1 > gap) {
      row.segments.push_back({w->box, w->text});
    } else {
      RowSegment& s = row.segments.back();
      // Words that touch (no space in the text layer) stay glued.
      if (prev->space_after || w->box.x0 - prev->box.x1 > 0.15 * row.height) s.text += ' ';
      s.text += w->text;
      s.box = Union(s.box, w->box);
    }
    prev = w;
  }
  for (std::size_t i = 0; i < row.segments.size(); ++i) {
    if (i) row.text += ' ';
    row.text += row.segments[i].text;
    row.box = i ? Union(row.box, row.segments[i].box) : row.segments[i].box;
  }
  return row;
}

}  // namespace

std::vector<TextRow> PageRows(const ingest::Page& page, double gap_factor) {
  // Start from ingest's lines (they follow OCR's line structure and skew);
  // words outside any line become lines of their own.
  std::vector<std::vector<const ingest::Word*>> groups;
  std::vector<ingest::Box> boxes;
  std::vector<bool> used(page.words.size(), false);
  for (const auto& line : page.lines) {
    std::vector<const ingest::Word*> g;
    ingest::Box box;
    for (int i : line.words) {
      if (i < 0 || static_cast<std::size_t>(i) >= page.words.size() || used[i]) continue;
      const auto& w = page.words[i];
      if (w.text.empty() || w.confidence < kMinConfidence) continue;
      used[i] = true;
      box = g.empty() ? w.box : Union(box, w.box);
      g.push_back(&w);
    }
    if (!g.empty()) {
      groups.push_back(std::move(g));
      boxes.push_back(box);
    }
  }
  for (std::size_t i = 0; i < page.words.size(); ++i) {
    if (used[i] || page.words[i].text.empty() || page.words[i].confidence < kMinConfidence) continue;
    groups.push_back({&page.words[i]});
    boxes.push_back(page.words[i].box);
  }
  // Order by vertical centre, then merge groups that share a row: their
  // median word centres lie within half a word height (Poppler's three
  // pieces of "date   number   place"; a name OCR read as its own line).
  // Stamp fragments sit off the row's centre and stay apart.
  std::vector<double> centres(groups.size()), heights(groups.size());
  for (std::size_t g = 0; g < groups.size(); ++g) {
    std::vector<double> cy, h;
    for (const auto* w : groups[g]) {
      cy.push_back(w->box.cy());
      h.push_back(w->box.height());
    }
    centres[g] = Median(cy);
    heights[g] = Median(h);
  }
  std::vector<std::size_t> order(groups.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return centres[a] < centres[b] || (centres[a] == centres[b] && boxes[a].x0 < boxes[b].x0);
  });
  std::vector<std::vector<const ingest::Word*>> merged;
  std::vector<double> merged_centre, merged_height;
  for (std::size_t k : order) {
    bool joined = false;
    for (std::size_t m = merged.size(); m-- > 0 && m + 3 >= merged.size();) {
      const double tol = 0.5 * std::max(merged_height[m], heights[k]);
      if (std::abs(merged_centre[m] - centres[k]) <= tol) {
        merged[m].insert(merged[m].end(), groups[k].begin(), groups[k].end());
        joined = true;
        break;
      }
    }
    if (!joined) {
      merged.push_back(groups[k]);
      merged_centre.push_back(centres[k]);
      merged_height.push_back(heights[k]);
    }
  }
  std::vector<TextRow> rows;
  for (auto& g : merged) rows.push_back(MakeRow(page.number, std::move(g), gap_factor));
  std::stable_sort(rows.begin(), rows.end(), [](const TextRow& a, const TextRow& b) { return a.box.cy() < b.box.cy(); });
  return rows;
}

std::vector<PageRowList> BuildPageRows(const ingest::Document& doc) {
  std::vector<PageRowList> out;
  out.reserve(doc.pages.size());
  for (const ingest::Page& page : doc.pages) out.push_back({page.number, page.height, PageRows(page)});
  return out;
}

}  // namespace ogpx::layout
