// Nothing lost (issue 22): ogpx never writes over a file it reads, never
// changes another program's SQLite database, keeps spreadsheet formulas out
// of its CSV and exports documents whatever their file names (docs/cli.md,
// docs/export.md, docs/schema.md). The real binary on real samples.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "../model/gold.h"
#include "export/writer.h"
#include "model/store.h"
#include "tests/cli/run_cli.h"

namespace ogpx::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// A quick born-digital sample (one page).
const char kPdf[] = "order-120-mn.pdf";

class Guards : public TempDirTest {
 protected:
  // A copy of the sample in the test folder, under `name`.
  std::string CopySample(const std::string& name, const char* sample = kPdf) const {
    fs::copy_file(Sample(sample), dir_ / name);
    return Path(name);
  }
  // A database holding one ingested sample.
  std::string MakeDb(const std::string& name = "db.sqlite") const {
    auto run = RunOgpx("ingest --quiet --db '" + Path(name) + "' '" + Sample(kPdf) + "'");
    EXPECT_EQ(run.exit_code, 0) << run.err;
    return Path(name);
  }
};

// Runs `sql` on the database at `path` (test setup; no ogpx code involved).
void Sql(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  char* msg = nullptr;
  EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &msg), SQLITE_OK) << (msg ? msg : "");
  sqlite3_free(msg);
  sqlite3_close(db);
}


std::vector<std::string> Listing(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

// --- 1. outputs never over inputs or the database -------------------------

TEST_F(Guards, ReportOverTheDatabaseIsRefusedAndTheDatabaseIsUnchanged) {
  const std::string db = MakeDb();
  const std::string before = ReadAll(db);
  auto run = RunOgpx("ingest --db '" + db + "' --report '" + db + "' '" + Sample(kPdf) + "'");
  EXPECT_EQ(run.exit_code, 2) << run.err;
  EXPECT_NE(run.err.find("--report " + db + ": is the same file as the database '" + db + "'"),
            std::string::npos)
      << run.err;
  EXPECT_EQ(ReadAll(db), before);
  // The same file under another name (a hard link; spelled with "..") too.
  fs::create_hard_link(db, dir_ / "report.json");
  fs::create_directories(dir_ / "sub");
  for (const std::string& report : {Path("report.json"), Path("sub/../db.sqlite")}) {
    run = RunOgpx("ingest --db '" + db + "' --report '" + report + "' '" + Sample(kPdf) + "'");
    EXPECT_EQ(run.exit_code, 2) << report;
    EXPECT_NE(run.err.find(report), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("database '" + db + "'"), std::string::npos) << run.err;
    EXPECT_EQ(ReadAll(db), before);
  }
}

TEST_F(Guards, ReportOverAnInputIsRefusedBeforeAnythingIsWritten) {
  const std::string in = CopySample("in.pdf");
  const std::string before = ReadAll(in);
  auto run = RunOgpx("ingest --db '" + Path("db.sqlite") + "' --report '" + in + "' '" + in + "'");
  EXPECT_EQ(run.exit_code, 2) << run.err;
  EXPECT_NE(run.err.find("--report " + in + ": is the same file as the input '" + in + "'"),
            std::string::npos)
      << run.err;
  EXPECT_EQ(ReadAll(in), before);
  EXPECT_FALSE(fs::exists(Path("db.sqlite")));  // refused before the database was opened
  // An input found in a folder, reached through a symbolic link.
  fs::create_symlink(in, dir_ / "link.json");
  run = RunOgpx("ingest --db '" + Path("db.sqlite") + "' --report '" + Path("link.json") + "' '" + dir_.string() + "'");
  EXPECT_EQ(run.exit_code, 2) << run.err;
  EXPECT_NE(run.err.find("the input '" + in + "'"), std::string::npos) << run.err;
  EXPECT_EQ(ReadAll(in), before);
}

TEST_F(Guards, DatabaseOverAnInputIsRefused) {
  const std::string in = CopySample("in.pdf");
  const std::string before = ReadAll(in);
  auto run = RunOgpx("ingest --db '" + in + "' '" + in + "'");
  EXPECT_EQ(run.exit_code, 2) << run.err;
  EXPECT_NE(run.err.find("--db " + in + ": is the same file as the input '" + in + "'"), std::string::npos)
      << run.err;
  EXPECT_EQ(ReadAll(in), before);
}

TEST_F(Guards, ExportOverTheDatabaseIsRefusedAndNothingIsWritten) {
  fs::create_directories(dir_ / "out");
  const std::string db = MakeDb("out/commitments.csv");  // where the CSV export would write
  const std::string before = ReadAll(db);
  const auto listing = Listing(dir_ / "out");
  auto run = RunOgpx("export --db '" + db + "' --format csv --out '" + Path("out") + "'");
  EXPECT_EQ(run.exit_code, 2) << run.err;
  EXPECT_NE(run.err.find(db + ": is the same file as the database '" + db + "'"), std::string::npos) << run.err;
  EXPECT_EQ(ReadAll(db), before);
  EXPECT_EQ(Listing(dir_ / "out"), listing);
  // JSON: the document's own file name.
  const std::string db2 = MakeDb("order-120-mn.json");
  const std::string before2 = ReadAll(db2);
  run = RunOgpx("export --db '" + db2 + "' --format json --out '" + dir_.string() + "'");
  EXPECT_EQ(run.exit_code, 2) << run.err;
  EXPECT_NE(run.err.find("is the same file as the database"), std::string::npos) << run.err;
  EXPECT_EQ(ReadAll(db2), before2);
}

TEST_F(Guards, TablesOutOverTheInputIsRefused) {
  const std::string in = CopySample("doc.pdf");
  fs::create_directories(dir_ / "xml");
  fs::create_hard_link(in, dir_ / "xml" / "doc-str.xml");
  const std::string before = ReadAll(in);
  auto run = RunOgpx("tables '" + in + "' --format icdar --out '" + Path("xml") + "'");
  EXPECT_EQ(run.exit_code, 2) << run.err;
  EXPECT_NE(run.err.find("doc-str.xml: is the same file as the input '" + in + "'"), std::string::npos)
      << run.err;
  EXPECT_EQ(ReadAll(in), before);
}

// --- 2. another program's database is never changed ------------------------

TEST_F(Guards, AForeignDatabaseIsRefusedAndLeftByteForByte) {
  const std::string db = Path("foreign.sqlite");
  Sql(db, "CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1), (2);");
  const std::string before = ReadAll(db);
  for (const std::string& cmd : {"ingest --db '" + db + "' '" + Sample(kPdf) + "'",
                                 "export --db '" + db + "' --format json --out '" + Path("out") + "'",
                                 "status --db '" + db + "'"}) {
    auto run = RunOgpx(cmd);
    EXPECT_EQ(run.exit_code, 2) << cmd << "\n" << run.err;
    EXPECT_NE(run.err.find(db + ": not an ogpx database"), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("refusing to change it"), std::string::npos) << run.err;
    EXPECT_EQ(ReadAll(db), before) << cmd;
    EXPECT_EQ(Listing(dir_), std::vector<std::string>{"foreign.sqlite"}) << cmd;  // no -wal, no out/
  }
  // Another program's application_id, even with tables named like ogpx's.
  const std::string other = Path("other.sqlite");
  Sql(other, "PRAGMA application_id = 123; CREATE TABLE documents (id INTEGER);"
             "CREATE TABLE commitments (id INTEGER); PRAGMA user_version = 1;");
  const std::string before_other = ReadAll(other);
  auto run = RunOgpx("ingest --db '" + other + "' '" + Sample(kPdf) + "'");
  EXPECT_EQ(run.exit_code, 2) << run.err;
  EXPECT_NE(run.err.find("application_id is 0x0000007B"), std::string::npos) << run.err;
  EXPECT_EQ(ReadAll(other), before_other);
}

TEST_F(Guards, OgpxStampsItsDatabasesAndAcceptsOlderOnes) {
  const std::string db = MakeDb();
  EXPECT_EQ(QueryInt(db, "PRAGMA application_id"), 0x4F475058);
  // An ogpx database from before the stamp: application_id 0, ogpx's tables.
  Sql(db, "PRAGMA application_id = 0");
  ASSERT_EQ(QueryInt(db, "PRAGMA application_id"), 0);
  // Reading it writes nothing (status opens it read-only); storing stamps it.
  auto run = RunOgpx("status --db '" + db + "' --format json");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(QueryInt(db, "PRAGMA application_id"), 0);
  run = RunOgpx("ingest --quiet --db '" + db + "' '" + Sample("report-mof-2024q3-en.pdf") + "'");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(QueryInt(db, "PRAGMA application_id"), 0x4F475058);
  // An empty SQLite file (or an empty database) is fine and becomes ogpx's.
  std::ofstream(Path("empty.sqlite")).close();
  run = RunOgpx("ingest --quiet --db '" + Path("empty.sqlite") + "' '" + Sample(kPdf) + "'");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(QueryInt(Path("empty.sqlite"), "PRAGMA application_id"), 0x4F475058);
}

// --- 3. CSV formula neutralisation -----------------------------------------

TEST_F(Guards, CsvCellsThatLookLikeFormulasAreNeutralisedUnlessRaw) {
  const std::string db = Path("db.sqlite");
  {
    auto store = model::Store::Open(db);
    ASSERT_TRUE(store.ok()) << store.error().ToString();
    auto doc = GoldDocument("nap5-en.gold.json");
    ASSERT_TRUE(doc.ok());
    auto& c = doc->action_plan->commitments.at(0);
    c.title = "=HYPERLINK(\"http://evil.example\",\"click\")";
    c.lead = {"@SUM(A1:A9)"};
    c.milestones.at(0).lead = {"+Ministry"};
    c.milestones.at(0).number = "-3";  // a number: stays as it is
    ASSERT_TRUE(store->Ingest(*doc, 1).ok());
  }
  auto run = RunOgpx("export --db '" + db + "' --format csv --out '" + Path("csv") + "'");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  std::string commitments = ReadAll(Path("csv/commitments.csv"));
  EXPECT_NE(commitments.find(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\","), std::string::npos)
      << commitments.substr(0, 600);
  EXPECT_NE(commitments.find(",'@SUM(A1:A9),"), std::string::npos);
  std::string milestones = ReadAll(Path("csv/milestones.csv"));
  EXPECT_NE(milestones.find(",-3,"), std::string::npos);
  EXPECT_EQ(milestones.find("'-3"), std::string::npos);
  run = RunOgpx("export --db '" + db + "' --format csv --csv-raw --out '" + Path("raw") + "'");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  commitments = ReadAll(Path("raw/commitments.csv"));
  EXPECT_NE(commitments.find(",\"=HYPERLINK("), std::string::npos);
  EXPECT_NE(commitments.find(",@SUM(A1:A9),"), std::string::npos);
  // status --format csv: the milestone's lead.
  run = RunOgpx("status --db '" + db + "' --format csv --as-of 2026-01-01");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find(",-3,'+Ministry,"), std::string::npos) << run.out.substr(0, 600);
  run = RunOgpx("status --db '" + db + "' --format csv --csv-raw --as-of 2026-01-01");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find(",-3,+Ministry,"), std::string::npos) << run.out.substr(0, 600);
}

// --- 4. export file names ---------------------------------------------------

TEST_F(Guards, ALongCyrillicFileNameIsShortenedAndKeptWholeInTheJson) {
  std::string stem;
  while (stem.size() < 246) stem += "Ж";  // 2 bytes each
  const std::string name = stem + ".pdf";  // 250 bytes
  ASSERT_EQ(name.size(), 250u);
  CopySample(name);
  auto run = RunOgpx("ingest --quiet --db '" + Path("db.sqlite") + "' --report '" + Path("report.json") + "' '" +
                     dir_.string() + "'");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  run = RunOgpx("export --quiet --db '" + Path("db.sqlite") + "' --format json --out '" + Path("json") + "'");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  auto files = Listing(dir_ / "json");
  ASSERT_EQ(files.size(), 1u);
  const std::string& out = files[0];
  EXPECT_LE(out.size(), exporter::kMaxFileNameBytes);
  EXPECT_EQ(out.rfind("ЖЖЖ", 0), 0u);
  // Cut between characters, then "-<8 hex>.json".
  ASSERT_GT(out.size(), 14u);
  const std::string kept = out.substr(0, out.size() - 14);
  EXPECT_EQ(kept.size() % 2, 0u);
  EXPECT_EQ(kept, stem.substr(0, kept.size()));
  EXPECT_EQ(out[out.size() - 14], '-');
  EXPECT_TRUE(out.ends_with(".json"));
  auto j = json::parse(ReadAll(dir_ / "json" / out));
  EXPECT_EQ(j["source"]["file"], name);
}

TEST_F(Guards, AFileNameThatIsNotUtf8IsEscapedNeverAnError) {
  const std::string name = "bad\xFF\xFEname.pdf";
  CopySample(name);
  auto run = RunOgpx("ingest --quiet --db '" + Path("db.sqlite") + "' --report '" + Path("report.json") + "' '" +
                     Path(name) + "'");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  auto report = json::parse(ReadAll(Path("report.json")));
  EXPECT_EQ(report["files"][0]["file"], Path("bad\\xFF\\xFEname.pdf"));
  run = RunOgpx("export --quiet --db '" + Path("db.sqlite") + "' --format json --out '" + Path("json") + "'");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(Listing(dir_ / "json"), std::vector<std::string>{"bad\\xFF\\xFEname.json"});
  auto j = json::parse(ReadAll(dir_ / "json" / "bad\\xFF\\xFEname.json"));
  EXPECT_EQ(j["source"]["file"], "bad\\xFF\\xFEname.pdf");
  run = RunOgpx("export --quiet --db '" + Path("db.sqlite") + "' --format csv --out '" + Path("csv") + "'");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  run = RunOgpx("status --db '" + Path("db.sqlite") + "' --format json");
  EXPECT_EQ(run.exit_code, 0) << run.err;
}

}  // namespace
}  // namespace ogpx::testing
