// ocr_cells (ingest/ocr_cells.h): the cells ruling lines enclose.
#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "ingest/ocr_cells.h"

namespace ogpx::ingest {
namespace {

Rule H(double y, double x0, double x1) { return {x0, y, x1, y, 0.7}; }
Rule V(double x, double y0, double y1) { return {x, y0, x, y1, 0.7}; }

// A table of two rows and two columns on an A4 landscape page; the second
// row's right cell holds a nested table of two cells side by side, and its
// left cell a rule that stops short of the right border (a broken scan
// line: still one cell).
std::vector<Rule> Table() {
  return {H(100, 50, 450),  H(200, 50, 450), H(300, 50, 450),  V(50, 100, 300), V(250, 100, 300),
          V(450, 100, 300), H(220, 270, 430), H(280, 270, 430), V(270, 220, 280), V(350, 220, 280),
          V(430, 220, 280), H(250, 50, 190)};
}

bool Near(const Box& b, double x0, double y0, double x1, double y1) {
  const double tol = 1.5;
  return std::abs(b.x0 - x0) < tol && std::abs(b.y0 - y0) < tol && std::abs(b.x1 - x1) < tol &&
         std::abs(b.y1 - y1) < tol;
}

TEST(RuledCells, EachEnclosedRectangleInsideItsRulesInReadingOrder) {
  const std::vector<Box> cells = RuledCells(Table(), 842, 595);
  // Row 1: two cells; the nested table's two cells; row 2's left cell.
  // The right cell of row 2 round the nested table is not a rectangle.
  ASSERT_EQ(cells.size(), 5u);
  EXPECT_TRUE(Near(cells[0], 50, 100, 250, 200));
  EXPECT_TRUE(Near(cells[1], 250, 100, 450, 200));
  EXPECT_TRUE(Near(cells[2], 50, 200, 250, 300));
  EXPECT_TRUE(Near(cells[3], 270, 220, 350, 280));
  EXPECT_TRUE(Near(cells[4], 350, 220, 430, 280));
  for (const Box& c : cells) {
    EXPECT_GT(c.x0, 50 - 1);
    EXPECT_LT(c.x1, 450 + 1);
  }
}

TEST(RuledCells, NoCellForAFrameRoundThePageASliverOrAnOpenSide) {
  // A frame round the whole page, a double rule 3 pt apart, and a box with
  // its right side missing.
  const std::vector<Rule> rules = {H(20, 20, 822),  H(575, 20, 822), V(20, 20, 575),  V(822, 20, 575),
                                   H(100, 100, 700), H(103, 100, 700), V(100, 100, 103), V(700, 100, 103),
                                   H(300, 100, 300), H(400, 100, 300), V(100, 300, 400)};
  EXPECT_TRUE(RuledCells(rules, 842, 595).empty());
  EXPECT_TRUE(RuledCells({}, 842, 595).empty());
}

}  // namespace
}  // namespace ogpx::ingest
