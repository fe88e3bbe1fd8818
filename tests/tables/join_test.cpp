// Tables continued across pages: repeated headers dropped, a row cut by the
// page break joined, unrelated tables left apart.
#include <gtest/gtest.h>

#include "layout/tables/tables.h"
#include "tests/tables/synthetic_geometry.h"

namespace ogpx::layout {
namespace {

using testing::FullGrid;
using testing::MakePage;
using testing::Text;

ingest::Document TwoPageTable(bool text_after_first_table) {
  ingest::Document doc;
  doc.page_count = 2;
  auto p1 = MakePage(1);
  FullGrid(p1, {50, 200, 400}, {60, 90, 160, 720});
  Text(p1, "Milestones", 55, 65);
  Text(p1, "Stakeholders", 205, 65);
  Text(p1, "1.1 Submit", 55, 95);
  Text(p1, "Ministry of Finance", 205, 95);
  Text(p1, "1.2 Clarify", 55, 165);
  Text(p1, "Ministry of Mining", 205, 165);
  Text(p1, "Mineral Resources and", 205, 700);
  Text(p1, "7", 300, 780);  // page number in the margin
  if (text_after_first_table) Text(p1, "Note:", 55, 730);
  auto p2 = MakePage(2);
  FullGrid(p2, {50, 200, 400}, {50, 80, 120, 200});
  Text(p2, "Milestones", 55, 55);
  Text(p2, "Stakeholders", 205, 55);
  Text(p2, "Petroleum Authority", 205, 85);
  Text(p2, "1.3 Fund", 55, 125);
  Text(p2, "Ministry of Finance", 205, 125);
  doc.pages = {p1, p2};
  return doc;
}

TEST(JoinPages, RepeatedHeaderDroppedAndCutRowJoined) {
  auto doc = TwoPageTable(false);
  auto tables = FindTables(doc);
  ASSERT_EQ(tables.size(), 1u);
  const Table& t = tables[0];
  EXPECT_EQ(t.rows, 4);
  EXPECT_EQ(t.cols, 2);
  EXPECT_EQ(t.header_rows, 1);
  ASSERT_EQ(t.regions.size(), 2u);
  EXPECT_EQ(t.regions[0].page, 1);
  EXPECT_EQ(t.regions[1].page, 2);
  const Cell* cut = t.At(2, 1);
  ASSERT_NE(cut, nullptr);
  EXPECT_EQ(cut->text, "Ministry of Mining Mineral Resources and Petroleum Authority");
  ASSERT_EQ(cut->regions.size(), 2u);
  EXPECT_EQ(cut->regions[1].page, 2);
  ASSERT_EQ(cut->lines.size(), 3u);
  EXPECT_EQ(cut->lines[2].page, 2);
  EXPECT_EQ(t.At(2, 0)->text, "1.2 Clarify");
  EXPECT_EQ(t.At(3, 0)->text, "1.3 Fund");
  EXPECT_EQ(t.At(0, 0)->text, "Milestones");
}

TEST(JoinPages, TextBelowTableKeepsTablesApart) {
  auto doc = TwoPageTable(true);
  auto tables = FindTables(doc);
  ASSERT_EQ(tables.size(), 2u);
  EXPECT_EQ(tables[0].rows, 3);
  EXPECT_EQ(tables[1].rows, 3);
}

TEST(JoinPages, OptionOffKeepsPagesApart) {
  auto doc = TwoPageTable(false);
  auto tables = FindTables(doc, {.detect_stream = true, .join_pages = false});
  EXPECT_EQ(tables.size(), 2u);
}

TEST(JoinPages, DifferentOuterEdgesAreNotJoined) {
  auto doc = TwoPageTable(false);
  for (auto& r : doc.pages[1].rules) {
    if (!r.horizontal() && r.x0 == 400) r.x0 = r.x1 = 460;
    if (r.horizontal()) r.x1 = 460;
  }
  auto tables = FindTables(doc);
  EXPECT_EQ(tables.size(), 2u);
}

TEST(JoinPages, InnerColumnsDifferingGoOnTheUnionOfColumnLines) {
  auto doc = TwoPageTable(false);
  for (auto& r : doc.pages[1].rules)
    if (!r.horizontal() && r.x0 == 200) r.x0 = r.x1 = 260;
  auto tables = FindTables(doc);
  ASSERT_EQ(tables.size(), 1u);
  const Table& t = tables[0];
  EXPECT_EQ(t.cols, 3);  // lines at 50, 200, 260, 400
  // Page 1 cells span the column that only page 2 draws.
  EXPECT_EQ(t.At(1, 1)->col, 1);
  EXPECT_EQ(t.At(1, 1)->col_span, 2);
  EXPECT_EQ(t.At(1, 1)->text, "Ministry of Finance");
  // The page 2 row: words right of x=260 in the last column.
  const Cell* fund = t.At(t.rows - 1, 0);
  ASSERT_NE(fund, nullptr);
  EXPECT_EQ(fund->col_span, 2);
}

TEST(JoinPages, NewTitleRowStartsANewTable) {
  auto doc = TwoPageTable(false);
  // Both tables open with a full-width title row of their own.
  for (auto* p : {&doc.pages[0], &doc.pages[1]}) {
    for (auto& r : p->rules)
      if (!r.horizontal() && r.x0 == 200) r.y0 += 30 - 0;  // column line starts below the title row
  }
  doc.pages[0].words.clear();
  doc.pages[1].words.clear();
  testing::Text(doc.pages[0], "Commitment 1. Transparency", 55, 65);
  testing::Text(doc.pages[0], "a", 55, 95);
  testing::Text(doc.pages[0], "b", 205, 95);
  testing::Text(doc.pages[0], "c", 55, 165);
  testing::Text(doc.pages[1], "Commitment 2. Participation", 55, 55);
  testing::Text(doc.pages[1], "d", 55, 85);
  testing::Text(doc.pages[1], "e", 205, 85);
  auto tables = FindTables(doc);
  ASSERT_EQ(tables.size(), 2u);
  EXPECT_EQ(tables[0].At(0, 1)->text, "Commitment 1. Transparency");
  EXPECT_EQ(tables[1].At(0, 0)->text, "Commitment 2. Participation");
}

}  // namespace
}  // namespace ogpx::layout
