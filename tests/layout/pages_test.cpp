// The structure's views of each page (layout/structure.h): the text lines as
// ingest grouped them, marked against the tables (pages(), layout/lines.h),
// and the visual rows cut into segments at tab stops (rows(), layout/rows.h),
// on the real samples.
#include "layout/structure.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "layout/lines.h"
#include "layout/rows.h"
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

}  // namespace
}  // namespace ogpx::layout
