// Reports in the store: entries extracted from the sample report PDFs are
// linked to the milestones of the plan (given by its gold file, so these
// tests do not depend on the plan reader) whichever arrives first; unknown
// milestones are warned about; `ogpx status` output is checked against
// golden files and --as-of changes what is overdue.
//
// Golden files: tests/report/golden/. To regenerate after a deliberate
// change, run with OGPX_UPDATE_GOLDEN=1 and review the diff.
#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "export/json.h"
#include "extract/extract.h"
#include "model/store.h"

namespace ogpx {
namespace {

namespace fs = std::filesystem;
using model::MilestoneStatus;

const std::string kGoldenDir = std::string(OGPX_TESTDATA_DIR) + "/../report/golden";
const std::string kDataDir = std::string(OGPX_TESTDATA_DIR) + "/../report/data";

std::string Sample(const std::string& name) { return std::string(OGPX_SAMPLES_DIR) + "/" + name; }

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

model::Document GoldPlan() {
  std::ifstream in(Sample("nap5-en.gold.json"));
  auto doc = exporter::FromJson(nlohmann::json::parse(in));
  EXPECT_TRUE(doc.ok());
  return doc.ok() ? *doc : model::Document{};
}

model::Document ExtractedReport(const std::string& base) {
  auto doc = ingest::Open(Sample(base + ".pdf"));
  EXPECT_TRUE(doc.ok());
  if (!doc.ok()) return {};
  return extract::Extract(*doc);
}

// A fresh database file in the test's own temporary folder.
class ReportStore : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::temp_directory_path() / ("ogpx-report-" + std::string(info->name()) + "-" +
                                        std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    db_ = (dir_ / "ogpx.sqlite").string();
  }
  void TearDown() override { fs::remove_all(dir_); }

  model::Store Open() {
    auto store = model::Store::Open(db_);
    EXPECT_TRUE(store.ok()) << (store.ok() ? "" : store.error().ToString());
    return std::move(store.value());
  }

  static void Ingest(model::Store& store, const model::Document& doc) {
    auto r = store.Ingest(doc, extract::kExtractorVersion);
    ASSERT_TRUE(r.ok()) << r.error().ToString();
  }

  static const MilestoneStatus* Find(const std::vector<MilestoneStatus>& rows, const std::string& n) {
    for (const auto& r : rows)
      if (r.number == n) return &r;
    return nullptr;
  }

  struct Run {
    int code = -1;
    std::string out, err;
  };
  // `env`: assignments before the command ("COLUMNS=60"); COLUMNS is unset
  // otherwise, so that text is 100 columns wide as in a pipe.
  Run Status(const std::string& options, const std::string& env = "") {
    const std::string out = (dir_ / "out.txt").string(), err = (dir_ / "err.txt").string();
    const std::string cmd = std::string("unset COLUMNS; ") + env + " LC_ALL=C.UTF-8 '" + OGPX_BINARY +
                            "' status --db '" + db_ +
                            "' " + options + " >'" + out + "' 2>'" + err + "'";
    const int rc = std::system(cmd.c_str());
    return {WIFEXITED(rc) ? WEXITSTATUS(rc) : -1, ReadFile(out), ReadFile(err)};
  }

  void ExpectGolden(const std::string& actual, const std::string& name) {
    const std::string path = kGoldenDir + "/" + name;
    if (std::getenv("OGPX_UPDATE_GOLDEN")) {
      std::ofstream(path, std::ios::binary) << actual;
      GTEST_SKIP() << "golden file rewritten: " << path;
    }
    EXPECT_EQ(actual, ReadFile(path)) << "differs from " << path;
  }

  fs::path dir_;
  std::string db_;
};

TEST_F(ReportStore, ReportLinksWhetherItArrivesBeforeOrAfterThePlan) {
  const auto plan = GoldPlan();
  const auto report = ExtractedReport("report-mof-2024q3-en");
  ASSERT_EQ(report.kind, model::Kind::kProgressReport);
  std::vector<std::vector<MilestoneStatus>> results;
  for (bool report_first : {false, true}) {
    SCOPED_TRACE(report_first ? "report first" : "plan first");
    fs::remove(db_);
    auto store = Open();
    Ingest(store, report_first ? report : plan);
    Ingest(store, report_first ? plan : report);
    auto rows = store.MilestoneStatuses("2025-01-01");
    ASSERT_TRUE(rows.ok()) << rows.error().ToString();
    const auto* m = Find(*rows, "5.1.1");
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->status, model::Status::kSubstantial);
    EXPECT_EQ(m->progress_percent, 70);
    EXPECT_EQ(m->report_file, "report-mof-2024q3-en.pdf");
    EXPECT_EQ(m->period_label, "2024 Q3");
    EXPECT_FALSE(m->no_report);
    const auto* unreported = Find(*rows, "9.2");
    ASSERT_NE(unreported, nullptr);
    EXPECT_TRUE(unreported->no_report);
    auto id = store.FindDocument(report.source.sha256);
    ASSERT_TRUE(id.ok() && id->has_value());
    auto warnings = store.LinkWarnings(**id);
    ASSERT_TRUE(warnings.ok());
    for (const auto& w : *warnings) EXPECT_NE(w.code, "unknown_milestone") << w.message;
    results.push_back(std::move(*rows));
  }
  ASSERT_EQ(results[0].size(), results[1].size());
  for (std::size_t i = 0; i < results[0].size(); ++i) {
    EXPECT_EQ(results[0][i].status, results[1][i].status) << results[0][i].number;
    EXPECT_EQ(results[0][i].no_report, results[1][i].no_report) << results[0][i].number;
  }
}

TEST_F(ReportStore, UnknownMilestoneIsAWarning) {
  auto report = ExtractedReport("report-mof-2024q3-en");
  ASSERT_TRUE(report.progress_report);
  ASSERT_FALSE(report.progress_report->entries.empty());
  report.progress_report->entries.back().milestone = "5.2.9";  // not in the plan
  auto store = Open();
  Ingest(store, GoldPlan());
  Ingest(store, report);
  auto id = store.FindDocument(report.source.sha256);
  ASSERT_TRUE(id.ok() && id->has_value());
  auto warnings = store.LinkWarnings(**id);
  ASSERT_TRUE(warnings.ok());
  int unknown = 0;
  for (const auto& w : *warnings)
    if (w.code == "unknown_milestone") {
      ++unknown;
      EXPECT_NE(w.message.find("5.2.9"), std::string::npos) << w.message;
    }
  EXPECT_EQ(unknown, 1);
}

// Plan, the English and the Mongolian report (linked through a country
// alias), ingested in a fixed order; the CLI output is compared byte for byte.
TEST_F(ReportStore, StatusOutputMatchesGoldenFiles) {
  {
    auto store = Open();
    auto aliases = store.LoadAliases(kDataDir + "/country-aliases.tsv");
    ASSERT_TRUE(aliases.ok()) << aliases.error().ToString();
    Ingest(store, GoldPlan());
    Ingest(store, ExtractedReport("report-mof-2024q3-en"));
    Ingest(store, ExtractedReport("report-mmhi-2024q4-mn"));
  }
  for (const char* format : {"text", "csv"}) {
    SCOPED_TRACE(format);
    const Run run = Status(std::string("--as-of 2025-06-30 --format ") + format);
    EXPECT_EQ(run.code, 0);
    EXPECT_EQ(run.err, "");
    ExpectGolden(run.out, std::string("status-nap5-2025-06-30.") + (format == std::string("text") ? "txt" : "csv"));
  }
  const Run json = Status("--as-of 2025-06-30 --format json");
  EXPECT_EQ(json.code, 0);
  const auto doc = nlohmann::json::parse(json.out);
  ASSERT_TRUE(doc.is_object());
  EXPECT_EQ(doc["as_of"], "2025-06-30");
  EXPECT_EQ(doc["rows"].size(), 39u);  // every milestone of the plan
  ExpectGolden(json.out, "status-nap5-2025-06-30.json");
}

TEST_F(ReportStore, APlanInSeveralFilesIsListedOnce) {
  // The same plan ingested from three files (say the original, a scan and a
  // Mongolian edition naming the country "Монгол Улс", linked to "Mongolia"
  // by the alias table): one block, naming the other files; --all-copies
  // lists them all.
  {
    auto store = Open();
    ASSERT_TRUE(store.LoadAliases(kDataDir + "/country-aliases.tsv").ok());
    Ingest(store, GoldPlan());
    model::Document copy = GoldPlan();
    copy.source.file = "nap5-en-copy.pdf";
    copy.source.sha256 = std::string(64, 'a');
    Ingest(store, copy);
    model::Document mn = GoldPlan();
    mn.source.file = "nap5-mn-part.pdf";
    mn.source.sha256 = std::string(64, 'b');
    mn.action_plan->country = "Монгол Улс";
    mn.action_plan->commitments.resize(1);
    Ingest(store, mn);
  }
  const Run once = Status("--as-of 2025-06-30");
  EXPECT_EQ(once.code, 0) << once.err;
  std::size_t blocks = 0;
  for (std::size_t at = once.out.find("plan: "); at != std::string::npos; at = once.out.find("\nplan: ", at + 1))
    ++blocks;
  EXPECT_EQ(blocks, 1u) << once.out;
  EXPECT_NE(once.out.find("same plan also in: nap5-en-copy.pdf, nap5-mn-part.pdf"), std::string::npos) << once.out;
  const Run csv = Status("--as-of 2025-06-30 --format csv");
  EXPECT_EQ(std::count(csv.out.begin(), csv.out.end(), '\n'), 40) << "header + 39 milestones";
  const Run all = Status("--as-of 2025-06-30 --all-copies --format csv");
  std::size_t part = 0;
  for (std::size_t at = all.out.find("nap5-mn-part.pdf"); at != std::string::npos;
       at = all.out.find("nap5-mn-part.pdf", at + 1))
    ++part;
  EXPECT_GT(part, 0u);
  EXPECT_EQ(std::count(all.out.begin(), all.out.end(), '\n'), static_cast<std::ptrdiff_t>(79 + part))
      << "header + 2 x 39 + the Mongolian part";
}

TEST_F(ReportStore, AsOfDecidesWhatIsOverdue) {
  {
    auto store = Open();
    Ingest(store, GoldPlan());
    Ingest(store, ExtractedReport("report-mof-2024q3-en"));
  }
  // 5.1.2 is due in 2024 and was "substantial" in 2024 Q3: overdue only once
  // 2024 is over. 5.1.4 is complete: never overdue.
  auto overdue = [&](const std::string& as_of, const std::string& milestone) {
    const Run run = Status("--format json --as-of " + as_of);
    EXPECT_EQ(run.code, 0) << run.err;
    const auto doc = nlohmann::json::parse(run.out);
    for (const auto& row : doc["rows"])
      if (row["milestone"] == milestone) return row["overdue"].get<bool>();
    ADD_FAILURE() << "no milestone " << milestone;
    return false;
  };
  EXPECT_FALSE(overdue("2024-12-31", "5.1.2"));
  EXPECT_TRUE(overdue("2025-01-01", "5.1.2"));
  EXPECT_FALSE(overdue("2030-01-01", "5.1.4"));
}

TEST_F(ReportStore, StatusUsageErrors) {
  EXPECT_EQ(Status("--format xml").code, 2);
  EXPECT_EQ(Status("--as-of yesterday").code, 2);
  const std::string missing = (dir_ / "none.sqlite").string();
  const Run run = Status("--db '" + missing + "'");  // a second --db: the last one wins
  EXPECT_EQ(run.code, 1);
  EXPECT_NE(run.err.find("no such database"), std::string::npos) << run.err;
  EXPECT_FALSE(fs::exists(missing));
}

// The golden database of StatusOutputMatchesGoldenFiles, plus the project's
// organisation aliases (so that a Mongolian agency name finds its English
// organisation).
class StatusFilters : public ReportStore {
 protected:
  void SetUp() override {
    ReportStore::SetUp();
    auto store = Open();
    ASSERT_TRUE(store.LoadAliases(kDataDir + "/country-aliases.tsv").ok());
    ASSERT_TRUE(store.LoadAliases(std::string(OGPX_SOURCE_DIR) + "/data/org-aliases-mn-en.tsv").ok());
    Ingest(store, GoldPlan());
    Ingest(store, ExtractedReport("report-mof-2024q3-en"));
    Ingest(store, ExtractedReport("report-mmhi-2024q4-mn"));
  }
  nlohmann::json Json(const std::string& options) {
    const Run run = Status("--as-of 2025-06-30 --format json " + options);
    EXPECT_EQ(run.code, 0) << run.err;
    EXPECT_EQ(run.err, "");
    return nlohmann::json::parse(run.out);
  }
  static std::vector<std::string> Lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
  }
  static std::size_t Columns(const std::string& line) {
    std::size_t n = 0;
    for (unsigned char c : line) n += (c & 0xC0) != 0x80;
    return n;
  }
};

TEST_F(StatusFilters, EachFilterKeepsOnlyItsRows) {
  const auto all = Json("");
  ASSERT_EQ(all["rows"].size(), 39u);
  std::size_t overdue = 0, unreported = 0, finance = 0;
  for (const auto& r : all["rows"]) {
    overdue += r["overdue"].get<bool>();
    unreported += r["no_report"].get<bool>();
    for (const auto& l : r["lead"]) finance += l == "Ministry of Finance";
  }
  ASSERT_GT(overdue, 0u);
  ASSERT_GT(finance, 0u);
  const auto late = Json("--overdue");
  EXPECT_EQ(late["filters"]["overdue"], true);
  EXPECT_EQ(late["rows"].size(), overdue);
  for (const auto& r : late["rows"]) EXPECT_TRUE(r["overdue"].get<bool>());
  EXPECT_EQ(Json("--unreported")["rows"].size(), unreported);
  // An agency by a part of its name, in any case, or by its Mongolian name.
  const auto mof = Json("--agency FINANCE");
  EXPECT_EQ(mof["filters"]["agency"], "FINANCE");
  EXPECT_EQ(mof["rows"].size(), finance);
  for (const auto& r : mof["rows"]) EXPECT_NE(r["lead"].dump().find("Ministry of Finance"), std::string::npos);
  EXPECT_EQ(Json("--agency '\u0421\u0430\u043d\u0433\u0438\u0439\u043d \u044f\u0430\u043c'")["rows"].size(), finance);
  ASSERT_EQ(mof["agencies"].size(), 1u);
  EXPECT_EQ(mof["agencies"][0]["agency"], "Ministry of Finance");
  EXPECT_EQ(mof["agencies"][0]["milestones"], finance);
  // Country through the alias table; plan by number or file.
  EXPECT_EQ(Json("--country '\u041c\u043e\u043d\u0433\u043e\u043b \u0423\u043b\u0441'")["rows"].size(), 39u);
  EXPECT_EQ(Json("--country France")["rows"].size(), 0u);
  EXPECT_EQ(Json("--plan 5")["rows"].size(), 39u);
  EXPECT_EQ(Json("--plan 4")["rows"].size(), 0u);
  EXPECT_EQ(Json("--plan nap5-en.pdf")["rows"].size(), 39u);
  EXPECT_EQ(Json("--overdue --agency finance")["rows"].size(),
            static_cast<std::size_t>(std::count_if(late["rows"].begin(), late["rows"].end(), [](const auto& r) {
              return r["lead"].dump().find("Ministry of Finance") != std::string::npos;
            })));
  // Nothing matches: said in the text, exit 0.
  const Run none = Status("--as-of 2025-06-30 --country France");
  EXPECT_EQ(none.code, 0);
  EXPECT_NE(none.out.find("no milestone matches"), std::string::npos) << none.out;
  EXPECT_EQ(Status("--agency ''").code, 2);
}

TEST_F(StatusFilters, TheMonitoringQuestionInEveryFormat) {
  // "What is late, and whose?" as of the end of June 2025.
  const std::string q = "--as-of 2025-06-30 --overdue";
  const Run text = Status(q);
  EXPECT_EQ(text.code, 0) << text.err;
  EXPECT_EQ(text.out.rfind("status as of 2025-06-30; overdue only\n", 0), 0u) << text.out;
  for (const auto& line : Lines(text.out)) EXPECT_LE(Columns(line), 100u) << line;
  ExpectGolden(text.out, "status-overdue-2025-06-30.txt");
  const Run csv = Status(q + " --format csv");
  EXPECT_EQ(csv.code, 0) << csv.err;
  // RFC 4180: every record ends in CRLF (a bare LF only inside a quoted cell).
  ASSERT_TRUE(csv.out.ends_with("\r\n"));
  EXPECT_NE(csv.out.find(",as_of,text\r\n"), std::string::npos);
  EXPECT_NE(csv.out.find(",2025-06-30,"), std::string::npos);
  ExpectGolden(csv.out, "status-overdue-2025-06-30.csv");
  const Run agencies = Status("--as-of 2025-06-30 --by-agency --format csv");
  EXPECT_EQ(agencies.code, 0) << agencies.err;
  ExpectGolden(agencies.out, "status-agencies-2025-06-30.csv");
}

TEST_F(StatusFilters, TextFitsANarrowTerminalWithWholeWords) {
  const Run run = Status("--as-of 2025-06-30 --agency finance", "COLUMNS=60");
  EXPECT_EQ(run.code, 0) << run.err;
  for (const auto& line : Lines(run.out)) EXPECT_LE(Columns(line), 60u) << line;
  // Every word of every milestone text is printed whole.
  const auto rows = Json("--agency finance")["rows"];
  ASSERT_FALSE(rows.empty());
  for (const auto& r : rows) {
    std::istringstream words(r["text"].get<std::string>());
    for (std::string w; words >> w;)
      if (Columns(w) < 40) {
        EXPECT_NE(run.out.find(w), std::string::npos) << w;
      }
  }
  ExpectGolden(run.out, "status-finance-60-columns.txt");
  // Narrower still: the text goes under its row; lines still fit.
  const Run narrow = Status("--as-of 2025-06-30 --agency finance", "COLUMNS=40");
  EXPECT_EQ(narrow.code, 0);
  std::size_t longest = 0;
  for (const auto& line : Lines(narrow.out)) longest = std::max(longest, Columns(line));
  EXPECT_LE(longest, 40u);
  EXPECT_NE(narrow.out.find("lead: Ministry of Finance"), std::string::npos) << narrow.out;
}

}  // namespace
}  // namespace ogpx
