// Ruled tables on synthetic geometry: spans, nesting, gaps and overshoots,
// and a table continued over two pages.
#include <gtest/gtest.h>

#include "layout/tables/grid.h"
#include "layout/tables/tables.h"
#include "tests/tables/synthetic_geometry.h"

namespace ogpx::layout {
namespace {

using testing::FullGrid;
using testing::HRule;
using testing::MakePage;
using testing::Text;
using testing::VRule;

TEST(RuledTable, MergedCellsBecomeSpans) {
  auto page = MakePage(1);
  // 3 rows x 3 columns; row 0: cell spanning columns 0-1; column 2: rows 1-2 merged.
  const double xs[] = {50, 150, 250, 350}, ys[] = {100, 130, 160, 190};
  for (double y : {100.0, 130.0, 190.0}) HRule(page, 50, 350, y);
  HRule(page, 50, 250, 160);  // no rule between rows 1 and 2 of column 2
  VRule(page, 50, 100, 190);
  VRule(page, 350, 100, 190);
  VRule(page, 150, 130, 190);  // none in row 0: span
  VRule(page, 250, 100, 190);
  Text(page, "Wide header", xs[0] + 5, ys[0] + 8);
  Text(page, "Right", xs[2] + 5, ys[0] + 8);
  Text(page, "a1", xs[0] + 5, ys[1] + 8);
  Text(page, "b1", xs[1] + 5, ys[1] + 8);
  Text(page, "tall cell", xs[2] + 5, ys[1] + 20);
  Text(page, "a2", xs[0] + 5, ys[2] + 8);
  Text(page, "b2", xs[1] + 5, ys[2] + 8);

  auto tables = FindTables(page);
  ASSERT_EQ(tables.size(), 1u);
  const Table& t = tables[0];
  EXPECT_TRUE(t.ruled);
  EXPECT_EQ(t.rows, 3);
  EXPECT_EQ(t.cols, 3);
  EXPECT_EQ(t.cells.size(), 7u);
  const Cell* wide = t.At(0, 1);
  ASSERT_NE(wide, nullptr);
  EXPECT_EQ(wide->col, 0);
  EXPECT_EQ(wide->col_span, 2);
  EXPECT_EQ(wide->text, "Wide header");
  const Cell* tall = t.At(2, 2);
  ASSERT_NE(tall, nullptr);
  EXPECT_EQ(tall->row, 1);
  EXPECT_EQ(tall->row_span, 2);
  EXPECT_EQ(tall->text, "tall cell");
  EXPECT_EQ(t.At(2, 1)->text, "b2");
  EXPECT_EQ(t.At(1, 0)->text, "a1");
  EXPECT_EQ(t.regions[0].box, (ingest::Box{50, 100, 350, 190}));
}

TEST(RuledTable, SmallGapsAndOvershootsAreSnapped) {
  auto page = MakePage(1);
  // A 2x2 grid drawn in pieces: 1.5 pt gaps, 2 pt overshoots, 0.8 pt jitter.
  HRule(page, 98, 201, 100);
  HRule(page, 202.5, 302, 100.6);
  HRule(page, 100, 300, 140.8);
  HRule(page, 99, 160, 180);
  HRule(page, 161.4, 300, 180.3);
  VRule(page, 100, 98, 182);
  VRule(page, 200.7, 100, 120);
  VRule(page, 200, 121.2, 180);
  VRule(page, 300, 100, 178.8);
  Text(page, "A", 110, 110);
  Text(page, "B", 210, 110);
  Text(page, "C", 110, 150);
  Text(page, "D", 210, 150);
  auto tables = FindTables(page);
  ASSERT_EQ(tables.size(), 1u);
  EXPECT_EQ(tables[0].rows, 2);
  EXPECT_EQ(tables[0].cols, 2);
  ASSERT_EQ(tables[0].cells.size(), 4u);
  EXPECT_EQ(tables[0].At(0, 0)->text, "A");
  EXPECT_EQ(tables[0].At(0, 1)->text, "B");
  EXPECT_EQ(tables[0].At(1, 0)->text, "C");
  EXPECT_EQ(tables[0].At(1, 1)->text, "D");
  for (const Cell& c : tables[0].cells) {
    EXPECT_EQ(c.row_span, 1);
    EXPECT_EQ(c.col_span, 1);
  }
}

TEST(RuledTable, NestedGridBecomesNestedTable) {
  auto page = MakePage(1);
  FullGrid(page, {50, 200, 500}, {100, 130, 260});
  // Inside cell (1,1): a label, then a 2x3 sub-table inset by 6 pt.
  Text(page, "Supporting Stakeholders:", 206, 134);
  FullGrid(page, {206, 304, 402, 494}, {150, 170, 250});
  Text(page, "Government", 210, 155);
  Text(page, "Civil Society", 308, 155);
  Text(page, "Other Actors", 406, 155);
  Text(page, "Ministry of Finance", 210, 175);
  Text(page, "Ministry of Justice", 210, 190);
  Text(page, "NGO", 308, 175);
  Text(page, "Milestone", 55, 105);
  Text(page, "Stakeholders", 205, 105);
  Text(page, "1.1. Submit the law", 55, 135);

  auto tables = FindTables(page);
  ASSERT_EQ(tables.size(), 1u);
  const Table& t = tables[0];
  EXPECT_EQ(t.rows, 2);
  EXPECT_EQ(t.cols, 2);
  const Cell* stake = t.At(1, 1);
  ASSERT_NE(stake, nullptr);
  EXPECT_EQ(stake->text, "Supporting Stakeholders:");
  ASSERT_EQ(stake->nested.size(), 1u);
  const Table& sub = stake->nested[0];
  EXPECT_EQ(sub.rows, 2);
  EXPECT_EQ(sub.cols, 3);
  EXPECT_EQ(sub.At(0, 0)->text, "Government");
  EXPECT_EQ(sub.At(0, 2)->text, "Other Actors");
  ASSERT_EQ(sub.At(1, 0)->lines.size(), 2u);
  EXPECT_EQ(sub.At(1, 0)->lines[1].text, "Ministry of Justice");
  EXPECT_EQ(sub.At(1, 1)->text, "NGO");
  EXPECT_EQ(sub.At(1, 2)->text, "");
  EXPECT_EQ(t.At(1, 0)->text, "1.1. Submit the law");
}

TEST(RuledTable, NestedGridMeetingItsCellsBottomIsStillNested) {
  // A scan blurs a sub-table's bottom border into its cell's (1.4 pt apart
  // in the original): its column rules then end on the outer bottom rule,
  // and the whole drawing is one grid with a cell covering half of it.
  auto page = MakePage(1);
  FullGrid(page, {50, 200, 350, 500}, {100, 260});
  HRule(page, 352.8, 490.3, 110);
  HRule(page, 352.8, 490.3, 125);
  for (double x : {353.0, 401.0, 450.0, 490.0}) VRule(page, x, 109.3, 259.4);
  Text(page, "Gov", 355, 113);
  Text(page, "CSO", 404, 113);
  Text(page, "Other", 453, 113);
  Text(page, "Ministry", 355, 130);
  Text(page, "NGO", 404, 130);
  Text(page, "1.1. Submit", 55, 105);
  Text(page, "Outputs", 205, 105);

  auto tables = FindTables(page);
  ASSERT_EQ(tables.size(), 1u);
  const Table& t = tables[0];
  EXPECT_EQ(t.rows, 1);
  EXPECT_EQ(t.At(0, 0)->text, "1.1. Submit");
  EXPECT_EQ(t.At(0, 1)->text, "Outputs");
  // The sub-table is nested in the last column (a 3 pt sliver between the
  // cell's rule and the sub-table's may remain a column of its own).
  const Cell* stake = t.At(0, t.cols - 1);
  ASSERT_NE(stake, nullptr);
  ASSERT_EQ(stake->nested.size(), 1u);
  const Table& sub = stake->nested[0];
  EXPECT_EQ(sub.rows, 2);
  EXPECT_EQ(sub.cols, 3);
  EXPECT_EQ(sub.At(0, 2)->text, "Other");
  EXPECT_EQ(sub.At(1, 0)->text, "Ministry");
}

TEST(RuledTable, ChartBarsInsideAFrameAreNoNestedTable) {
  // A chart: a frame split in two, with a block of bars and gridlines in
  // one half. The bars are not a table nested in a table.
  auto page = MakePage(1);
  FullGrid(page, {50, 500}, {100, 130, 400});
  HRule(page, 60, 490, 200);
  HRule(page, 60, 490, 300);
  for (double x : {60.0, 100.0, 140.0, 180.0}) VRule(page, x, 140, 399.5);
  Text(page, "Figure 2. Disability by age", 55, 105);
  Text(page, "8.4", 65, 145);
  Text(page, "4.2", 105, 145);
  auto tables = FindTables(page);
  for (const Table& t : tables)
    for (const Cell& c : t.cells) EXPECT_TRUE(c.nested.empty());
}

TEST(RuledTable, TwoRowsUnderAFullWidthHeadingAreATable) {
  // The start of a commitment's table at the foot of a page: its heading row
  // across the table and one "label | value" row. Half the grid is the
  // heading, but a heading row is no chart's plot area.
  auto page = MakePage(1);
  HRule(page, 72, 540, 663);
  HRule(page, 72, 540, 685);
  HRule(page, 72, 540, 707);
  VRule(page, 72, 663, 707);
  VRule(page, 540, 663, 707);
  VRule(page, 195, 685, 707);
  Text(page, "1. Increase Transparency in Spending", 94, 667);
  Text(page, "Lead government actors", 78, 689);
  Text(page, "OMB, Treasury", 200, 689);
  auto tables = FindTables(page, {.detect_stream = false, .join_pages = true});
  ASSERT_EQ(tables.size(), 1u);
  EXPECT_EQ(tables[0].rows, 2);
  EXPECT_EQ(tables[0].cols, 2);
  ASSERT_NE(tables[0].At(0, 0), nullptr);
  EXPECT_EQ(tables[0].At(0, 0)->col_span, 2);
  EXPECT_EQ(tables[0].At(1, 1)->text, "OMB, Treasury");
}

TEST(RuledTable, LoneFrameAndLoneLinesAreNoTable) {
  auto page = MakePage(1);
  FullGrid(page, {50, 550}, {50, 750});  // page frame
  HRule(page, 50, 300, 400);              // a separator
  Text(page, "Just a paragraph of text", 60, 100);
  EXPECT_TRUE(FindTables(page, {.detect_stream = false, .join_pages = true}).empty());
}

TEST(Grid, ClusterAveragesNearValues) {
  auto c = grid::Cluster({10, 10.8, 50, 11.5, 49.2}, 2.0);
  ASSERT_EQ(c.size(), 2u);
  EXPECT_NEAR(c[0], 10.77, 0.01);
  EXPECT_NEAR(c[1], 49.6, 0.01);
}

}  // namespace
}  // namespace ogpx::layout
