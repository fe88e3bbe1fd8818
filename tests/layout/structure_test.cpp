// The document structure's reading-order stream and the outline of its free
// text (layout/structure.h), built on real published documents
// (samples/realworld/): a two-column page read column by column, and a
// narrative plan's numbered commitment headings under their section headings.
#include "layout/structure.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "layout/outline.h"
#include "layout/stream.h"
#include "tests/layout/samples.h"

namespace ogpx::layout {
namespace {

ingest::Document OpenRealWorld(const std::string& name) { return samples::OpenSample("realworld/" + name); }

// Index in the stream of the free line of `page` whose text is `text`.
std::size_t FreeLineAt(const std::vector<StreamItem>& stream, int page, const std::string& text) {
  for (std::size_t i = 0; i < stream.size(); ++i)
    if (!stream[i].is_row() && stream[i].page == page && stream[i].line.text == text) return i;
  return stream.size();
}

// The UK's second plan prints its forewords in two columns (page 4: the
// civil society network's foreword, left column at x 43, right at x 294).
TEST(Structure, StreamReadsTwoColumnsColumnByColumn) {
  const ingest::Document doc = OpenRealWorld("uk-nap2-2013.pdf");
  const Structure s = BuildStructure(doc);
  const std::vector<StreamItem>& stream = s.stream();
  ASSERT_FALSE(stream.empty());
  EXPECT_EQ(&stream, &s.stream());  // built once
  // The left column ends, then the right one starts at the top of the page.
  const std::size_t left_end = FreeLineAt(stream, 4, "reconsider its current position.");
  const std::size_t right_top = FreeLineAt(stream, 4, "Overall, however, we believe that the");
  ASSERT_LT(left_end, stream.size());
  ASSERT_LT(right_top, stream.size());
  EXPECT_EQ(right_top, left_end + 1);
  EXPECT_LT(stream[right_top].line.box.y0, stream[left_end].line.box.y0);
  // Every line of the left column's body comes before every line of the right one.
  const double right_column = stream[right_top].line.box.x0;
  std::size_t last_left = 0, first_right = stream.size(), left = 0, right = 0;
  for (std::size_t i = 0; i < stream.size(); ++i) {
    const StreamItem& it = stream[i];
    if (it.is_row() || it.page != 4 || it.line.box.y0 < stream[right_top].line.box.y0 - 1) continue;
    if (it.line.box.x1 < right_column) last_left = std::max(last_left, i), ++left;
    if (it.line.box.x0 >= right_column - 1) first_right = std::min(first_right, i), ++right;
  }
  EXPECT_GT(left, 30u);
  EXPECT_GT(right, 30u);
  EXPECT_LT(last_left, first_right);
}

// The US's second plan: three section headings ("Open Government to Increase
// Public Integrity", ...), each over commitments numbered from 1 again (1-10,
// 1-8, 1-5), set in a less prominent style than the sections.
TEST(Structure, OutlineHasNumberedHeadingsUnderSections) {
  const ingest::Document doc = OpenRealWorld("us-nap2-2013.pdf");
  const Structure s = BuildStructure(doc);
  const Outline& o = s.outline();
  EXPECT_EQ(&o, &s.outline());  // built once
  ASSERT_FALSE(o.lines.empty());
  EXPECT_NEAR(o.body, 11.0, 0.5);  // the body text is set in 11 points
  auto titled = [&](const std::string& title) {
    return std::find_if(o.headings.begin(), o.headings.end(), [&](const Heading& h) { return h.title == title; });
  };
  const auto section = titled("Open Government to Increase Public Integrity");
  const auto first = titled("Improve Public Participation in Government");
  ASSERT_NE(section, o.headings.end());
  ASSERT_NE(first, o.headings.end());
  EXPECT_EQ(section->numbering, Numbering::kNone);
  EXPECT_EQ(first->numbering, Numbering::kDecimal);
  EXPECT_EQ(first->number, "1");
  EXPECT_LT(section->level, first->level);
  EXPECT_LT(section->first, first->first);
  EXPECT_EQ(o.lines[first->first].line.page, 3);
  // The commitments' numbers, in reading order, and the sections between them.
  std::vector<std::string> numbers;
  int sections = 0;
  for (const Heading& h : o.headings) {
    if (h.level == first->level && h.numbering == Numbering::kDecimal) numbers.push_back(h.number);
    if (h.level == section->level && h.first >= section->first) ++sections;
  }
  const std::vector<std::string> printed = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "1", "2",
                                            "3", "4", "5", "6", "7", "8", "1", "2", "3", "4", "5"};
  EXPECT_EQ(numbers, printed);
  EXPECT_EQ(sections, 3);
  // Each outline line comes from a stream item on its page, never a ruled table's row.
  for (const OutlineLine& l : o.lines) {
    ASSERT_LT(l.item, s.stream().size());
    const StreamItem& it = s.stream()[l.item];
    EXPECT_TRUE(it.pages.contains(l.line.page)) << l.line.text;
    EXPECT_FALSE(it.is_row() && it.table->ruled) << l.line.text;
  }
}

// A self-assessment report of tables (a table per commitment): their ruled
// rows are in the stream and none of them in the outline, whose headings are
// the report's prose headings.
TEST(Structure, OutlineLeavesRuledTablesOut) {
  const ingest::Document doc = OpenRealWorld("us-nap3-self-assessment.pdf");
  const Structure s = BuildStructure(doc);
  const auto ruled = [&](std::size_t i) { return s.stream()[i].is_row() && s.stream()[i].table->ruled; };
  std::size_t ruled_rows = 0;
  for (std::size_t i = 0; i < s.stream().size(); ++i) ruled_rows += ruled(i) ? 1 : 0;
  EXPECT_GT(ruled_rows, 100u);
  for (const OutlineLine& l : s.outline().lines) EXPECT_FALSE(ruled(l.item)) << l.line.text;
  const auto& h = s.outline().headings;
  const auto access = std::find_if(h.begin(), h.end(), [](const Heading& x) { return x.title == "Access to Information"; });
  ASSERT_NE(access, h.end());
  EXPECT_EQ(s.outline().lines[access->first].line.page, 14);
}

}  // namespace
}  // namespace ogpx::layout
