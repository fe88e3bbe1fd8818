// layout/columns.h: reading order of a page, in columns and as one column.
#include "layout/columns.h"

#include <gtest/gtest.h>

namespace ogpx::layout {
namespace {

// The indexes of the boxes in the order of their ranks.
std::vector<int> Sequence(const std::vector<int>& rank) {
  std::vector<int> seq(rank.size());
  for (std::size_t i = 0; i < rank.size(); ++i) seq[static_cast<std::size_t>(rank[i])] = static_cast<int>(i);
  return seq;
}

// Six numbered names as a scan reads them: each number a line of its own,
// its top a little below its name's, the numbers in a column at the left.
std::vector<ingest::Box> NumberedNames() {
  std::vector<ingest::Box> boxes;
  for (int i = 0; i < 6; ++i) {
    const double y = 100 + i * 16.0;
    boxes.push_back({60, y + 1.5, 72, y + 12});    // "1."
    boxes.push_back({320, y, 520, y + 12});        // its name, in the page's right half
  }
  return boxes;
}

TEST(TopToBottom, EachRowLeftToRightEvenWhereTheTopsDiffer) {
  const std::vector<int> seq = Sequence(TopToBottom(NumberedNames()));
  EXPECT_EQ(seq, (std::vector<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}));
}

TEST(ReadingOrder, ReadsAGutterAsTwoColumns) {
  // The same lines make two columns for ReadingOrder: numbers, then names.
  const std::vector<int> seq = Sequence(ReadingOrder(NumberedNames(), 595));
  EXPECT_EQ(seq, (std::vector<int>{0, 2, 4, 6, 8, 10, 1, 3, 5, 7, 9, 11}));
}

TEST(TopToBottom, RowsFollowTheTopsNotTheGivenOrder) {
  const std::vector<ingest::Box> boxes = {{60, 200, 300, 212}, {60, 100, 300, 112}, {320, 99, 500, 111}};
  EXPECT_EQ(Sequence(TopToBottom(boxes)), (std::vector<int>{1, 2, 0}));
}

}  // namespace
}  // namespace ogpx::layout

namespace ogpx::layout {
namespace {

TEST(Columns, AGutterIsSoughtAtBoundedCostOnAPageOfAbsurdWidth) {
  // A page whose media box says 1e20 points (tests/data/hostile): no lines,
  // or two columns of lines, and the search still ends.
  EXPECT_FALSE(FindGutter({}, 1e20));
  std::vector<ingest::Box> boxes;
  for (int i = 0; i < 6; ++i) {
    boxes.push_back({0.05e20, 10.0 * i, 0.45e20, 10.0 * i + 8});
    boxes.push_back({0.55e20, 10.0 * i, 0.95e20, 10.0 * i + 8});
  }
  const auto g = FindGutter(boxes, 1e20);
  ASSERT_TRUE(g);
  EXPECT_GE(*g, 0.45e20);
  EXPECT_LE(*g, 0.55e20);
}

}  // namespace
}  // namespace ogpx::layout
