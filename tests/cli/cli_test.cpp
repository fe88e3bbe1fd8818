// The ogpx command line, run as a user would: exit codes, messages, and
// golden output (deterministic: fixed locale, stable order).
//
// Golden files live in tests/data/golden/. After a deliberate change of the
// extraction, regenerate them with OGPX_UPDATE_GOLDEN=1 and review the diff.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>

#include <nlohmann/json.hpp>

#include "tests/cli/run_cli.h"

namespace ogpx::testing {
namespace {

namespace fs = std::filesystem;

class Cli : public TempDirTest {};

void ExpectGolden(const std::string& name, const std::string& actual) {
  fs::path golden = fs::path(OGPX_TESTDATA_DIR) / "golden" / name;
  if (std::getenv("OGPX_UPDATE_GOLDEN")) {
    std::ofstream(golden, std::ios::binary) << actual;
    return;
  }
  ASSERT_TRUE(fs::exists(golden)) << golden;
  EXPECT_EQ(ReadAll(golden), actual) << "golden file " << golden << " differs";
}

TEST_F(Cli, ExtractOrderMatchesGoldenFile) {
  auto run = RunOgpx("extract '" + Sample("order-120-mn.pdf") + "'");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.err, "");
  ExpectGolden("order-120-mn.json", run.out);
}

TEST_F(Cli, ExtractReportMatchesGoldenFile) {
  auto run = RunOgpx("extract '" + Sample("report-mof-2024q3-en.pdf") + "'");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.err, "");
  ExpectGolden("report-mof-2024q3-en.json", run.out);
}

int CountWarnings(const nlohmann::json& doc, const std::string& code) {
  int n = 0;
  for (const auto& w : doc["warnings"]) n += w["code"] == code;
  return n;
}

TEST_F(Cli, ExtractReadsOgpSelfAssessmentTicksAndLetters) {
  // OGP's self-assessment template: a tick glyph or sub-commitment letters
  // in one of the Completion level columns; numbering restarts per section.
  auto run = RunOgpx("extract '" + Sample("realworld/us-nap3-self-assessment.pdf") + "'");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const auto doc = nlohmann::json::parse(run.out);
  ASSERT_EQ(doc["kind"], "progress_report");
  const auto& report = doc["progress_report"];
  EXPECT_EQ(report["report_type"], "self_assessment");
  EXPECT_EQ(report["plan"]["country"], "United States");
  EXPECT_EQ(report["plan"]["plan_number"], 3);
  std::map<std::string, std::string> status;
  for (const auto& e : report["entries"]) status[e["milestone"]] = e["status"].is_null() ? "" : e["status"];
  EXPECT_EQ(status.size(), 83u);
  EXPECT_EQ(status["1.1"], "substantial");   // a tick under Substantial
  EXPECT_EQ(status["1.8.a"], "substantial");  // "a, b" under Substantial
  EXPECT_EQ(status["1.8.c"], "limited");      // "c" under Limited
  EXPECT_EQ(status["2.1.b"], "complete");
  EXPECT_EQ(status["4.4.b"], "limited");      // "b, c" under Limited, "a" under Substantial
  EXPECT_EQ(status["4.4.a"], "substantial");
  EXPECT_EQ(CountWarnings(doc, "commitment_number_inferred"), 8);  // one per section
}

TEST_F(Cli, ExtractReadsANarrativePlanOfRunInBullets) {
  auto run = RunOgpx("extract '" + Sample("realworld/us-nap5-2022.pdf") + "'");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const auto doc = nlohmann::json::parse(run.out);
  ASSERT_EQ(doc["kind"], "action_plan");
  const auto& plan = doc["action_plan"];
  EXPECT_EQ(plan["country"], "United States");
  EXPECT_EQ(plan["plan_number"], 5);
  ASSERT_EQ(plan["commitments"].size(), 36u);
  EXPECT_EQ(plan["commitments"][8]["title"], "Improve Public Engagement Related to Agency Regulatory Actions");
  EXPECT_EQ(plan["commitments"][8]["theme"], "Increase Civic Space to Engage the Public");
  EXPECT_EQ(plan["commitments"][26]["milestones"].size(), 3u);  // FOIA: "1.", "2.", "3."
  EXPECT_EQ(CountWarnings(doc, "commitment_number_inferred"), 36);
}

TEST_F(Cli, ExtractIsDeterministic) {
  auto a = RunOgpx("extract '" + Sample("nap5-mn-excerpt.pdf") + "'");
  auto b = RunOgpx("extract '" + Sample("nap5-mn-excerpt.pdf") + "'");
  EXPECT_EQ(a.exit_code, 0);
  EXPECT_EQ(a.out, b.out);
  auto j = nlohmann::json::parse(a.out);
  EXPECT_EQ(j["schema"], "ogpx/1");
  EXPECT_EQ(j["kind"], "action_plan");
}

// What export writes from the database is exactly what extract prints.
TEST_F(Cli, ExportFromDatabaseEqualsExtract) {
  const char* files[] = {"order-120-mn.pdf", "report-mof-2024q3-en.pdf", "nap5-mn-excerpt.pdf"};
  std::string paths;
  for (const char* f : files) paths += " '" + Sample(f) + "'";
  auto ingest = RunOgpx("ingest --quiet --db '" + Path("db.sqlite") + "'" + paths);
  ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
  EXPECT_EQ(ingest.err, "");
  auto exported = RunOgpx("export --quiet --db '" + Path("db.sqlite") + "' --format json --out '" + Path("json") + "'");
  ASSERT_EQ(exported.exit_code, 0) << exported.err;
  for (std::string f : files) {
    auto extract = RunOgpx("extract '" + Sample(f) + "'");
    std::string name = f.substr(0, f.size() - 4) + ".json";
    EXPECT_EQ(ReadAll(Path("json/" + name)), extract.out) << name;
  }
  ExpectGolden("export-order-120-mn.json", ReadAll(Path("json/order-120-mn.json")));
}

TEST_F(Cli, ReingestIsSkippedAndSaysSo) {
  std::string cmd = "ingest --db '" + Path("db.sqlite") + "' '" + Sample("order-120-mn.pdf") + "'";
  auto first = RunOgpx(cmd);
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_NE(first.err.find("1 files: 1 ingested, 0 skipped"), std::string::npos) << first.err;
  auto second = RunOgpx(cmd);
  EXPECT_EQ(second.exit_code, 0);
  EXPECT_NE(second.err.find("1 files: 0 ingested, 1 skipped (unchanged)"), std::string::npos) << second.err;
}

TEST_F(Cli, BatchGoesOnPastABadFileAndExitsOne) {
  std::ofstream(Path("broken.pdf")) << "%PDF-1.4\nthis is not really a pdf\n";
  std::ofstream(Path("notes.pdf")) << "plain text";
  auto run = RunOgpx("ingest --db '" + Path("db.sqlite") + "' '" + Path("broken.pdf") + "' '" + Path("notes.pdf") +
                     "' '" + Sample("order-120-mn.pdf") + "'");
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("ogpx: " + Path("notes.pdf") + ": not a PDF"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find(Path("broken.pdf") + ": "), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("3 files: 1 ingested, 0 skipped (unchanged), 2 failed"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("  failed: 1 damaged, 1 not_pdf\n"), std::string::npos) << run.err;
  // The good file is in the database.
  auto exported = RunOgpx("export --quiet --db '" + Path("db.sqlite") + "' --out '" + Path("json") + "'");
  EXPECT_EQ(exported.exit_code, 0) << exported.err;
  EXPECT_TRUE(fs::exists(Path("json/order-120-mn.json")));
}

TEST_F(Cli, ErrorsNameTheFileAndTheReason) {
  auto missing = RunOgpx("extract '" + Path("nope.pdf") + "'");
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_EQ(missing.err, "ogpx: " + Path("nope.pdf") + ": no such file\n");
  EXPECT_EQ(missing.out, "");
  auto dir = RunOgpx("extract '" + dir_.string() + "'");
  EXPECT_EQ(dir.exit_code, 1);
  EXPECT_NE(dir.err.find("directory"), std::string::npos);
}

TEST_F(Cli, OcrNeverOnAScanWarnsPageByPage) {
  // The file is read (exit 0), nothing is made up, and every page says why
  // it gave no text.
  auto run = RunOgpx("extract '" + Sample("order-120-en-scan.pdf") + "' --ocr never");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  auto j = nlohmann::json::parse(run.out);
  EXPECT_EQ(j["kind"], "other");
  EXPECT_TRUE(j["source"]["ocr_pages"].empty());
  ASSERT_EQ(j["warnings"].size(), 2u) << run.out;
  for (int page = 1; page <= 2; ++page) {
    const auto& w = j["warnings"][static_cast<std::size_t>(page - 1)];
    EXPECT_EQ(w["page"], page);
    EXPECT_EQ(w["code"], "no_text_layer");
    EXPECT_NE(w["message"].get<std::string>().find("--ocr never"), std::string::npos);
  }
}

TEST_F(Cli, UsageErrorsExitTwo) {
  EXPECT_EQ(RunOgpx("").exit_code, 2);
  EXPECT_EQ(RunOgpx("frobnicate").exit_code, 2);
  auto bad = RunOgpx("extract a.pdf --ocr sometimes");
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("--ocr"), std::string::npos);
  EXPECT_EQ(RunOgpx("ingest samples/").exit_code, 2);  // no --db
  EXPECT_EQ(RunOgpx("pages a.pdf --page x").exit_code, 2);
  EXPECT_EQ(RunOgpx("export --db x.sqlite --out d --format xml").exit_code, 2);
}

TEST_F(Cli, EveryCommandExplainsItself) {
  auto top = RunOgpx("--help");
  EXPECT_EQ(top.exit_code, 0);
  for (const char* cmd : {"extract", "ingest", "export", "status", "tables", "pages"}) {
    EXPECT_NE(top.out.find(std::string("  ") + cmd), std::string::npos) << cmd;
    auto help = RunOgpx(std::string(cmd) + " --help");
    EXPECT_EQ(help.exit_code, 0) << cmd;
    EXPECT_NE(help.out.find("usage: ogpx " + std::string(cmd)), std::string::npos) << cmd;
  }
}

TEST_F(Cli, PagesJsonShowsWordsAndRules) {
  auto run = RunOgpx("pages '" + Sample("nap5-en.pdf") + "' --page 7 --format json");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  auto j = nlohmann::json::parse(run.out);
  ASSERT_EQ(j["pages"].size(), 1u);
  EXPECT_EQ(j["pages"][0]["page"], 7);
  EXPECT_GT(j["pages"][0]["words"].size(), 100u);
  EXPECT_GT(j["pages"][0]["rules"].size(), 10u);
}

}  // namespace
}  // namespace ogpx::testing
