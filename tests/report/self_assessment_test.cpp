// OGP's self-assessment template (extract/report_self_assessment.h) on
// synthetic tables: headings, level columns with a tick or letters, a level
// written out, lettered results, numbering restarting per section.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "extract/extract.h"
#include "extract/report/self_assessment.h"

namespace ogpx::extract::report {
namespace {

// Builds one table row by row; cells are placed on a 5-column grid.
class TableBuilder {
 public:
  explicit TableBuilder(int page) : page_(page) { table_.cols = 5; }

  // A heading across the table.
  TableBuilder& Heading(const std::string& text) { return Add(table_.rows++, 0, 1, 5, text); }
  // "label | value" (the value spans the four value columns).
  TableBuilder& Field(const std::string& label, const std::string& value) {
    const int row = table_.rows++;
    Add(row, 0, 1, 1, label);
    return Add(row, 1, 1, 4, value);
  }
  // The level row and the row of marks under it.
  TableBuilder& Levels(const std::vector<std::string>& marks) {
    const int row = table_.rows;
    table_.rows += 2;
    Add(row, 0, 2, 1, "Completion level");
    const char* levels[] = {"Not started", "Limited", "Substantial", "Completed"};
    for (int k = 0; k < 4; ++k) Add(row, k + 1, 1, 1, levels[k]);
    for (int k = 0; k < 4; ++k) Add(row + 1, k + 1, 1, 1, marks[static_cast<std::size_t>(k)]);
    return *this;
  }
  // The level row with a box in each level's own cell ("☒ Substantial").
  TableBuilder& BoxedLevels(int checked) {
    const int row = table_.rows++;
    Add(row, 0, 1, 1, "Level of completion");
    const char* levels[] = {"Not started", "Limited", "Substantial", "Completed"};
    for (int k = 0; k < 4; ++k) Add(row, k + 1, 1, 1, std::string(k == checked ? "\u2612 " : "\u2610 ") + levels[k]);
    return *this;
  }
  Table Build() {
    table_.regions.push_back({page_, {72, 72, 540, 72.0 + 20 * table_.rows}});
    return table_;
  }

 private:
  TableBuilder& Add(int row, int col, int row_span, int col_span, const std::string& text) {
    Cell cell;
    cell.row = row;
    cell.col = col;
    cell.row_span = row_span;
    cell.col_span = col_span;
    const double x0 = 72 + 93.6 * col, y0 = 72 + 20.0 * row;
    cell.regions.push_back({page_, {x0, y0, x0 + 93.6 * col_span, y0 + 20.0 * row_span}});
    std::size_t pos = 0;
    int n = 0;
    while (!text.empty() && pos <= text.size()) {  // '\n' separates lines
      const auto nl = text.find('\n', pos);
      const std::string line = text.substr(pos, nl == std::string::npos ? std::string::npos : nl - pos);
      cell.lines.push_back({page_, 0, {x0 + 4, y0 + 2 + 10.0 * n, x0 + 4 + 4.0 * static_cast<double>(line.size()),
                                       y0 + 11 + 10.0 * n},
                            line, 9, 0, false});
      cell.text += (cell.text.empty() ? "" : " ") + line;
      ++n;
      if (nl == std::string::npos) break;
      pos = nl + 1;
    }
    table_.cells.push_back(std::move(cell));
    return *this;
  }

  int page_;
  Table table_;
};

TEST(SelfAssessment, TickAndLettersUnderTheLevelColumns) {
  std::vector<Table> tables;
  tables.push_back(TableBuilder(3)
                       .Heading("1. Open budget data")
                       .Field("Lead government actors", "Ministry of Finance")
                       .Levels({"", "", "\uF0FC", ""})
                       .Field("Description of results", "The portal is online.")
                       .Field("Next steps", "Add the districts.")
                       .Build());
  tables.push_back(TableBuilder(4)
                       .Heading("2. Beneficial ownership")
                       .Levels({"", "c", "a, b", ""})
                       .Field("Description of results", "a. The law passed.\nb. The register opened.\nc. Checks began.")
                       .Build());
  std::vector<Warning> warnings;
  const SelfAssessmentReading reading = ReadSelfAssessment(tables, warnings);
  ASSERT_TRUE(reading.found);
  ASSERT_EQ(reading.entries.size(), 4u);
  EXPECT_EQ(reading.entries[0].milestone, "1");
  EXPECT_EQ(reading.entries[0].status, model::Status::kSubstantial);
  EXPECT_EQ(reading.entries[0].results, "The portal is online.");
  EXPECT_EQ(reading.entries[0].next_steps, "Add the districts.");
  EXPECT_EQ(reading.entries[1].milestone, "2.a");
  EXPECT_EQ(reading.entries[1].commitment, "2");
  EXPECT_EQ(reading.entries[1].status, model::Status::kSubstantial);
  EXPECT_EQ(reading.entries[1].results, "The law passed.");
  EXPECT_EQ(reading.entries[3].milestone, "2.c");
  EXPECT_EQ(reading.entries[3].status, model::Status::kLimited);
  EXPECT_EQ(reading.entries[3].results, "Checks began.");
  EXPECT_EQ(reading.first_page, 3);
  EXPECT_TRUE(warnings.empty());
}

TEST(SelfAssessment, LevelWrittenOutAndNumberingRestartingPerSection) {
  std::vector<Table> tables;
  for (const char* heading : {"1. Open budget data", "2. Open contracts", "1. Access to information"})
    tables.push_back(TableBuilder(5).Heading(heading).Field("Completion level", "Substantial").Build());
  std::vector<Warning> warnings;
  const SelfAssessmentReading reading = ReadSelfAssessment(tables, warnings);
  ASSERT_EQ(reading.entries.size(), 3u);
  EXPECT_EQ(reading.entries[0].milestone, "1.1");
  EXPECT_EQ(reading.entries[1].milestone, "1.2");
  EXPECT_EQ(reading.entries[2].milestone, "2.1");
  EXPECT_EQ(reading.entries[2].status, model::Status::kSubstantial);
  int restarts = 0;
  for (const auto& w : warnings) restarts += w.code == "commitment_number_inferred";
  EXPECT_EQ(restarts, 2);
}

TEST(SelfAssessment, TickBoxesOfAForm) {
  // Boxes in the mark row: empty ones are no marks.
  std::vector<Table> tables;
  tables.push_back(TableBuilder(2).Heading("1. Open budget data").Levels({"\u2610", "\u2610", "\u2612", "\u2610"}).Build());
  // Every level listed with its box in one cell.
  tables.push_back(TableBuilder(3)
                       .Heading("2. Open contracts")
                       .Field("Completion level", "\u2610 Not started \u2612 Limited \u2610 Substantial \u2610 Completed")
                       .Build());
  // A box in each level's cell.
  tables.push_back(TableBuilder(4).Heading("3. Open courts").BoxedLevels(3).Field("Next steps", "None.").Build());
  std::vector<Warning> warnings;
  const SelfAssessmentReading reading = ReadSelfAssessment(tables, warnings);
  ASSERT_EQ(reading.entries.size(), 3u);
  EXPECT_EQ(reading.entries[0].status, model::Status::kSubstantial);
  EXPECT_EQ(reading.entries[1].milestone, "2");
  EXPECT_EQ(reading.entries[1].status, model::Status::kLimited);
  EXPECT_EQ(reading.entries[2].status, model::Status::kComplete);
  EXPECT_EQ(reading.entries[2].next_steps, "None.");
  EXPECT_TRUE(warnings.empty()) << warnings.front().code;
}

TEST(SelfAssessment, HeadingPrintedAboveTheTable) {
  // "1. Open budget data" is a line above the table (y 50..60, the table
  // starts at 72); an introduction's numbered line far above is no heading,
  // and neither moves the numbering.
  std::vector<Table> tables{TableBuilder(2).Levels({"", "\uF0FC", "", ""}).Build()};
  layout::PageText page;
  page.number = 2;
  page.width = 612;
  page.height = 792;
  for (const auto& [y, text] : {std::pair{20.0, "1. Background of the report"}, {50.0, "1. Open budget data"}}) {
    CellLine line;
    line.page = 2;
    line.box = {72, y, 300, y + 10};
    line.text = text;
    page.lines.push_back({line, false});
  }
  std::vector<Warning> warnings;
  const SelfAssessmentReading reading = ReadSelfAssessment(tables, warnings, {page});
  ASSERT_EQ(reading.entries.size(), 1u);
  EXPECT_EQ(reading.entries[0].milestone, "1");
  EXPECT_EQ(reading.entries[0].status, model::Status::kLimited);
  EXPECT_TRUE(warnings.empty());
}

TEST(SelfAssessment, NoMarkIsWarnedWithItsPage) {
  std::vector<Table> tables{TableBuilder(7).Heading("4. Open courts").Levels({"", "", "", ""}).Build()};
  std::vector<Warning> warnings;
  const SelfAssessmentReading reading = ReadSelfAssessment(tables, warnings);
  EXPECT_TRUE(reading.found);
  EXPECT_TRUE(reading.entries.empty());
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].code, "self_assessment_no_mark");
  EXPECT_EQ(warnings[0].page, 7);
}

TEST(SelfAssessment, TablesWithoutLevelRowsAreNoSelfAssessment) {
  std::vector<Table> tables{TableBuilder(1).Heading("1. Introduction").Field("Status", "see below").Build()};
  std::vector<Warning> warnings;
  EXPECT_FALSE(ReadSelfAssessment(tables, warnings).found);
}

}  // namespace
}  // namespace ogpx::extract::report
