// The structure's view of each page (layout/structure.h): the text lines as
// ingest grouped them, marked against the tables (pages(), layout/lines.h),
// on the real samples.
#include "layout/structure.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "layout/lines.h"
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

}  // namespace
}  // namespace ogpx::layout
