// Lines of a table cell; see cell_lines.h.
#include "extract/common/cell_lines.h"

#include <algorithm>

#include "base/text.h"

namespace ogpx::extract {
namespace {

// Right edge of `cell` on `page` (the cell's region there, else its lines).
double RightEdge(const Cell& cell, int page) {
  for (const auto& r : cell.regions)
    if (r.page == page) return r.box.x1;
  double x1 = 0;
  for (const auto& l : cell.lines)
    if (l.page == page) x1 = std::max(x1, l.box.x1);
  return x1;
}

}  // namespace

// Lines of a cell, each marked when it was wrapped: the first word of the
// next line would not have fitted in the room left at its end.
std::vector<TextLine> CellTextLines(const Cell& cell) {
  std::vector<TextLine> out;
  for (std::size_t i = 0; i < cell.lines.size(); ++i) {
    const CellLine& line = cell.lines[i];
    TextLine t{line.text, false};
    if (i + 1 < cell.lines.size()) {
      const CellLine& next = cell.lines[i + 1];
      const double char_w = line.box.width() / static_cast<double>(std::max<std::size_t>(1, text::CodePointCount(line.text)));
      const double next_char_w =
          next.box.width() / static_cast<double>(std::max<std::size_t>(1, text::CodePointCount(next.text)));
      const std::string first_word = next.text.substr(0, next.text.find(' '));
      const double need = next_char_w * static_cast<double>(text::CodePointCount(first_word) + 1);
      // Cell padding on the right is about one character.
      const double room = RightEdge(cell, line.page) - line.box.x1 - char_w;
      t.reaches_edge = need > room;
    }
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace ogpx::extract
