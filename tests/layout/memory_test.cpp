// What a document read from a real PDF holds until it is extracted
// (docs/performance.md, "Memory"): each page its own words, lines and rules
// and no spare room, one string per font shared by its words, and tables
// without spare room. Counted, not timed.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "ingest/ingest.h"
#include "layout/tables/tables.h"
#include "tests/layout/samples.h"

namespace ogpx {
namespace {

using samples::OpenSample;

// The sizes the budget of docs/performance.md is counted in.
TEST(Memory, WordIsPacked) {
  // text and box (64 bytes), a shared font name (16), three doubles, the
  // colour and three flags.
  EXPECT_LE(sizeof(ingest::Word), 112u);
}

TEST(Memory, PagesHoldNoSpareRoom) {
  for (const char* name : {"nap5-en.pdf", "report-mmhi-2024q4-mn-legacy.pdf"}) {
    const ingest::Document doc = OpenSample(name);
    ASSERT_FALSE(doc.pages.empty()) << name;
    std::size_t words = 0;
    for (const ingest::Page& page : doc.pages) {
      words += page.words.size();
      EXPECT_EQ(page.words.capacity(), page.words.size()) << name << " page " << page.number;
      EXPECT_EQ(page.lines.capacity(), page.lines.size()) << name << " page " << page.number;
      EXPECT_EQ(page.rules.capacity(), page.rules.size()) << name << " page " << page.number;
      for (const ingest::TextLine& line : page.lines)
        EXPECT_EQ(line.words.capacity(), line.words.size()) << name << " page " << page.number;
    }
    EXPECT_GT(words, 500u) << name;  // pages of text, read
  }
}

TEST(Memory, WordsOfOneFontShareOneName) {
  const ingest::Document doc = OpenSample("nap5-en.pdf");
  std::set<std::string> names;
  std::set<const std::string*> copies;
  std::size_t words = 0;
  for (const ingest::Page& page : doc.pages) {
    for (const ingest::Word& w : page.words) {
      if (w.font.empty()) continue;
      ++words;
      names.insert(w.font.str());
      copies.insert(&w.font.str());
    }
  }
  ASSERT_FALSE(names.empty());
  EXPECT_EQ(copies.size(), names.size());  // one string per font, whatever the page
  EXPECT_GT(words, 100 * names.size());
}

TEST(Memory, TablesHoldNoSpareRoom) {
  const ingest::Document doc = OpenSample("nap5-en.pdf");
  const std::vector<layout::Table> tables = layout::FindTables(doc);
  ASSERT_GT(tables.size(), 5u);  // the commitment tables, joined across pages
  EXPECT_EQ(tables.capacity(), tables.size());
  std::size_t lines = 0;
  for (const layout::Table& t : tables) {
    EXPECT_EQ(t.cells.capacity(), t.cells.size());
    EXPECT_EQ(t.regions.capacity(), t.regions.size());
    for (const layout::Cell& cell : t.cells) {
      lines += cell.lines.size();
      EXPECT_EQ(cell.lines.capacity(), cell.lines.size());
      EXPECT_EQ(cell.regions.capacity(), cell.regions.size());
    }
  }
  EXPECT_GT(lines, 100u);
}

}  // namespace
}  // namespace ogpx
