// layout/lists.h: list marks and the nesting of list items.
#include "layout/lists.h"

#include <gtest/gtest.h>

namespace ogpx::layout {
namespace {

// A line of body text at `x` (points from the left), the `row`th of a page,
// 12 points high with 2 points of leading.
StyledLine Line(double x, int row, std::string text, int page = 1) {
  const double y = 100 + row * 14.0;
  return {page, {x, y, x + 300, y + 12}, std::move(text), 11, false, 0};
}

TEST(ListMarks, GlyphsDashesNumbersAndLetters) {
  EXPECT_EQ(ReadListMarker("• Publish the data")->mark, ListMark::kBullet);
  EXPECT_EQ(ReadListMarker("• Publish the data")->rest, "Publish the data");
  EXPECT_EQ(ReadListMarker("\uF0B7 Symbol-font bullet")->mark, ListMark::kBullet);
  EXPECT_EQ(ReadListMarker("o second level")->mark, ListMark::kSubBullet);
  EXPECT_EQ(ReadListMarker("◦ second level")->mark, ListMark::kSubBullet);
  EXPECT_EQ(ReadListMarker("– an en dash item")->mark, ListMark::kDash);
  EXPECT_EQ(ReadListMarker("-")->mark, ListMark::kDash);  // a glyph beside its line
  EXPECT_EQ(ReadListMarker("3) Third")->mark, ListMark::kNumber);
  EXPECT_EQ(ReadListMarker("3) Third")->label, "3");
  EXPECT_EQ(ReadListMarker("b. Second letter")->mark, ListMark::kLetter);
  ASSERT_TRUE(ReadListMarker("iv) Fourth"));
  EXPECT_EQ(ReadListMarker("iv) Fourth")->mark, ListMark::kRoman);
  EXPECT_EQ(ReadListMarker("IV. Fourth")->mark, ListMark::kRoman);
  EXPECT_EQ(ReadListMarker("i) First")->mark, ListMark::kLetter);  // one letter: read as a letter
  // Not marks: a hyphenated word, a year, a word starting with "o".
  EXPECT_FALSE(ReadListMarker("-based approach"));
  EXPECT_FALSE(ReadListMarker("2014 was the year"));
  EXPECT_FALSE(ReadListMarker("open data"));
}

TEST(ListItems, NestingFromWhereTheMarksStand) {
  const std::vector<StyledLine> lines = {
      Line(72, 0, "The commitment has three steps:"),
      Line(90, 1, "• First step, which goes on"),
      Line(100, 2, "over a second line"),
      Line(110, 3, "– a detail of the first step"),
      Line(90, 4, "• Second step"),
      Line(110, 5, "o another detail"),
      Line(90, 6, "• Third step"),
  };
  const std::vector<ListItem> items = FindListItems(lines);
  ASSERT_EQ(items.size(), 5u);
  EXPECT_EQ(items[0].first, 1u);
  EXPECT_EQ(items[0].last, 2u);  // the wrapped line goes on with its item
  EXPECT_EQ(items[0].level, 0);
  EXPECT_EQ(items[1].level, 1);  // set in under the first step
  EXPECT_EQ(items[2].level, 0);
  EXPECT_EQ(items[3].level, 1);
  EXPECT_EQ(items[3].mark, ListMark::kSubBullet);
  EXPECT_EQ(items[4].level, 0);
}

TEST(ListItems, ASecondLevelGlyphAtTheSamePositionIsStillDeeper) {
  const std::vector<StyledLine> lines = {
      Line(90, 0, "• A step"),
      Line(90, 1, "o its detail"),
      Line(90, 2, "o another detail"),
      Line(90, 3, "• The next step"),
  };
  const std::vector<ListItem> items = FindListItems(lines);
  ASSERT_EQ(items.size(), 4u);
  EXPECT_EQ(items[0].level, 0);
  EXPECT_EQ(items[1].level, 1);
  EXPECT_EQ(items[2].level, 1);
  EXPECT_EQ(items[3].level, 0);
}

TEST(ListItems, AParagraphGapEndsAnItem) {
  std::vector<StyledLine> lines = {Line(90, 0, "• A step"), Line(90, 3, "A paragraph after a gap")};
  const std::vector<ListItem> items = FindListItems(lines);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].last, 0u);
}

}  // namespace
}  // namespace ogpx::layout
