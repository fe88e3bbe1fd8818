// The structure's reading-order stream (layout/stream.h) and the refill of
// short cells (layout/tables/refill.h) on synthetic pages.
#include "layout/stream.h"
#include "layout/running.h"
#include "layout/tables/refill.h"

#include <gtest/gtest.h>

namespace ogpx::layout {
namespace {

// One page with one line of words at y = 100..110, starting at x = 50.
ingest::Document OneLine(const std::vector<std::string>& words) {
  ingest::Document doc;
  ingest::Page page;
  page.number = 1;
  page.width = 600;
  page.height = 800;
  ingest::TextLine line;
  double x = 50;
  for (const std::string& w : words) {
    ingest::Word word;
    word.text = w;
    word.box = {x, 100, x + 6.0 * static_cast<double>(w.size()), 110};
    word.font_size = 10;
    x = word.box.x1 + 4;
    line.words.push_back(static_cast<int>(page.words.size()));
    page.words.push_back(word);
  }
  line.box = {50, 100, x, 110};
  page.lines.push_back(line);
  doc.pages.push_back(page);
  doc.page_count = 1;
  return doc;
}

Table OneCellTable(double x0, double x1) {
  Table t;
  t.rows = t.cols = 1;
  Cell c;
  c.regions.push_back({1, {x0, 90, x1, 120}});
  t.cells.push_back(c);
  t.regions.push_back({1, {x0, 90, x1, 120}});
  return t;
}

TEST(RefillEmptyCells, TakesBackTheWordsInsideACell) {
  ingest::Document doc = OneLine({"Ministry", "of", "Finance", "outside"});
  // The cell covers the first three words only.
  const std::vector<Table> tables = {OneCellTable(45, 160)};
  const RefilledTables refilled = RefillEmptyCells(doc, tables);
  ASSERT_EQ(refilled.copies.size(), 1u);  // the table refilled is a copy
  ASSERT_EQ(refilled.all.size(), 1u);
  EXPECT_EQ(refilled.all[0], &refilled.copies[0]);
  ASSERT_EQ(refilled.all[0]->cells[0].lines.size(), 1u);
  EXPECT_EQ(refilled.all[0]->cells[0].lines[0].text, "Ministry of Finance");
  EXPECT_TRUE(tables[0].cells[0].lines.empty());  // the structure's table is left as it was
}

TEST(RefillEmptyCells, KeepsCellsThatHaveTheirWords) {
  ingest::Document doc = OneLine({"Ministry", "of", "Finance"});
  Table t = OneCellTable(45, 300);
  CellLine l;
  l.page = 1;
  l.text = "Ministry of Finance";
  l.box = {50, 100, 200, 110};
  t.cells[0].lines.push_back(l);
  t.cells[0].text = "Ministry of Finance";
  const std::vector<Table> tables = {t};
  const RefilledTables refilled = RefillEmptyCells(doc, tables);
  // Nothing to refill: the structure's table itself, not a copy.
  EXPECT_TRUE(refilled.copies.empty());
  ASSERT_EQ(refilled.all.size(), 1u);
  EXPECT_EQ(refilled.all[0], &tables[0]);
  EXPECT_EQ(refilled.all[0]->cells[0].lines.size(), 1u);
  EXPECT_EQ(refilled.all[0]->cells[0].text, "Ministry of Finance");
}

TEST(BuildStream, FreeLinesOutsideTablesAndRowsInReadingOrder) {
  ingest::Document doc = OneLine({"Commitment", "1.", "Title"});
  ingest::TextLine above;
  ingest::Word w;
  w.text = "Heading";
  w.box = {50, 40, 100, 50};
  above.words.push_back(static_cast<int>(doc.pages[0].words.size()));
  above.box = w.box;
  doc.pages[0].words.push_back(w);
  doc.pages[0].lines.insert(doc.pages[0].lines.begin(), above);
  const std::vector<Table> tables = {OneCellTable(45, 400)};
  const RefilledTables refilled = RefillEmptyCells(doc, tables);
  auto items = BuildStream(doc, refilled.all, RunningTexts(doc));
  ASSERT_EQ(items.size(), 2u);
  EXPECT_FALSE(items[0].is_row());
  EXPECT_EQ(items[0].line.text, "Heading");
  EXPECT_TRUE(items[1].is_row());
  EXPECT_EQ(items[1].cells.front()->text, "Commitment 1. Title");
}

}  // namespace
}  // namespace ogpx::layout
