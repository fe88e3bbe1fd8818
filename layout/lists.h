// Lists: items opened by a bullet glyph, a dash, a number or a letter, with
// their nesting.
//
// ReadListMarker() reads the mark a line starts with. FindListItems() finds
// the items among styled lines in reading order (a reader's free text): a
// line with a mark opens an item; the lines under it that are set in at
// least as far as its text, with no paragraph gap, go on with it. An item's
// level comes from where its mark stands: the leftmost mark position of the
// lines is level 0 and each position at least kNestIndentEm body sizes
// further right is one level deeper; a second-level glyph ("o", "◦") is at
// least one level below the glyph bullets around it.
//
// Pure; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "layout/headings.h"

namespace ogpx::layout {

// Marks further right than this many body font sizes are one level deeper.
inline constexpr double kNestIndentEm = 1.0;
// Lines further apart than this share of a line's height are separate
// paragraphs (an item ends at such a gap).
inline constexpr double kItemGapShare = 0.8;

enum class ListMark {
  kBullet,     // "•", U+F0B7 of Symbol fonts, "▪", "●", "■"
  kSubBullet,  // "o ", "◦", "○", U+F0A7 of Wingdings, "▫"
  kDash,       // "- ", "– ", "— "
  kNumber,     // "1.", "1)", "1.2"
  kLetter,     // "a)", "B."
  kRoman,      // "iv)", "II."
};

struct ListMarker {
  ListMark mark = ListMark::kBullet;
  std::string label;  // the number or letter; "" for glyphs and dashes
  std::string rest;   // the text after the mark (white space folded)
};

// The mark `text` starts with, or nullopt.
std::optional<ListMarker> ReadListMarker(std::string_view text);

// The text after a list bullet or a dash ("•", U+F0B7 of Symbol fonts, "-",
// "–"), if `text` starts with one; "" for the glyph alone.
std::optional<std::string> AfterBullet(std::string_view text);

struct ListItem {
  std::size_t first = 0, last = 0;  // indexes of its lines in the input
  ListMark mark = ListMark::kBullet;
  std::string label;
  int level = 0;
  int page = 0;
  ingest::Box box;  // of its lines on its first page
};

// The items of `lines` in order; lines outside every item are in none.
std::vector<ListItem> FindListItems(const std::vector<StyledLine>& lines);

// A line that goes on a list item set with a hanging indent: on the page of
// the line before it, starting at least kHangEm of its height right of the
// item's first line (`item_x0`: under the item's text, not its mark), and at
// most kHangingLineGap of a line's height below the line before (a loosely
// set list leaves more room between its lines than tight prose between
// paragraphs).
inline constexpr double kHangEm = 0.5;
inline constexpr double kHangingLineGap = 1.5;
bool HangsUnder(const StyledLine& line, const StyledLine& before, double item_x0);

}  // namespace ogpx::layout
