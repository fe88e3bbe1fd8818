// What the action-plan reader does with the cells of its rows (see rows.h).
#include "extract/plan/rows.h"

#include <algorithm>
#include <cmath>

namespace ogpx::extract::plan {

std::vector<std::string> LineTexts(const Cell& cell) {
  std::vector<std::string> out;
  for (const CellLine& l : cell.lines) out.push_back(l.text);
  return out;
}

std::set<int> CellPages(const Cell& cell) {
  std::set<int> out;
  for (const Region& r : cell.regions) out.insert(r.page);
  for (const CellLine& l : cell.lines) out.insert(l.page);
  return out;
}

Cell MergeCells(const std::vector<const Cell*>& cells) {
  Cell out;
  if (cells.empty()) return out;
  out.row = cells.front()->row;
  out.col = cells.front()->col;
  for (const Cell* c : cells) {
    out.regions.insert(out.regions.end(), c->regions.begin(), c->regions.end());
    out.lines.insert(out.lines.end(), c->lines.begin(), c->lines.end());
    out.nested.insert(out.nested.end(), c->nested.begin(), c->nested.end());
    if (!c->text.empty()) out.text += (out.text.empty() ? "" : " ") + c->text;
  }
  return out;
}

Cell JoinRowCells(const std::vector<const Cell*>& cells) {
  Cell out = MergeCells(cells);
  std::vector<CellLine> lines = out.lines;
  std::stable_sort(lines.begin(), lines.end(), [](const CellLine& a, const CellLine& b) {
    if (a.page != b.page) return a.page < b.page;
    if (std::abs(a.box.cy() - b.box.cy()) > 2.0) return a.box.cy() < b.box.cy();
    return a.box.x0 < b.box.x0;
  });
  out.lines.clear();
  for (const CellLine& l : lines) {
    if (!out.lines.empty()) {
      CellLine& last = out.lines.back();
      if (last.page == l.page && std::abs(last.box.cy() - l.box.cy()) <= 2.0 &&
          l.box.x0 >= last.box.x1 - 1) {
        last.text += " " + l.text;
        last.box.x1 = std::max(last.box.x1, l.box.x1);
        last.box.y0 = std::min(last.box.y0, l.box.y0);
        last.box.y1 = std::max(last.box.y1, l.box.y1);
        continue;
      }
    }
    out.lines.push_back(l);
  }
  return out;
}

double CellRightEdge(const Cell& cell) {
  double x1 = 0;
  for (const Region& r : cell.regions) x1 = std::max(x1, r.box.x1);
  return x1 > 0 ? x1 - 3.0 : 0.0;
}

}  // namespace ogpx::extract::plan
