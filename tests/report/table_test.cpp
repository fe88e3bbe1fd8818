// The entries table read by its labels on synthetic tables: other column
// orders and labels than the samples', no serial column, rows cut by a page
// break that the table finder left as two tables, group rows, and an entry
// whose milestone number cannot be read.
#include <gtest/gtest.h>

#include "extract/extract.h"
#include "extract/report/table.h"
#include "base/text.h"

namespace ogpx::extract::report {
namespace {

// One row: cell texts left to right ('\n' separates lines); "" for empty.
using Row = std::vector<std::string>;

Table MakeTable(const std::vector<Row>& rows, int page, int header_rows = 1) {
  Table t;
  t.rows = static_cast<int>(rows.size());
  t.cols = rows.empty() ? 0 : static_cast<int>(rows[0].size());
  t.header_rows = header_rows;
  t.regions.push_back({page, {40, 100, 800, 550}});
  const double col_w = 760.0 / t.cols;
  for (int r = 0; r < t.rows; ++r) {
    const auto& row = rows[static_cast<std::size_t>(r)];
    for (int c = 0; c < static_cast<int>(row.size()); ++c) {
      Cell cell;
      cell.row = r;
      cell.col = c;
      // A lone non-empty cell on a row spans the whole table (a heading).
      int filled = 0;
      for (const auto& s : row) filled += s.empty() ? 0 : 1;
      const bool heading = r >= header_rows && filled == 1 && c == 0 && !row[0].empty() && t.cols > 2;
      if (heading) cell.col_span = t.cols;
      const double x0 = 40 + c * col_w, x1 = 40 + (c + cell.col_span) * col_w;
      cell.regions.push_back({page, {x0, 100.0 + r * 40, x1, 140.0 + r * 40}});
      std::string text;
      std::size_t pos = 0;
      const std::string& s = row[static_cast<std::size_t>(c)];
      int line_no = 0;
      while (pos <= s.size() && !s.empty()) {
        const auto nl = s.find('\n', pos);
        const std::string line = s.substr(pos, nl == std::string::npos ? std::string::npos : nl - pos);
        const double y = 100.0 + r * 40 + 12.0 * line_no++;
        cell.lines.push_back({page, 0, {x0 + 2, y, x0 + 2 + 5.0 * static_cast<double>(line.size()), y + 10}, line, 10, false});
        text += (text.empty() ? "" : " ") + line;
        if (nl == std::string::npos) break;
        pos = nl + 1;
      }
      cell.text = text;
      t.cells.push_back(std::move(cell));
      if (heading) break;
    }
  }
  return t;
}

TEST(ReportTable, ColumnsAreFoundByLabelInAnyOrder) {
  const std::vector<Row> rows{
      {"Evidence", "Level of completion", "Milestones", "Description of results", "Progress (%)"},
      {"Commitment 3. Open contracting", "", "", "", ""},
      {"https://example.org/a", "Completed", "3.1. Publish contracts", "Done.", "100"},
      {"-", "Not yet started", "3.2 Train staff", "Nothing yet.", "0"},
  };
  std::vector<Warning> warnings;
  const auto reading = ReadEntryTables({MakeTable(rows, 1)}, warnings);
  ASSERT_TRUE(reading.found);
  ASSERT_EQ(reading.entries.size(), 2u);
  EXPECT_EQ(reading.entries[0].milestone_cell, "3.1. Publish contracts");
  EXPECT_EQ(reading.entries[0].status, "Completed");
  EXPECT_EQ(reading.entries[0].progress, "100");
  ASSERT_EQ(reading.entries[0].evidence.size(), 1u);
  EXPECT_EQ(reading.entries[1].status, "Not yet started");
  EXPECT_TRUE(warnings.empty());
}

TEST(ReportTable, ATableWithoutReportLabelsIsNotRead) {
  const std::vector<Row> rows{{"Name", "Position"}, {"1.1 Someone", "Minister"}};
  std::vector<Warning> warnings;
  const auto reading = ReadEntryTables({MakeTable(rows, 1)}, warnings);
  EXPECT_FALSE(reading.found);
  EXPECT_TRUE(reading.entries.empty());
}

TEST(ReportTable, HeadlessContinuationOnTheNextPageJoinsTheOpenEntry) {
  const std::vector<Row> first{
      {"No.", "Milestone", "Status", "Progress, %", "Actions taken and results", "Evidence"},
      {"1", "2.1. Publish open", "Limited", "40", "First half of the", "https://a.example/x"},
  };
  const std::vector<Row> second{
      {"", "information.", "", "", "text goes on here.", "https://a.example/y"},
      {"", "2.2. Sub-commitment heading", "", "", "", ""},
      {"2", "2.2.1. Next", "Substantial", "60", "More.", "-"},
  };
  std::vector<Warning> warnings;
  const auto reading =
      ReadEntryTables({MakeTable(first, 1), MakeTable(second, 2, /*header_rows=*/0)}, warnings);
  ASSERT_EQ(reading.entries.size(), 2u);
  const auto& cut = reading.entries[0];
  EXPECT_EQ(cut.pages, (std::vector<int>{1, 2}));
  ASSERT_EQ(cut.results.size(), 2u);
  EXPECT_EQ(cut.results[1].text, "text goes on here.");
  EXPECT_EQ(cut.evidence.size(), 2u);
  EXPECT_EQ(reading.entries[1].milestone_cell, "2.2.1. Next");
}

TEST(ReportTable, UnreadableNumberIsWarnedAndNotMergedIntoThePreviousEntry) {
  const std::vector<Row> rows{
      {"No.", "Milestone", "Status", "Progress, %", "Actions taken and results", "Evidence"},
      {"1", "7.1. Approve the standard", "Complete", "100", "Approved.", "-"},
      {"2", "1:3; Publish the data", "Limited", "30", "Started.", "-"},
  };
  std::vector<Warning> warnings;
  const auto reading = ReadEntryTables({MakeTable(rows, 1)}, warnings);
  ASSERT_EQ(reading.entries.size(), 1u);
  EXPECT_EQ(reading.entries[0].results.size(), 1u);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].code, "report_row_without_milestone");
  EXPECT_EQ(warnings[0].page, 1);
  EXPECT_NE(warnings[0].message.find("1:3; Publish"), std::string::npos);
}

TEST(ReportTable, ReaderTurnsCellsIntoEntriesAndWarnsAboutUnknownStatus) {
  const std::vector<Row> rows{
      {"Milestone", "Status", "Evidence"},
      {"4.2. Hold hearings", "On hold", "Minutes of the hearing"},
      {"4.3. Publish", "Бүрэн", "https://example.org/p"},
  };
  ingest::Document doc;  // no header lines: agency etc. stay unknown
  std::vector<Warning> warnings;
  const auto report = ReadProgressReport(layout::BuildStructure(doc, {MakeTable(rows, 1)}, {}), warnings);
  ASSERT_EQ(report.entries.size(), 2u);
  EXPECT_EQ(report.entries[0].milestone, "4.2");
  EXPECT_EQ(report.entries[0].status, std::nullopt);
  EXPECT_EQ(report.entries[1].status, model::Status::kComplete);
  EXPECT_EQ(report.entries[1].evidence, (std::vector<std::string>{"https://example.org/p"}));
  EXPECT_FALSE(report.agency);
  bool unknown = false;
  for (const auto& w : warnings) unknown = unknown || w.code == "report_unknown_status";
  EXPECT_TRUE(unknown);
}

}  // namespace
}  // namespace ogpx::extract::report

namespace ogpx::extract::report {
namespace {

TEST(ReportTable, HeaderRepeatedInsideCellsOnTheNextPageIsDropped) {
  const std::vector<Row> rows{
      {"No.", "Milestone", "Status", "Progress, %", "Actions taken and results", "Evidence"},
      {"1", "7.2. Evaluate data", "Substantial", "55", "The first assessment", "https://a.example/dashboard"},
  };
  Table t = MakeTable(rows, 1);
  // The table finder kept page 2's repeated header inside the cut row.
  for (auto& cell : t.cells) {
    if (cell.row != 1) continue;
    const auto& header = t.cells[static_cast<std::size_t>(cell.col)];
    cell.lines.push_back({2, 0, {cell.regions[0].box.x0 + 2, 40, cell.regions[0].box.x0 + 40, 50}, header.text, 10, true});
    if (cell.col == 4) cell.lines.push_back({2, 0, {cell.regions[0].box.x0 + 2, 60, cell.regions[0].box.x0 + 90, 70}, "was completed.", 10, false});
  }
  std::vector<Warning> warnings;
  const ingest::Document empty;  // no header lines
  const auto report = ReadProgressReport(layout::BuildStructure(empty, {t}, {}), warnings);
  ASSERT_EQ(report.entries.size(), 1u);
  const auto& e = report.entries[0];
  EXPECT_EQ(e.status, model::Status::kSubstantial);
  EXPECT_EQ(e.progress_percent, 55);
  EXPECT_EQ(e.results, "The first assessment was completed.");
  EXPECT_EQ(e.evidence, (std::vector<std::string>{"https://a.example/dashboard"}));
  EXPECT_EQ(e.pages, (std::vector<int>{1, 2}));
}

}  // namespace
}  // namespace ogpx::extract::report

namespace ogpx::extract::report {
namespace {

TEST(ReportTable, HeaderRepeatedAsARowBetweenAnEntryAndItsTailIsSkipped) {
  const std::vector<Row> rows{
      {"No.", "Milestone", "Status", "Progress, %", "Actions taken and results", "Evidence"},
      {"3", "7.2. Evaluate data", "Substantial", "55", "The first assessment", "https://a.example/d"},
      {"Mo.", "Milestone", "Status 1", "Progress, 96", "Actions taken and results", "Evidence :"},
      {"", "", "", "", "was completed.", ""},
  };
  std::vector<Warning> warnings;
  const ingest::Document empty;  // no header lines
  const auto report = ReadProgressReport(layout::BuildStructure(empty, {MakeTable(rows, 1)}, {}), warnings);
  ASSERT_EQ(report.entries.size(), 1u);
  EXPECT_EQ(report.entries[0].results, "The first assessment was completed.");
  EXPECT_EQ(report.entries[0].progress_percent, 55);
  EXPECT_TRUE(warnings.empty());
}

}  // namespace
}  // namespace ogpx::extract::report

namespace ogpx::extract::report {
namespace {

TEST(ReportTable, HeaderLaidOutAsATwoColumnTable) {
  const std::vector<Row> header{
      {"Reporting agency", "Ministry of Justice"},
      {"Date of submission:", "3 March 2025"},
      {"Reporting period", "2025 H2"},
  };
  const std::vector<Row> entries{
      {"Milestone", "Status", "Progress, %"},
      {"1.1. Adopt the law", "Limited", "20"},
  };
  std::vector<Warning> warnings;
  const ingest::Document empty;  // no header lines
  const auto report = ReadProgressReport(
      layout::BuildStructure(empty, {MakeTable(header, 1, 0), MakeTable(entries, 1)}, {}), warnings);
  EXPECT_EQ(report.agency, "Ministry of Justice");
  EXPECT_EQ(report.submitted, "2025-03-03");
  EXPECT_EQ(report.period.label, "2025 H2");
  EXPECT_EQ(report.period.start, "2025-07-01");
  EXPECT_EQ(report.period.end, "2025-12-31");
  ASSERT_EQ(report.entries.size(), 1u);
  EXPECT_EQ(report.entries[0].status, model::Status::kLimited);
}

TEST(ReportTable, AHeaderCellIsNeverTheAgency) {
  // A two-column table whose header row names "Agency" and "Commitment":
  // column labels, not "label | value".
  const std::vector<Row> agencies{
      {"Agency", "Commitment"},
      {"Department of the Interior", "4. Implement EITI"},
  };
  const std::vector<Row> entries{
      {"Milestone", "Status", "Progress, %"},
      {"1.1. Adopt the law", "Limited", "20"},
  };
  std::vector<Warning> warnings;
  const ingest::Document empty;  // no header lines
  const auto report = ReadProgressReport(
      layout::BuildStructure(empty, {MakeTable(agencies, 1, 0), MakeTable(entries, 1)}, {}), warnings);
  EXPECT_NE(report.agency, std::optional<std::string>("Commitment"));
  EXPECT_FALSE(report.agency.has_value()) << *report.agency;
}

}  // namespace
}  // namespace ogpx::extract::report

namespace ogpx::extract::report {
namespace {

TEST(ReportTable, SkippedRowWarningQuotesWholeCharactersOnly) {
  const std::vector<Row> rows{
      {"No.", "Үе шат", "Төлөв", "Гүйцэтгэл, %", "Хэрэгжүүлсэн арга хэмжээ, үр дүн", "Нотлох баримт"},
      {"1", "Олборлох үйлдвэрийн ил тод байдлын тухай хуулийн төслийг", "Ихээхэн", "60", "Хийсэн.", "-"},
  };
  std::vector<Warning> warnings;
  ReadEntryTables({MakeTable(rows, 1)}, warnings);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(text::Nfc(warnings[0].message), warnings[0].message);  // still well-formed UTF-8
  EXPECT_EQ(warnings[0].message.find("\xEF\xBF\xBD"), std::string::npos);
}

}  // namespace
}  // namespace ogpx::extract::report

namespace ogpx::extract::report {
namespace {

TEST(ReportTable, AnEntryWhoseCellsEndWithTheNextPagesLabelsIsStillAnEntry) {
  const std::vector<Row> rows{
      {"No.", "Milestone", "Status", "Progress, %", "Actions taken and results", "Evidence"},
      {"Mo.", "7.2. Regularly evaluate the data", "Substantial Status", "55 Progress, %",
       "The first external quality assessment was done. Actions taken and results", "https://a.example/q Evidence"},
  };
  std::vector<Warning> warnings;
  const auto reading = ReadEntryTables({MakeTable(rows, 1)}, warnings);
  ASSERT_EQ(reading.entries.size(), 1u);
  EXPECT_TRUE(warnings.empty());
}

}  // namespace
}  // namespace ogpx::extract::report
