// A cell's words by row and the rules inside it (see cell_words.h).
#include "layout/tables/cell_words.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "layout/tables/refill.h"

namespace ogpx::layout {
namespace {

const ingest::Page* PageOf(const ingest::Document& doc, int number) {
  auto page = std::find_if(doc.pages.begin(), doc.pages.end(), [&](const ingest::Page& p) { return p.number == number; });
  return page == doc.pages.end() ? nullptr : &*page;
}

double MidY(const WordRow& r) {
  double y = 0;
  for (const ingest::Word* w : r.words) y += w->box.cy();
  return y / static_cast<double>(r.words.size());
}

void SortLeftToRight(std::vector<const ingest::Word*>& words) {
  std::sort(words.begin(), words.end(), [](auto* a, auto* b) { return a->box.x0 < b->box.x0; });
}

// Lines cut at the cell's edges, put back together when they share a
// baseline: one entry per visual row of the cell.
std::vector<WordRow> MergeRows(std::vector<WordRow> lines) {
  std::stable_sort(lines.begin(), lines.end(), [](const WordRow& a, const WordRow& b) {
    return a.page != b.page ? a.page < b.page : MidY(a) < MidY(b);
  });
  std::vector<WordRow> out;
  for (WordRow& l : lines) {
    if (!out.empty() && out.back().page == l.page) {
      const double h = std::max(kMinRowGap, l.words.front()->box.height() * kSameRowShare);
      if (std::abs(MidY(out.back()) - MidY(l)) < h) {
        out.back().words.insert(out.back().words.end(), l.words.begin(), l.words.end());
        SortLeftToRight(out.back().words);
        continue;
      }
    }
    out.push_back(std::move(l));
  }
  return out;
}

}  // namespace

std::vector<WordRow> CellWordRows(const ingest::Document& doc, const Cell& cell) {
  std::map<int, std::vector<ingest::Box>> boxes;
  for (const Region& r : cell.regions) boxes[r.page].push_back(r.box);
  std::vector<WordRow> lines;
  for (const auto& [number, regions] : boxes) {
    const ingest::Page* page = PageOf(doc, number);
    if (page == nullptr) continue;
    for (const ingest::TextLine& tl : page->lines) {
      WordRow row;
      row.page = number;
      row.ocr = page->source == ingest::PageSource::kOcr;
      for (int i : tl.words) {
        const ingest::Word& w = page->words[static_cast<std::size_t>(i)];
        if (std::any_of(regions.begin(), regions.end(), [&](const ingest::Box& b) { return CentreInside(w.box, b); }))
          row.words.push_back(&w);
      }
      if (row.words.empty()) continue;
      SortLeftToRight(row.words);
      lines.push_back(std::move(row));
    }
  }
  return MergeRows(std::move(lines));
}

std::vector<double> VerticalRulesIn(const ingest::Document& doc, const Cell& cell, int page, double top,
                                    double bottom) {
  double left = 1e9, right = -1e9;
  for (const Region& r : cell.regions) {
    if (r.page != page) continue;
    left = std::min(left, r.box.x0);
    right = std::max(right, r.box.x1);
  }
  std::vector<double> xs;
  if (const ingest::Page* p = PageOf(doc, page)) {
    for (const ingest::Rule& rule : p->rules) {
      if (rule.horizontal() || rule.x0 < left + kRuleInset || rule.x0 > right - kRuleInset) continue;
      if (rule.y0 > bottom || rule.y1 < top) continue;
      if (xs.empty() || std::abs(xs.back() - rule.x0) > kSameRuleGap) xs.push_back(rule.x0);
    }
  }
  std::sort(xs.begin(), xs.end());
  xs.erase(std::unique(xs.begin(), xs.end(), [](double a, double b) { return std::abs(a - b) <= kSameRuleGap; }),
           xs.end());
  return xs;
}

}  // namespace ogpx::layout
