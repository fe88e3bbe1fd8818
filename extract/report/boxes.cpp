// Tick boxes and marks in table cells; see boxes.h.
#include "extract/report/boxes.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "base/text.h"
#include "extract/report/vocab.h"

namespace ogpx::extract::report {

using model::Status;

namespace {

// Tick boxes of forms: checked (☒ ☑ ✓ ✔ ✗ ✘ ■ ●, Wingdings' check, checked
// box and crosses) or empty (☐ □ ○, Wingdings' empty boxes); a lone "X" is
// checked too.

struct BoxGlyph {
  std::string_view glyph;
  BoxMark mark;
};
constexpr BoxGlyph kBoxGlyphs[] = {
    {"\u2612", BoxMark::kChecked}, {"\u2611", BoxMark::kChecked}, {"\u2713", BoxMark::kChecked},
    {"\u2714", BoxMark::kChecked}, {"\u2717", BoxMark::kChecked}, {"\u2718", BoxMark::kChecked},
    {"\u25A0", BoxMark::kChecked}, {"\u25CF", BoxMark::kChecked}, {"\uF0FC", BoxMark::kChecked},
    {"\uF0FE", BoxMark::kChecked}, {"\uF0FB", BoxMark::kChecked}, {"\uF078", BoxMark::kChecked},
    {"\u2610", BoxMark::kEmpty},   {"\u25A1", BoxMark::kEmpty},   {"\u25CB", BoxMark::kEmpty},
    {"\uF0A8", BoxMark::kEmpty},   {"\uF06F", BoxMark::kEmpty},   {"\uF071", BoxMark::kEmpty},
};

}  // namespace

// A checked glyph anywhere in `text` wins over an empty one.
BoxMark BoxIn(const std::string& text) {
  BoxMark found = BoxMark::kNone;
  for (const auto& [glyph, mark] : kBoxGlyphs) {
    if (text.find(glyph) == std::string::npos) continue;
    if (mark == BoxMark::kChecked) return mark;
    found = mark;
  }
  const std::string folded = text::FoldWhitespace(text);
  if (folded == "X" || folded == "x") return BoxMark::kChecked;
  return found;
}

// The level ticked in one cell that lists them all ("☐ Not started ☐
// Limited ☒ Substantial ☐ Completed"): the words after the checked box.
std::optional<Status> CheckedLevel(const std::string& text) {
  std::vector<std::pair<std::size_t, const BoxGlyph*>> at;
  for (const auto& box : kBoxGlyphs)
    for (std::size_t i = text.find(box.glyph); i != std::string::npos; i = text.find(box.glyph, i + 1))
      at.push_back({i, &box});
  std::sort(at.begin(), at.end());
  for (std::size_t k = 0; k < at.size(); ++k) {
    if (at[k].second->mark != BoxMark::kChecked) continue;
    const std::size_t begin = at[k].first + at[k].second->glyph.size();
    const std::size_t end = k + 1 < at.size() ? at[k + 1].first : text.size();
    return StatusFromWording(text.substr(begin, end - begin));
  }
  return std::nullopt;
}

}  // namespace ogpx::extract::report
