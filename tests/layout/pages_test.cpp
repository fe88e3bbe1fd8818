// The structure's views of each page (layout/structure.h): the text lines as
// ingest grouped them, marked against the tables (pages(), layout/lines.h),
// and the visual rows cut into segments at tab stops (rows(), layout/rows.h),
// on the real samples; a cell's words by row and the rules inside it
// (layout/tables/cell_words.h) on synthetic geometry.
#include "layout/structure.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "layout/lines.h"
#include "layout/rows.h"
#include "layout/tables/cell_words.h"
#include "tests/layout/samples.h"

namespace ogpx::layout {
namespace {

const PageLine* LineOf(const PageText& page, const std::string& text) {
  auto it = std::find_if(page.lines.begin(), page.lines.end(), [&](const PageLine& l) { return l.line.text == text; });
  return it == page.lines.end() ? nullptr : &*it;
}

// The Ministry of Finance's progress report: labelled header lines above the
// entries table, the table's cells below them.
TEST(Structure, PagesHoldEveryLineMarkedAgainstTheTables) {
  const ingest::Document doc = samples::OpenSample("report-mof-2024q3-en.pdf");
  ASSERT_FALSE(doc.pages.empty());
  const Structure s = BuildStructure(doc);
  const std::vector<PageText>& pages = s.pages();
  EXPECT_EQ(&pages, &s.pages());  // built once
  ASSERT_EQ(pages.size(), doc.pages.size());
  for (std::size_t p = 0; p < pages.size(); ++p) {
    EXPECT_EQ(pages[p].number, doc.pages[p].number);
    EXPECT_EQ(pages[p].height, doc.pages[p].height);
    EXPECT_EQ(pages[p].lines.size(), doc.pages[p].lines.size());
  }
  const PageText& first = pages.front();
  EXPECT_GT(first.width, first.height);  // landscape
  const PageLine* agency = LineOf(first, "Reporting agency: Ministry of Finance");
  const PageLine* cell = LineOf(first, "1.3. Funding for transparency");
  ASSERT_NE(agency, nullptr);
  ASSERT_NE(cell, nullptr);
  EXPECT_FALSE(agency->in_table);
  EXPECT_TRUE(cell->in_table);
  EXPECT_EQ(agency->line.page, 1);
  EXPECT_LT(agency->line.box.y1, cell->line.box.y0);
}

// The Mongolian order: the date, number and place stand apart on one row
// (three lines for Poppler), one row of three segments.
TEST(Structure, RowsJoinTheDateLineIntoSegments) {
  const ingest::Document doc = samples::OpenSample("order-120-mn.pdf");
  ASSERT_FALSE(doc.pages.empty());
  const Structure s = BuildStructure(doc, {}, {});
  const std::vector<PageRowList>& rows = s.rows();
  EXPECT_EQ(&rows, &s.rows());  // built once
  ASSERT_EQ(rows.size(), doc.pages.size());
  EXPECT_EQ(rows.front().number, 1);
  const std::vector<TextRow>& first = rows.front().rows;
  auto date = std::find_if(first.begin(), first.end(), [](const TextRow& r) { return r.text.starts_with("2023"); });
  ASSERT_NE(date, first.end());
  std::vector<std::string> segments;
  for (const RowSegment& seg : date->segments) segments.push_back(seg.text);
  EXPECT_EQ(segments, (std::vector<std::string>{"2023 оны 12 дугаар сарын 27", "Дугаар 120", "Улаанбаатар хот"}));
  // Top to bottom.
  EXPECT_TRUE(std::is_sorted(first.begin(), first.end(),
                             [](const TextRow& a, const TextRow& b) { return a.box.cy() < b.box.cy(); }));
}

// A page of words given line by line: {x0, text} pairs at `y`, 10 points high.
void PutLine(ingest::Page& page, double y, const std::vector<std::pair<double, std::string>>& words) {
  ingest::TextLine line;
  for (const auto& [x, text] : words) {
    ingest::Word w;
    w.text = text;
    w.box = {x, y, x + 6.0 * static_cast<double>(text.size()), y + 10};
    line.box = line.words.empty() ? w.box : ingest::Box{line.box.x0, line.box.y0, w.box.x1, w.box.y1};
    line.words.push_back(static_cast<int>(page.words.size()));
    page.words.push_back(w);
  }
  page.lines.push_back(line);
}

// A sub-table printed in a cell: its header on one line, a row that ingest
// gave as two lines on one baseline (one per column), a word outside the
// cell; the column rule drawn twice a point apart, a rule on the cell's edge.
TEST(CellWords, RowsOfTheCellsWordsAndTheRulesInside) {
  ingest::Document doc;
  ingest::Page& page = doc.pages.emplace_back();
  page.number = 1;
  page.width = 595;
  page.height = 842;
  PutLine(page, 100, {{100, "Government"}, {200, "Civil"}, {236, "Society"}});
  PutLine(page, 121, {{200, "NGO"}, {400, "outside"}});
  PutLine(page, 120, {{100, "Ministry"}});
  page.rules = {{190, 95, 190, 140, 0.5}, {191, 95, 191, 140, 0.5}, {99, 95, 99, 140, 0.5}};
  Cell cell;
  cell.regions.push_back({1, {98, 95, 300, 140}});
  const std::vector<WordRow> rows = CellWordRows(doc, cell);
  ASSERT_EQ(rows.size(), 2u);
  auto texts = [](const WordRow& r) {
    std::vector<std::string> out;
    for (const ingest::Word* w : r.words) out.push_back(w->text);
    return out;
  };
  EXPECT_EQ(texts(rows[0]), (std::vector<std::string>{"Government", "Civil", "Society"}));
  EXPECT_EQ(texts(rows[1]), (std::vector<std::string>{"Ministry", "NGO"}));  // one row, left to right
  EXPECT_EQ(rows[1].page, 1);
  EXPECT_EQ(VerticalRulesIn(doc, cell, 1, 100, 110), (std::vector<double>{190}));
  EXPECT_TRUE(VerticalRulesIn(doc, cell, 1, 150, 160).empty());  // below the rules
  EXPECT_TRUE(VerticalRulesIn(doc, cell, 2, 100, 110).empty());  // no such page
}

}  // namespace
}  // namespace ogpx::layout
