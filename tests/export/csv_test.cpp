// CSV export: RFC 4180 quoting, tables built from the gold documents, and a
// datapackage.json that describes exactly the columns written.
#include "export/csv.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "../model/gold.h"

namespace ogpx::testing {
namespace {

// A strict RFC 4180 reader (test oracle): rows of fields.
std::vector<std::vector<std::string>> ParseCsv(const std::string& text) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      EXPECT_TRUE(field.empty()) << "quote inside an unquoted field";
      quoted = true;
    } else if (c == ',') {
      row.push_back(std::move(field));
      field.clear();
    } else if (c == '\r') {
      EXPECT_EQ(text[i + 1], '\n') << "bare CR";
      row.push_back(std::move(field));
      field.clear();
      rows.push_back(std::move(row));
      row.clear();
      ++i;
    } else {
      EXPECT_NE(c, '\n') << "bare LF outside quotes";
      field += c;
    }
  }
  EXPECT_FALSE(quoted);
  EXPECT_TRUE(row.empty() && field.empty()) << "last line without CRLF";
  return rows;
}

TEST(CsvTest, CellsThatSpreadsheetsWouldRunGetALeadingQuote) {
  for (const char* formula : {"=1+1", "+Ministry", "-cmd|' /C calc'!A0", "@SUM(A1)", "\tx", "\rx", "=", "-", "+-"})
    EXPECT_EQ(exporter::NeutraliseFormula(formula), "'" + std::string(formula)) << formula;
  for (const char* plain : {"", "Ministry", "'=already", " =1", "-3", "+4.5", "-0.25", ".5", "-1e3", "+2E-7", "12"})
    EXPECT_EQ(exporter::NeutraliseFormula(plain), plain) << plain;
  for (const char* not_number : {"-3a", "--3", "-.", "1e", "-1e+", "+976 11 123456", "-3,5"})
    EXPECT_FALSE(exporter::IsCsvNumber(not_number)) << not_number;
  // Neutralised, then quoted when needed; --csv-raw (raw) leaves the cell as it is.
  EXPECT_EQ(exporter::CsvField("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
  EXPECT_EQ(exporter::CsvField("=1+1", {.raw = true}), "=1+1");
  EXPECT_EQ(exporter::CsvLine({"@a", "-2", "b"}), "'@a,-2,b\r\n");
  EXPECT_EQ(exporter::CsvLine({"@a"}, {.raw = true}, "\n"), "@a\n");
}

TEST(CsvTest, FieldsAreQuotedOnlyWhenRfc4180SaysSo) {
  EXPECT_EQ(exporter::CsvField("plain text"), "plain text");
  EXPECT_EQ(exporter::CsvField(""), "");
  EXPECT_EQ(exporter::CsvField("a,b"), "\"a,b\"");
  EXPECT_EQ(exporter::CsvField("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(exporter::CsvField("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(exporter::CsvField("cr\rhere"), "\"cr\rhere\"");
  EXPECT_EQ(exporter::CsvField("“Төлсөн татвараа”"), "“Төлсөн татвараа”");
  std::vector<std::string> fields{"a,b", "\"q\"", "x\r\ny", ""};
  auto parsed = ParseCsv(exporter::CsvLine(fields));
  ASSERT_EQ(parsed.size(), 1u);
  EXPECT_EQ(parsed[0], fields);
}

TEST(CsvTest, TablesHoldEveryCommitmentMilestoneStakeholderAndEntry) {
  std::vector<model::Document> docs;
  for (const char* name : {"nap5-en.gold.json", "report-mmhi-2024q4-mn.gold.json",
                           "order-120-mn.gold.json"}) {
    auto d = GoldDocument(name);
    ASSERT_TRUE(d.ok());
    docs.push_back(*d);
  }
  const auto& plan = *docs[0].action_plan;
  std::size_t milestones = 0, roles = 0;
  auto count = [](const std::vector<std::string>& lead, const model::Stakeholders& s) {
    return lead.size() + s.government.size() + s.civil_society.size() + s.other.size();
  };
  for (const auto& c : plan.commitments) {
    roles += count(c.lead, c.supporting);
    for (const auto& m : c.milestones) roles += count(m.lead, m.supporting);
    milestones += c.milestones.size();
  }
  auto tables = exporter::BuildCsvTables(docs, {});
  ASSERT_EQ(tables.size(), 8u);
  std::map<std::string, std::vector<std::vector<std::string>>> parsed;
  for (const auto& t : tables) {
    parsed[t.name] = ParseCsv(t.Text());
    ASSERT_FALSE(parsed[t.name].empty());
    for (const auto& row : parsed[t.name]) EXPECT_EQ(row.size(), t.columns.size()) << t.name;
  }
  EXPECT_EQ(parsed["commitments"].size(), plan.commitments.size() + 1);
  EXPECT_EQ(parsed["milestones"].size(), milestones + 1);
  EXPECT_EQ(parsed["stakeholders"].size(), roles + 1);
  EXPECT_EQ(parsed["report_entries"].size(), docs[1].progress_report->entries.size() + 1);
  // Cell `column` of row `row` of table `table`, by the header's name.
  auto cell = [&](const std::string& table, std::size_t row, const std::string& column) {
    const auto& header = parsed[table][0];
    auto at = std::find(header.begin(), header.end(), column);
    EXPECT_NE(at, header.end()) << table << "." << column;
    return at == header.end() ? std::string() : parsed[table][row][at - header.begin()];
  };
  // A Mongolian name with a comma and a multi-line results text survive quoting.
  EXPECT_EQ(cell("report_entries", 1, "agency"), *docs[1].progress_report->agency);
  EXPECT_EQ(cell("report_entries", 1, "results"), *docs[1].progress_report->entries[0].results);
  EXPECT_EQ(cell("report_entries", 1, "evidence"), docs[1].progress_report->entries[0].evidence[0] + "\n" +
                                                       docs[1].progress_report->entries[0].evidence[1]);
  // Milestone outputs: one per line.
  const auto& m0 = plan.commitments[0].milestones[0];
  std::string outputs;
  for (std::size_t i = 0; i < m0.outputs.size(); ++i) outputs += (i ? "\n" : "") + m0.outputs[i];
  EXPECT_EQ(cell("milestones", 1, "outputs"), outputs);
  // Without a store, organisations are numbered by first appearance and the
  // stakeholder rows point at them.
  const auto& orgs = parsed["organisations"];
  EXPECT_EQ(orgs[1][0], "1");
  EXPECT_EQ(orgs[1][1], plan.commitments[0].lead[0]);
  EXPECT_EQ(cell("stakeholders", 1, "organisation_id"), "1");
  EXPECT_EQ(parsed["documents"].size(), docs.size() + 1);
  EXPECT_EQ(parsed["orders"].size(), 2u);
}

TEST(CsvTest, DataPackageDescribesTheColumnsWritten) {
  auto doc = GoldDocument("nap5-en.gold.json");
  ASSERT_TRUE(doc.ok());
  auto tables = exporter::BuildCsvTables({*doc}, {});
  auto pkg = exporter::DataPackage(tables);
  EXPECT_EQ(pkg["profile"], "tabular-data-package");
  ASSERT_EQ(pkg["resources"].size(), tables.size());
  for (std::size_t i = 0; i < tables.size(); ++i) {
    const auto& r = pkg["resources"][i];
    EXPECT_EQ(r["path"], tables[i].name + ".csv");
    auto header = ParseCsv(tables[i].Text())[0];
    ASSERT_EQ(r["schema"]["fields"].size(), header.size());
    for (std::size_t c = 0; c < header.size(); ++c) {
      const auto& f = r["schema"]["fields"][c];
      EXPECT_EQ(f["name"], header[c]);
      for (const auto& row : tables[i].rows) {
        if (f["type"] == "integer") {
          EXPECT_TRUE(row[c].empty() || row[c].find_first_not_of("-0123456789") == std::string::npos)
              << tables[i].name << "." << header[c] << " = " << row[c];
        }
        if (f["type"] == "date") {
          EXPECT_TRUE(row[c].empty() || (row[c].size() == 10 && row[c][4] == '-' && row[c][7] == '-'))
              << tables[i].name << "." << header[c] << " = " << row[c];
        }
      }
    }
  }
}

}  // namespace
}  // namespace ogpx::testing
