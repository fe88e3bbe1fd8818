// Tables of the real sample action plans (samples/): the commitment tables on
// the OGP template, nested stakeholder sub-tables, rows cut by page breaks and
// repeated headers. The documents are read once per test binary.
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <string>

#include "layout/tables/tables.h"
#include "ingest/ingest.h"

namespace ogpx::layout {
namespace {

struct Sample {
  ingest::Document doc;
  std::vector<Table> tables;
};

const Sample& Load(const std::string& name) {
  static std::map<std::string, Sample> cache;
  auto it = cache.find(name);
  if (it == cache.end()) {
    ingest::Options options;
    options.ocr = ingest::OcrMode::kNever;  // the table pages have a text layer
    auto doc = ingest::Open(std::string(OGPX_SAMPLES_DIR) + "/" + name, options);
    EXPECT_TRUE(doc.ok()) << (doc.ok() ? "" : doc.error().ToString());
    Sample s;
    if (doc.ok()) s.doc = std::move(doc.value());
    s.tables = FindTables(s.doc);
    it = cache.emplace(name, std::move(s)).first;
  }
  return it->second;
}

bool StartsWith(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }

// Tables whose first cell is a "Commitment N." title row.
std::vector<const Table*> CommitmentTables(const std::vector<Table>& tables) {
  std::vector<const Table*> out;
  for (const Table& t : tables) {
    const Cell* c = t.At(0, 0);
    if (c && StartsWith(c->text, "Commitment ") && c->col_span == t.cols) out.push_back(&t);
  }
  return out;
}

void ForEachCell(const Table& t, const std::function<void(const Cell&)>& f) {
  for (const Cell& c : t.cells) {
    f(c);
    for (const Table& n : c.nested) ForEachCell(n, f);
  }
}

TEST(SamplePlans, Nap5EveryCommitmentTableFoundAndJoinedAcrossPages) {
  const Sample& s = Load("nap5-en.pdf");
  auto commitments = CommitmentTables(s.tables);
  ASSERT_EQ(commitments.size(), 9u);
  for (std::size_t i = 0; i < commitments.size(); ++i) {
    const Table& t = *commitments[i];
    EXPECT_TRUE(t.ruled);
    EXPECT_TRUE(StartsWith(t.At(0, 0)->text, "Commitment " + std::to_string(i + 1) + "."));
    EXPECT_GE(t.regions.size(), 2u) << "commitment " << i + 1 << " spans several pages";
  }
  // Commitment 1 runs from page 5 to page 8 in one table.
  EXPECT_EQ(commitments[0]->regions.front().page, 5);
  EXPECT_EQ(commitments[0]->regions.back().page, 8);
}

TEST(SamplePlans, Nap5NestedStakeholderSubTablesIntact) {
  const Sample& s = Load("nap5-en.pdf");
  auto commitments = CommitmentTables(s.tables);
  ASSERT_FALSE(commitments.empty());
  int subtables = 0;
  for (const Cell& c : commitments[0]->cells)
    for (const Table& n : c.nested) {
      ++subtables;
      EXPECT_EQ(n.cols, 3);
      EXPECT_GE(n.rows, 2);
      ASSERT_NE(n.At(0, 0), nullptr);
      EXPECT_EQ(n.At(0, 1)->text, "Civil Society");
      EXPECT_EQ(n.At(0, 2)->text, "Other Actors");
      EXPECT_TRUE(StartsWith(c.text, "Lead implementing agency/actor:")) << c.text;
    }
  EXPECT_EQ(subtables, 3);  // milestones 1.1, 1.2, 1.3
}

TEST(SamplePlans, Nap5NamesCutByPageBreakJoined) {
  const Sample& s = Load("nap5-en.pdf");
  const Cell* mineral = nullptr;
  const Cell* council = nullptr;
  for (const Table& t : s.tables)
    ForEachCell(t, [&](const Cell& c) {
      if (c.text.find("Mineral Resources and Petroleum Authority") != std::string::npos) mineral = &c;
      if (c.text.find("National Council for Rights of Persons with Disabilities") != std::string::npos)
        council = &c;
    });
  ASSERT_NE(mineral, nullptr);
  ASSERT_EQ(mineral->regions.size(), 2u);
  EXPECT_EQ(mineral->regions[0].page, 7);
  EXPECT_EQ(mineral->regions[1].page, 8);
  EXPECT_EQ(mineral->lines.back().page, 8);
  ASSERT_NE(council, nullptr);
  EXPECT_EQ(council->regions.front().page, 27);
  EXPECT_EQ(council->regions.back().page, 28);
}

TEST(SamplePlans, Nap5RowStartedOnPreviousPageIsOneRow) {
  // Milestone 1.1 begins on page 6 with only its outputs, date and lead; its
  // number and text are on page 7.
  const Sample& s = Load("nap5-en.pdf");
  auto commitments = CommitmentTables(s.tables);
  ASSERT_FALSE(commitments.empty());
  const Table& t = *commitments[0];
  const Cell* milestone = nullptr;
  for (const Cell& c : t.cells)
    if (c.col == 0 && StartsWith(c.text, "1.1.")) milestone = &c;
  ASSERT_NE(milestone, nullptr);
  const Cell* outputs = t.At(milestone->row, 1);
  ASSERT_NE(outputs, nullptr);
  EXPECT_TRUE(StartsWith(outputs->text, "-The law will be approved.")) << outputs->text;
  EXPECT_NE(outputs->text.find("Unified database"), std::string::npos);
  EXPECT_EQ(outputs->regions.front().page, 6);
  EXPECT_EQ(outputs->regions.back().page, 7);
}

TEST(SamplePlans, ChromiumRepeatedHeadersDropped) {
  const Sample& s = Load("nap5-en-chromium.pdf");
  auto commitments = CommitmentTables(s.tables);
  ASSERT_EQ(commitments.size(), 9u);
  int milestone_headers = 0, title_rows = 0;
  for (const Table& t : s.tables)
    for (const Cell& c : t.cells) {
      milestone_headers += c.text == "Milestones" ? 1 : 0;
      title_rows += StartsWith(c.text, "Commitment ") && c.col_span == t.cols &&
                            c.text.size() > 14 && c.text[12] == '.' && c.text[13] == ' ' ? 1 : 0;
    }
  // Printed on every page; kept once per commitment.
  EXPECT_EQ(milestone_headers, 9);
  EXPECT_EQ(title_rows, 9);
  int joined = 0;
  for (const Table* t : commitments) {
    if (t->regions.size() > 1) {
      ++joined;
      EXPECT_GE(t->header_rows, 1);
    }
  }
  EXPECT_EQ(joined, 9);
}

// Every grid position is covered by at most one cell and lies in the grid.
void ExpectNoOverlap(const Table& t, const std::string& where) {
  std::set<std::pair<int, int>> seen;
  for (const Cell& c : t.cells) {
    EXPECT_GE(c.col, 0) << where;
    EXPECT_LE(c.col + c.col_span, t.cols) << where;
    EXPECT_LE(c.row + c.row_span, t.rows) << where;
    for (int r = c.row; r < c.row + c.row_span; ++r)
      for (int k = c.col; k < c.col + c.col_span; ++k)
        EXPECT_TRUE(seen.insert({r, k}).second) << where << " (" << r << "," << k << ")";
    for (const Table& n : c.nested) ExpectNoOverlap(n, where + " nested");
  }
}

TEST(SamplePlans, CellsNeverOverlapAfterJoining) {
  for (const char* name : {"nap5-en.pdf", "nap5-en-chromium.pdf"}) {
    const Sample& s = Load(name);
    for (std::size_t i = 0; i < s.tables.size(); ++i)
      ExpectNoOverlap(s.tables[i], std::string(name) + " table " + std::to_string(i + 1));
  }
}

// The first table whose cell (row, col) holds `text`, or nullptr.
const Table* TableWith(const std::vector<Table>& tables, int page, const std::string& text) {
  for (const Table& t : tables)
    if (t.first_page() == page)
      for (const Cell& c : t.cells)
        if (c.text == text) return &t;
  return nullptr;
}

// A plan's milestone tables without column rules (samples/styles/, dev6):
// rows drawn on the rule under each of them (none over the first), a date,
// a label and the milestone's long text that wraps onto a second line.
// Each milestone is one row, its long text one cell: before, the long text
// was taken for prose beside a table, the row above the first rule was left
// out and each wrapped line was a row of its own.
TEST(SamplePlans, LongCellsWrappedLinesAndTheRowAboveTheFirstRule) {
  const Sample& s = Load("styles/dev6-ie-nap3-2024-2026.pdf");
  const Table* t = TableWith(s.tables, 1, "Publish the Open Data Strategy 2024–2027 following public consultation.");
  ASSERT_NE(t, nullptr);
  EXPECT_FALSE(t->ruled);
  EXPECT_EQ(t->rows, 3);
  ASSERT_NE(t->At(2, t->cols - 1), nullptr);
  EXPECT_EQ(t->At(2, t->cols - 1)->text, "Run an annual Open Data Engagement Fund round for community and voluntary groups.");
  // A header over such a table (No. | Meta | Periodo) is its first row.
  const Sample& mx = Load("styles/dev6-mx-nap4-2019-2021.pdf");
  const Table* m = TableWith(mx.tables, 2, "Publicar el padrón único de beneficiarios de programas sociales en formato de datos abiertos.");
  ASSERT_NE(m, nullptr);
  ASSERT_NE(m->At(0, 1), nullptr);
  EXPECT_EQ(m->At(0, 1)->text, "Meta");
  EXPECT_EQ(m->rows, 4);
}

}  // namespace
}  // namespace ogpx::layout
