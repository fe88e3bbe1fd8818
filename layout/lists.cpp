// Lists and their nesting (see lists.h).
#include "layout/lists.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "base/text.h"

namespace ogpx::layout {
namespace {

struct Glyph {
  std::string_view text;
  ListMark mark;
};

constexpr std::array<Glyph, 13> kGlyphs = {{
    {"•", ListMark::kBullet},
    {"\uF0B7", ListMark::kBullet},
    {"▪", ListMark::kBullet},
    {"●", ListMark::kBullet},
    {"■", ListMark::kBullet},
    {"o ", ListMark::kSubBullet},
    {"◦", ListMark::kSubBullet},
    {"○", ListMark::kSubBullet},
    {"\uF0A7", ListMark::kSubBullet},
    {"▫", ListMark::kSubBullet},
    {"- ", ListMark::kDash},
    {"– ", ListMark::kDash},
    {"— ", ListMark::kDash},
}};

// A lower-case Roman item number has at most this many letters ("viii").
constexpr std::size_t kMaxRomanItemChars = 4;

bool Gap(const StyledLine& a, const StyledLine& b) {
  return a.page != b.page || b.box.y0 - a.box.y1 > kItemGapShare * std::max(1.0, a.box.height());
}

}  // namespace

std::optional<ListMarker> ReadListMarker(std::string_view raw) {
  const std::string t = text::FoldWhitespace(std::string(raw));
  for (const Glyph& g : kGlyphs) {
    if (t.starts_with(g.text)) return ListMarker{g.mark, "", text::FoldWhitespace(t.substr(g.text.size()))};
  }
  // A glyph alone on its line ("-" beside the text it marks).
  if (t == "-" || t == "–" || t == "—") return ListMarker{ListMark::kDash, "", ""};
  if (t == "o") return ListMarker{ListMark::kSubBullet, "", ""};
  // Lower-case Roman numbers ("ii)", "iv.") number list items, not headings.
  {
    std::size_t j = 0;
    while (j < t.size() && std::string_view("ivxlc").find(t[j]) != std::string_view::npos) ++j;
    if (j >= 2 && j <= kMaxRomanItemChars && j + 1 < t.size() && (t[j] == '.' || t[j] == ')') && t[j + 1] == ' ')
      return ListMarker{ListMark::kRoman, t.substr(0, j), text::FoldWhitespace(t.substr(j + 1))};
  }
  const std::optional<Numbered> n = ReadNumbering(t);
  if (!n) return std::nullopt;
  switch (n->numbering) {
    case Numbering::kDecimal:
    case Numbering::kMultiLevel:
      return ListMarker{ListMark::kNumber, n->number, n->rest};
    case Numbering::kLetter:
      return ListMarker{ListMark::kLetter, n->number, n->rest};
    case Numbering::kRoman:
      return ListMarker{ListMark::kRoman, n->number, n->rest};
    case Numbering::kNone:
      break;
  }
  return std::nullopt;
}

std::optional<std::string> AfterBullet(std::string_view text) {
  const std::optional<ListMarker> m = ReadListMarker(text);
  if (!m || (m->mark != ListMark::kBullet && m->mark != ListMark::kDash)) return std::nullopt;
  return m->rest;
}

bool HangsUnder(const StyledLine& line, const StyledLine& before, double item_x0) {
  const double h = std::max(1.0, before.box.height());
  return line.page == before.page && line.box.x0 > item_x0 + kHangEm * std::max(1.0, line.box.height()) &&
         line.box.y0 - before.box.y1 <= kHangingLineGap * h;
}

std::vector<ListItem> FindListItems(const std::vector<StyledLine>& lines) {
  const double body = std::max(1.0, BodySize(lines));
  std::vector<ListItem> items;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const StyledLine& l = lines[i];
    if (std::optional<ListMarker> m = ReadListMarker(l.text)) {
      items.push_back({i, i, m->mark, m->label, 0, l.page, l.box});
      continue;
    }
    if (items.empty() || items.back().last + 1 != i) continue;
    // A line set in at least as far as the item's mark, with no gap, goes on
    // with the item.
    ListItem& it = items.back();
    const StyledLine& prev = lines[i - 1];
    if (Gap(prev, l) || l.box.x0 < it.box.x0 - kNestIndentEm * body / 2) continue;
    it.last = i;
    it.box = {std::min(it.box.x0, l.box.x0), std::min(it.box.y0, l.box.y0), std::max(it.box.x1, l.box.x1),
              std::max(it.box.y1, l.box.y1)};
  }
  // Levels from the marks' positions: distinct positions left to right, a
  // new level at each step of kNestIndentEm body sizes.
  std::vector<double> xs;
  for (const ListItem& it : items) xs.push_back(lines[it.first].box.x0);
  std::sort(xs.begin(), xs.end());
  std::vector<double> levels;  // the left edge of each level
  for (double x : xs)
    if (levels.empty() || x >= levels.back() + kNestIndentEm * body) levels.push_back(x);
  for (std::size_t k = 0; k < items.size(); ++k) {
    const double x = lines[items[k].first].box.x0;
    const auto above = std::upper_bound(levels.begin(), levels.end(), x + kNestIndentEm * body / 2);
    items[k].level = static_cast<int>(std::max<std::ptrdiff_t>(0, above - levels.begin() - 1));
    // A second-level glyph sits below the bullets around it even when set at
    // their position.
    if (items[k].mark == ListMark::kSubBullet && k > 0 && items[k - 1].mark != ListMark::kSubBullet)
      items[k].level = std::max(items[k].level, items[k - 1].level + 1);
    else if (items[k].mark == ListMark::kSubBullet && k > 0)
      items[k].level = std::max(items[k].level, items[k - 1].level);
  }
  return items;
}

}  // namespace ogpx::layout
