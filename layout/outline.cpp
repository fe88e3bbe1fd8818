// The outline of the free text (see outline.h).
#include "layout/outline.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "base/text.h"
#include "layout/lists.h"
#include "layout/running.h"

namespace ogpx::layout {
namespace {

// Cell lines whose centres are closer than this share of the shorter line's
// height stand on one baseline.
constexpr double kSameBaselineShare = 0.5;

bool OneBaseline(const ingest::Box& a, const ingest::Box& b) {
  return std::abs(a.cy() - b.cy()) <= kSameBaselineShare * std::min(a.height(), b.height());
}

}  // namespace

bool IsContentsLine(const std::string& text) {
  return text.find("...") != std::string::npos || text.find("…") != std::string::npos ||
         text.find(". . .") != std::string::npos || text.find("___") != std::string::npos;
}

std::vector<StyledLine> LinesOf(const StreamItem& it) {
  if (!it.is_row()) return {{it.line.page, it.line.box, it.line.text, it.line.font_size, it.line.bold}};
  std::vector<const CellLine*> parts;
  for (const Cell* c : it.cells)
    for (const CellLine& l : c->lines) parts.push_back(&l);
  std::sort(parts.begin(), parts.end(), [](const CellLine* a, const CellLine* b) {
    if (a->page != b->page) return a->page < b->page;
    if (!OneBaseline(a->box, b->box)) return a->box.cy() < b->box.cy();
    return a->box.x0 < b->box.x0;
  });
  std::vector<StyledLine> out;
  for (const CellLine* p : parts) {
    if (!out.empty() && out.back().page == p->page && OneBaseline(out.back().box, p->box)) {
      StyledLine& l = out.back();
      l.text += " " + p->text;
      l.box = {std::min(l.box.x0, p->box.x0), std::min(l.box.y0, p->box.y0), std::max(l.box.x1, p->box.x1),
               std::max(l.box.y1, p->box.y1)};
      l.bold = l.bold && p->bold;
      continue;
    }
    out.push_back({p->page, p->box, p->text, p->font_size, p->bold});
  }
  return out;
}

Outline BuildOutline(const std::vector<StreamItem>& stream) {
  Outline o;
  std::vector<OutlineLine> free;
  std::vector<StyledLine> lines;
  for (std::size_t i = 0; i < stream.size(); ++i) {
    const StreamItem& it = stream[i];
    if (it.is_row() && it.table->ruled) continue;  // a real table
    for (const StyledLine& l : LinesOf(it)) {
      if (IsContentsLine(l.text)) continue;
      free.push_back({i, l});
      lines.push_back(l);
    }
  }
  // Running headers and footers are no part of the text.
  const std::vector<bool> running = RunningAmong(lines);
  std::vector<StyledLine> kept;
  for (std::size_t i = 0; i < free.size(); ++i) {
    if (running[i]) continue;
    o.lines.push_back(std::move(free[i]));
    kept.push_back(std::move(lines[i]));
  }
  for (const OutlineLine& f : o.lines) {
    if (auto b = AfterBullet(text::FoldWhitespace(f.line.text)); b && b->empty()) o.marks.push_back(f.line);
  }
  o.headings = FindHeadings(kept);
  o.body = BodySize(kept);
  o.leading = BodyLeading(kept, o.body);
  return o;
}

bool MarkBeside(const StyledLine& mark, const StyledLine& line) {
  const ingest::Box& m = mark.box;
  const double h = line.box.height();
  return mark.page == line.page && m.x1 <= line.box.x0 && line.box.x0 - m.x1 <= kMarkReachEm * h &&
         m.height() <= kMarkHeightShare * h && std::abs(m.cy() - line.box.cy()) <= 0.5 * h;
}

void AddDrawnMarks(const ingest::Document& doc, Outline& o) {
  std::map<int, std::vector<const StyledLine*>> by_page;  // the outline's lines of each page
  for (const OutlineLine& ol : o.lines) by_page[ol.line.page].push_back(&ol.line);
  for (const ingest::Page& page : doc.pages) {
    auto lines = by_page.find(page.number);
    if (page.marks.empty() || lines == by_page.end()) continue;
    for (const ingest::Box& m : page.marks) {
      const StyledLine mark{page.number, m, "\u2022", 0, false, 0};
      if (std::any_of(lines->second.begin(), lines->second.end(),
                      [&](const StyledLine* l) { return MarkBeside(mark, *l); }))
        o.marks.push_back(mark);
    }
  }
}

}  // namespace ogpx::layout
