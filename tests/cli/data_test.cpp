// The data as people use it (issue 19), through the command line on the real
// born-digital samples: the CSV package joins (every foreign key resolves,
// report entries carry their milestone), every JSON export validates against
// docs/ogpx-1.schema.json, the XLSX workbook reads back as the database, the
// built-in aliases link a Mongolian report to
// the English plan, search finds texts, remove and ingest --replace leave a
// consistent database.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "support/json_schema.h"
#include "support/table_read.h"
#include "tests/cli/run_cli.h"

namespace ogpx::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const char* const kSamples[] = {"nap5-en.pdf", "nap5-mn-excerpt.pdf", "report-mof-2024q3-en.pdf",
                                "report-mmhi-2024q4-mn.pdf", "order-120-mn.pdf"};

// The samples ingested once for the suite (the database is copied for tests
// that change it).
class Data : public TempDirTest {
 protected:
  static void SetUpTestSuite() {
    db_dir_ = fs::temp_directory_path() / ("ogpx-data-" + std::to_string(::getpid()));
    fs::remove_all(db_dir_);
    fs::create_directories(db_dir_);
    std::string files;
    for (const char* s : kSamples) files += " '" + Sample(s) + "'";
    ingest_ = RunOgpx("ingest --quiet --db '" + Db() + "'" + files);
  }
  static void TearDownTestSuite() { fs::remove_all(db_dir_); }
  static std::string Db() { return (db_dir_ / "samples.sqlite").string(); }
  void SetUp() override {
    TempDirTest::SetUp();
    ASSERT_EQ(ingest_.exit_code, 0) << ingest_.err;
  }
  // A private copy of the suite's database.
  std::string CopyDb() {
    fs::copy_file(Db(), Path("db.sqlite"));
    return Path("db.sqlite");
  }
  std::map<std::string, std::vector<std::vector<std::string>>> ExportCsv(const std::string& db) {
    auto run = RunOgpx("export --quiet --db '" + db + "' --format csv --out '" + Path("csv") + "'");
    EXPECT_EQ(run.exit_code, 0) << run.err;
    std::map<std::string, std::vector<std::vector<std::string>>> tables;
    for (const auto& e : fs::directory_iterator(Path("csv")))
      if (e.path().extension() == ".csv") tables[e.path().stem().string()] = ReadCsv(ReadAll(e.path()));
    return tables;
  }
  static fs::path db_dir_;
  static CliRun ingest_;
};
fs::path Data::db_dir_;
CliRun Data::ingest_;

std::size_t Column(const std::vector<std::string>& header, const std::string& name) {
  for (std::size_t i = 0; i < header.size(); ++i)
    if (header[i] == name) return i;
  ADD_FAILURE() << "no column " << name;
  return 0;
}

TEST_F(Data, EveryForeignKeyOfTheCsvPackageResolves) {
  auto tables = ExportCsv(Db());
  const auto pkg = json::parse(ReadAll(Path("csv/datapackage.json")));
  EXPECT_EQ(pkg["licenses"][0]["name"], "CC-BY-4.0");
  EXPECT_EQ(pkg["sources"].size(), std::size(kSamples));
  EXPECT_FALSE(pkg["ogpx_version"].get<std::string>().empty());
  std::size_t foreign_keys = 0;
  for (const auto& r : pkg["resources"]) {
    const std::string name = r["name"];
    SCOPED_TRACE(name);
    ASSERT_TRUE(tables.count(name));
    const auto& rows = tables[name];
    ASSERT_FALSE(rows.empty());
    ASSERT_TRUE(r["schema"].contains("primaryKey")) << "every resource has a primary key";
    // The primary key is unique and never empty.
    std::vector<std::string> key = r["schema"]["primaryKey"].is_string()
                                       ? std::vector<std::string>{r["schema"]["primaryKey"]}
                                       : r["schema"]["primaryKey"].get<std::vector<std::string>>();
    std::set<std::string> seen;
    for (std::size_t i = 1; i < rows.size(); ++i) {
      std::string k;
      for (const auto& c : key) {
        const std::string& v = rows[i][Column(rows[0], c)];
        EXPECT_FALSE(v.empty()) << c << " row " << i;
        k += v + "\x1f";
      }
      EXPECT_TRUE(seen.insert(k).second) << "duplicate key " << k;
    }
    for (const auto& fk : r["schema"].value("foreignKeys", json::array())) {
      const std::string target = fk["reference"]["resource"];
      const auto& trows = tables[target];
      std::set<std::string> ids;
      for (std::size_t i = 1; i < trows.size(); ++i) ids.insert(trows[i][Column(trows[0], fk["reference"]["fields"])]);
      const std::size_t col = Column(rows[0], fk["fields"]);
      for (std::size_t i = 1; i < rows.size(); ++i) {
        if (!rows[i][col].empty()) {
          EXPECT_TRUE(ids.count(rows[i][col])) << fk["fields"] << " = " << rows[i][col] << " not in " << target;
        }
      }
      ++foreign_keys;
    }
  }
  EXPECT_GE(foreign_keys, 10u);
  // Report entries join to their milestone through milestone_row, the
  // Mongolian report's too (built-in aliases): every entry of both reports.
  const auto& entries = tables["report_entries"];
  std::size_t joined = 0;
  for (std::size_t i = 1; i < entries.size(); ++i) joined += !entries[i][Column(entries[0], "milestone_row")].empty();
  RecordProperty("report_entries", std::to_string(entries.size() - 1));
  RecordProperty("joined_to_a_milestone", std::to_string(joined));
  EXPECT_EQ(joined, entries.size() - 1);
  EXPECT_GE(joined, 14u);  // 10 English + 4 Mongolian entries
}

TEST_F(Data, EveryJsonExportValidatesAgainstTheSchema) {
  const auto schema = json::parse(ReadAll(fs::path(OGPX_SOURCE_DIR) / "docs" / "ogpx-1.schema.json"));
  auto run = RunOgpx("export --quiet --db '" + Db() + "' --format json --out '" + Path("json") + "'");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  std::size_t files = 0;
  for (const auto& e : fs::directory_iterator(Path("json"))) {
    ++files;
    std::string errors;
    for (const auto& err : CheckJsonSchema(schema, json::parse(ReadAll(e.path())))) errors += err + "\n";
    EXPECT_EQ(errors, "") << e.path();
  }
  EXPECT_EQ(files, std::size(kSamples));
  // JSON Lines: one valid document a line.
  run = RunOgpx("export --quiet --db '" + Db() + "' --format jsonl --out '" + Path("jsonl") + "'");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  std::istringstream lines(ReadAll(Path("jsonl/ogpx.jsonl")));
  std::size_t n = 0;
  for (std::string line; std::getline(lines, line); ++n) {
    std::string errors;
    for (const auto& err : CheckJsonSchema(schema, json::parse(line))) errors += err + "\n";
    EXPECT_EQ(errors, "") << "line " << n + 1;
  }
  EXPECT_EQ(n, std::size(kSamples));
  // --kind and --document choose the documents.
  run = RunOgpx("export --quiet --db '" + Db() + "' --format json --kind progress_report --out '" + Path("r") + "'");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(std::distance(fs::directory_iterator(Path("r")), fs::directory_iterator()), 2);
  run = RunOgpx("export --quiet --db '" + Db() + "' --format csv --document nap5-en.pdf --out '" + Path("d") + "'");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(ReadCsv(ReadAll(Path("d/documents.csv"))).size(), 2u);
  run = RunOgpx("export --quiet --db '" + Db() + "' --format csv --document nothing.pdf --out '" + Path("n") + "'");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("no document 'nothing.pdf'"), std::string::npos) << run.err;
  EXPECT_FALSE(fs::exists(Path("n")));
}

TEST_F(Data, OgpCsvHasTheColumnsOfOgpsCommitmentDataset) {
  auto run = RunOgpx("export --quiet --db '" + Db() + "' --format ogp-csv --kind action_plan --out '" + Path("ogp") + "'");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const auto rows = ReadCsv(ReadAll(Path("ogp/ogp-commitments.csv")));
  ASSERT_GT(rows.size(), 1u);
  EXPECT_EQ(rows[0], (std::vector<std::string>{"Commitment Unique Identifier", "Country/Locality", "Action Plan Number",
                                               "Commitment Number", "Commitment Title", "Full Text", "Start Date",
                                               "End Date", "Lead Institution", "Supporting Institution(s)"}));
  for (std::size_t i = 1; i < rows.size(); ++i) {  // (two files of one plan give the same ids)
    ASSERT_EQ(rows[i].size(), rows[0].size());
    EXPECT_FALSE(rows[i][0].empty());
    EXPECT_FALSE(rows[i][5].empty()) << rows[i][0];
  }
  EXPECT_EQ(static_cast<long long>(rows.size() - 1), QueryInt(Db(), "SELECT count(*) FROM commitments"));
}

TEST_F(Data, XlsxReadsBackAsTheDatabase) {
  auto run = RunOgpx("export --quiet --db '" + Db() + "' --format xlsx --out '" + Path("xlsx") + "'");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  std::string error;
  const json book = ReadXlsx(Path("xlsx/ogpx.xlsx"), &error);
  ASSERT_TRUE(book.is_object()) << error;
  // One row per database row, under a frozen, filtered header.
  // (The warnings of the extraction; those of linking stay in the database.)
  for (const auto& [sheet, rows] : std::map<std::string, std::string>{
           {"documents", "documents"},
           {"commitments", "commitments"},
           {"milestones", "milestones"},
           {"report_entries", "report_entries"},
           {"orders", "orders"},
           {"warnings", "warnings WHERE origin = 'extract'"}}) {
    SCOPED_TRACE(sheet);
    const json& s = Sheet(book, sheet);
    ASSERT_TRUE(s.is_object());
    EXPECT_EQ(static_cast<long long>(s["rows"].size()) - 1, QueryInt(Db(), "SELECT count(*) FROM " + rows));
    EXPECT_EQ(s["frozen_rows"], 1);
    EXPECT_TRUE(s["autofilter"].is_string());
    EXPECT_EQ(s["widths"].size(), s["rows"][0].size());
  }
  // Each report entry's milestone_row is a number naming a milestone row:
  // the join of the data package, in the workbook.
  const json& entries = Sheet(book, "report_entries")["rows"];
  std::set<long long> milestones;
  for (std::size_t r = 1; r < Sheet(book, "milestones")["rows"].size(); ++r)
    milestones.insert(Sheet(book, "milestones")["rows"][r][0]["v"].get<long long>());
  ASSERT_EQ(entries[0][2]["v"], "milestone_row");
  for (std::size_t r = 1; r < entries.size(); ++r) {
    ASSERT_TRUE(entries[r][2].is_object()) << "entry " << r << " joins no milestone";
    EXPECT_EQ(entries[r][2]["t"], "n");
    EXPECT_TRUE(milestones.count(entries[r][2]["v"].get<long long>())) << entries[r][2];
  }
  // The reports' dates are dates.
  const json& header = entries[0];
  std::size_t dates = 0;
  for (std::size_t c = 0; c < header.size(); ++c)
    if (header[c]["v"] == "submitted" || header[c]["v"] == "period_end")
      for (std::size_t r = 1; r < entries.size(); ++r)
        if (entries[r][c].is_object()) {
          EXPECT_EQ(entries[r][c]["t"], "d") << header[c]["v"];
          ++dates;
        }
  EXPECT_GE(dates, entries.size() - 1);
}

TEST_F(Data, SearchFindsMilestonesReportsAndClauses) {
  auto run = RunOgpx("search --db '" + Db() + "' --format json --limit 50 transparency");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  std::set<std::string> kinds;
  for (const auto& h : json::parse(run.out)) {
    kinds.insert(h["kind"]);
    EXPECT_NE(h["snippet"].get<std::string>().find('['), std::string::npos);
  }
  EXPECT_TRUE(kinds.count("milestone") && kinds.count("commitment")) << run.out.substr(0, 400);
  run = RunOgpx("search --db '" + Db() + "' zzzqqqxxx");
  EXPECT_EQ(run.exit_code, 0);
  EXPECT_EQ(run.out, "");
  run = RunOgpx("search --db '" + Db() + "' --fts '\"unbalanced'");
  EXPECT_EQ(run.exit_code, 2) << run.err;
}

TEST_F(Data, RemoveThenIngestAgainGivesTheSameDatabase) {
  const std::string db = CopyDb();
  auto status = [&] { return RunOgpx("status --db '" + db + "' --as-of 2025-06-30 --format csv").out; };
  const std::string before = status();
  const long long entries = QueryInt(db, "SELECT count(*) FROM report_entries");
  // A name that matches nothing: nothing removed.
  auto run = RunOgpx("remove --db '" + db + "' '" + Sample("report-mof-2024q3-en.pdf") + "' nothing.pdf");
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("nothing.pdf: no such document"), std::string::npos) << run.err;
  EXPECT_EQ(QueryInt(db, "SELECT count(*) FROM documents"), static_cast<long long>(std::size(kSamples)));
  // By the PDF's path (its bytes) and by a SHA-256 prefix.

  run = RunOgpx("remove --db '" + db + "' '" + Sample("report-mof-2024q3-en.pdf") + "' order-120-mn.pdf");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("removed "), std::string::npos);
  EXPECT_EQ(QueryInt(db, "SELECT count(*) FROM documents"), static_cast<long long>(std::size(kSamples) - 2));
  EXPECT_LT(QueryInt(db, "SELECT count(*) FROM report_entries"), entries);
  EXPECT_EQ(QueryInt(db, "SELECT count(*) FROM orders"), 0);
  EXPECT_EQ(QueryInt(db, "SELECT count(*) FROM text_search WHERE kind = 'clause'"), 0);
  EXPECT_NE(status(), before);
  run = RunOgpx("ingest --quiet --db '" + db + "' '" + Sample("order-120-mn.pdf") + "' '" +
                Sample("report-mof-2024q3-en.pdf") + "'");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(QueryInt(db, "SELECT count(*) FROM report_entries"), entries);
  EXPECT_EQ(status(), before);
}

TEST_F(Data, IngestReplaceSwapsAnEarlierEditionOfAFile) {
  fs::create_directories(Path("v1"));
  fs::create_directories(Path("v2"));
  fs::copy_file(Sample("report-mof-2024q3-en.pdf"), Path("v1/report.pdf"));
  fs::copy_file(Sample("report-mmhi-2024q4-mn.pdf"), Path("v2/report.pdf"));
  const std::string db = Path("db.sqlite");
  auto run = RunOgpx("ingest --quiet --db '" + db + "' '" + Path("v1/report.pdf") + "'");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const long long v1 = QueryInt(db, "SELECT count(*) FROM report_entries");
  run = RunOgpx("ingest --quiet --replace --db '" + db + "' --report '" + Path("r.json") + "' '" +
                Path("v2/report.pdf") + "'");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(json::parse(ReadAll(Path("r.json")))["files"][0]["status"], "replaced");
  EXPECT_EQ(QueryInt(db, "SELECT count(*) FROM documents"), 1);
  EXPECT_NE(QueryInt(db, "SELECT count(*) FROM report_entries"), v1);
  EXPECT_EQ(QueryInt(db, "SELECT count(*) FROM report_entries WHERE report_id NOT IN (SELECT id FROM reports)"), 0);
}

TEST_F(Data, TheBuiltInAliasesLinkTheMongolianReportUnlessTurnedOff) {
  // With them (the suite's database): the Mongolian report's entries link.
  EXPECT_EQ(QueryInt(Db(), "SELECT count(*) FROM report_entries e JOIN reports r ON r.id = e.report_id "
                           "JOIN documents d ON d.id = r.document_id WHERE d.file_name = "
                           "'report-mmhi-2024q4-mn.pdf' AND e.milestone_id IS NULL"),
            0);
  EXPECT_EQ(QueryInt(Db(), "SELECT count(*) FROM alias_loads"), 1);
  // Without: no link, and a warning that says what was looked for.
  const std::string db = Path("bare.sqlite");
  auto run = RunOgpx("ingest --quiet --no-default-aliases --db '" + db + "' '" + Sample("nap5-en.pdf") + "' '" +
                     Sample("report-mmhi-2024q4-mn.pdf") + "'");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(QueryInt(db, "SELECT count(*) FROM report_entries WHERE milestone_id IS NOT NULL"), 0);
  EXPECT_EQ(QueryInt(db, "SELECT count(*) FROM warnings WHERE code = 'report_plan_not_found' "
                         "AND message LIKE '%plan number 5 of country%'"),
            1);
  // The table alone can be loaded afterwards; the report links then.
  run = RunOgpx("ingest --quiet --db '" + db + "' --aliases '" + std::string(OGPX_SOURCE_DIR) +
                "/data/org-aliases-mn-en.tsv'");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_GT(QueryInt(db, "SELECT count(*) FROM report_entries WHERE milestone_id IS NOT NULL"), 0);
  EXPECT_EQ(QueryInt(db, "SELECT count(*) FROM warnings WHERE code = 'report_plan_not_found'"), 0);
}

}  // namespace
}  // namespace ogpx::testing
