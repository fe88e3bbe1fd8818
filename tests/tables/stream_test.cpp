// Tables without vertical rules on synthetic geometry: horizontal rules only,
// and unruled ("stream") tables found from word alignment.
#include <gtest/gtest.h>

#include "layout/tables/tables.h"
#include "tests/tables/synthetic_geometry.h"

namespace ogpx::layout {
namespace {

using testing::HRule;
using testing::MakePage;
using testing::Text;

// A 4-column table: header + `rows` data rows, 14 pt apart, columns at
// x = 60, 200, 300, 400.
void DataRows(ingest::Page& page, double top, int rows) {
  Text(page, "Country", 60, top);
  Text(page, "2010", 200, top);
  Text(page, "2011", 300, top);
  Text(page, "Change", 400, top);
  const char* names[] = {"Austria", "Belgium", "Czech Republic", "Denmark", "Estonia", "Finland"};
  for (int r = 0; r < rows; ++r) {
    const double y = top + 14.0 * (r + 1);
    Text(page, names[r % 6], 60, y);
    Text(page, std::to_string(100 + r), 200, y);
    Text(page, std::to_string(200 + r), 300, y);
    Text(page, std::to_string(r) + ".5", 400, y);
  }
}

TEST(StreamTable, AlignedColumnsWithoutRules) {
  auto page = MakePage(1);
  Text(page, "Table 1. Some figures by country, a caption in one line of text", 60, 80);
  DataRows(page, 100, 5);
  Text(page, "A paragraph after the table goes on for a whole line of prose here.", 60, 200);
  auto tables = FindTables(page);
  ASSERT_EQ(tables.size(), 1u);
  const Table& t = tables[0];
  EXPECT_FALSE(t.ruled);
  EXPECT_EQ(t.rows, 6);
  EXPECT_EQ(t.cols, 4);
  EXPECT_EQ(t.At(0, 3)->text, "Change");
  EXPECT_EQ(t.At(3, 0)->text, "Czech Republic");
  EXPECT_EQ(t.At(5, 2)->text, "204");
  // Caption and paragraph are not rows.
  EXPECT_GE(t.regions[0].box.y0, 99.0);
  EXPECT_LE(t.regions[0].box.y1, 190.0);
}

TEST(StreamTable, DetectionCanBeSwitchedOff) {
  auto page = MakePage(1);
  DataRows(page, 100, 5);
  EXPECT_TRUE(FindTables(page, {.detect_stream = false, .join_pages = true}).empty());
}

TEST(StreamTable, ProseInTwoColumnsIsNoTable) {
  auto page = MakePage(1);
  for (int i = 0; i < 8; ++i) {
    Text(page, "the quick brown fox jumps over the lazy dog again", 40, 100 + 14.0 * i);
    Text(page, "and then some more words follow in this column", 320, 100 + 14.0 * i);
  }
  EXPECT_TRUE(FindTables(page).empty());
}

TEST(HorizontalRulesOnly, RulesFrameTheTableColumnsFromAlignment) {
  auto page = MakePage(1);
  // Top rule, rule under the header, bottom rule; two data rows only (too few
  // for an unruled table without the rules).
  HRule(page, 50, 480, 95);
  Text(page, "Country", 60, 98);
  Text(page, "2010", 200, 98);
  Text(page, "2011", 300, 98);
  HRule(page, 50, 480, 111);
  Text(page, "Austria", 60, 114);
  Text(page, "101", 200, 114);
  Text(page, "201", 300, 114);
  Text(page, "Belgium", 60, 128);
  Text(page, "102", 200, 128);
  Text(page, "202", 300, 128);
  HRule(page, 50, 480, 142);
  auto tables = FindTables(page);
  ASSERT_EQ(tables.size(), 1u);
  const Table& t = tables[0];
  EXPECT_EQ(t.rows, 3);
  EXPECT_EQ(t.cols, 3);
  EXPECT_EQ(t.At(0, 1)->text, "2010");
  EXPECT_EQ(t.At(2, 0)->text, "Belgium");
  EXPECT_EQ(t.At(2, 2)->text, "202");
}

TEST(HorizontalRulesOnly, ProseBetweenRulesIsNoTable) {
  auto page = MakePage(1);
  HRule(page, 50, 480, 95);
  Text(page, "A note set between two rules is a box of prose with many words in it.", 60, 100);
  Text(page, "It continues on a second line of the same kind of running text here.", 60, 114);
  HRule(page, 50, 480, 130);
  EXPECT_TRUE(FindTables(page).empty());
}

}  // namespace
}  // namespace ogpx::layout
