// Bullets a document draws as shapes (ingest::Page::marks, layout::
// AddDrawnMarks) and the title block of its first pages (layout/title.h),
// on documents of samples/styles/ printed by Chromium, whose list bullets are
// filled discs outside the text layer.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "layout/lines.h"
#include "layout/outline.h"
#include "layout/structure.h"
#include "layout/title.h"
#include "tests/layout/samples.h"

namespace ogpx::layout {
namespace {

const OutlineLine* LineStarting(const Outline& o, const std::string& start) {
  for (const OutlineLine& l : o.lines)
    if (l.line.text.starts_with(start)) return &l;
  return nullptr;
}

bool Marked(const Outline& o, const StyledLine& line) {
  return std::any_of(o.marks.begin(), o.marks.end(), [&](const StyledLine& m) { return MarkBeside(m, line); });
}

TEST(DrawnMarks, EachItemsFirstLineHasItsBulletAndNoOtherLineHasOne) {
  const ingest::Document doc = samples::OpenSample("styles/gh-nap3-narrative.pdf");
  ASSERT_GE(doc.pages.size(), 3u);
  EXPECT_FALSE(doc.pages[2].marks.empty()) << "page 3 draws its bullets";
  const Structure s = BuildStructure(doc);
  const Outline& o = s.outline();
  for (const char* item : {"Publish all contract awards", "Train procurement officers", "Hold two public hearings"}) {
    const OutlineLine* l = LineStarting(o, item);
    ASSERT_NE(l, nullptr) << item;
    EXPECT_TRUE(Marked(o, l->line)) << item;
  }
  // The wrapped end of the first item, and the lines of prose, have none.
  for (const char* plain : {"(December 2021)", "Lead agency:", "This commitment addresses"}) {
    const OutlineLine* l = LineStarting(o, plain);
    ASSERT_NE(l, nullptr) << plain;
    EXPECT_FALSE(Marked(o, l->line)) << plain;
  }
}

// In two columns, a bullet of the left column is no mark of the right
// column's line at its height.
TEST(DrawnMarks, ABulletMarksNoLineOfTheOtherColumn) {
  const ingest::Document doc = samples::OpenSample("styles/ca-nap5-two-column.pdf");
  const Structure s = BuildStructure(doc);
  const Outline& o = s.outline();
  const OutlineLine* right = LineStarting(o, "engagement period.");
  const OutlineLine* left = LineStarting(o, "Publish a federal open science");
  ASSERT_NE(right, nullptr);
  ASSERT_NE(left, nullptr);
  EXPECT_TRUE(Marked(o, left->line));
  EXPECT_FALSE(Marked(o, right->line));
}

std::vector<std::string> TitleTexts(const std::string& sample) {
  const ingest::Document doc = samples::OpenSample(sample);
  const Structure s = BuildStructure(doc);
  std::vector<std::string> out;
  for (const PageLine* l : FindTitleBlock(s.pages())) out.push_back(l->line.text);
  return out;
}

bool Has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

// The title block holds the cover's lines set apart by style, not the prose
// under them that names another kind of document ("… will publish a
// progress report every six months").
TEST(TitleBlock, IsTheLinesSetApartNotTheProseUnderThem) {
  const std::vector<std::string> gh = TitleTexts("styles/gh-nap3-narrative.pdf");
  EXPECT_TRUE(Has(gh, "REPUBLIC OF GHANA"));
  EXPECT_TRUE(Has(gh, "Third National Action Plan"));
  for (const std::string& t : gh) EXPECT_EQ(t.find("progress report"), std::string::npos) << t;
  const std::vector<std::string> ee = TitleTexts("styles/ee-nap5-mid-term.pdf");
  EXPECT_TRUE(Has(ee, "Assessment Report"));
  for (const std::string& t : ee) EXPECT_EQ(t.find("mid-term report was"), std::string::npos) << t;
}

// A document whose fonts carry no weight (Type 3 fonts without names) and
// whose prose is double spaced (a paragraph a line to the paragraph test):
// two long lines one under the other end the title block, so the foreword
// that mentions the Independent Reporting Mechanism is not in it.
TEST(TitleBlock, TwoLongLinesEndItWhateverTheirSpacing) {
  const std::vector<std::string> nz = TitleTexts("styles/dev8-nz-nap5-bullets.pdf");
  EXPECT_TRUE(Has(nz, "Fifth National Action Plan"));
  for (const std::string& t : nz) EXPECT_EQ(t.find("Independent Reporting Mechanism"), std::string::npos) << t;
  for (const std::string& t : nz) EXPECT_EQ(t.find("joined the Open Government Partnership"), std::string::npos) << t;
}

}  // namespace
}  // namespace ogpx::layout
