// `ogpx ingest` as a batch: the hostile set, kill -9 in the middle, two
// ingests on one database, incremental skip and --force, '-' for stdin, the
// report and the exit codes (docs/cli.md).
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <thread>

#include <nlohmann/json.hpp>

#include "tests/cli/batch_helpers.h"
#include "tests/cli/run_cli.h"

namespace ogpx::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// Born-digital samples: quick to read, so a batch of them is quick too.
const char* const kBatch[] = {"order-120-mn.pdf", "order-120-mn-legacy8.pdf", "report-mof-2024q3-en.pdf",
                              "report-mmhi-2024q4-mn.pdf", "report-mmhi-2024q4-mn-legacy.pdf",
                              "nap5-mn-excerpt.pdf", "nap5-en.pdf"};

class Batch : public TempDirTest {
 protected:
  std::string Db(const std::string& name = "db.sqlite") const { return "--db '" + Path(name) + "' "; }
  // `copies` variants of each born-digital sample in `folder` ("NAME-07.pdf",
  // a comment after %%EOF making its bytes differ): a batch long enough to
  // be killed in the middle of. Returns the folder.
  std::string CopyBatch(const std::string& folder, int copies = 1) const {
    fs::create_directories(Path(folder));
    for (const char* f : kBatch) {
      std::string bytes = ReadAll(Sample(f)), stem = fs::path(f).stem();
      for (int i = 0; i < copies; ++i)
        std::ofstream(dir_ / folder / (stem + "-" + std::to_string(100 + i).substr(1) + ".pdf"), std::ios::binary)
            << bytes << "\n% copy " << i << "\n";
    }
    return Path(folder);
  }
};

TEST_F(Batch, HostileSetFailsFileByFileAndTheBatchGoesOn) {
  std::string hostile = Path("hostile");
  std::string make = "python3 '" + std::string(OGPX_TESTDATA_DIR) + "/hostile/make.py' '" + hostile + "' '" +
                     Sample("order-120-mn.pdf") + "'";
  ASSERT_EQ(std::system(make.c_str()), 0);
  auto started = std::chrono::steady_clock::now();
  auto run = RunOgpx("ingest " + Db() + "--report '" + Path("report.json") + "' '" + hostile + "'");
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  EXPECT_EQ(run.exit_code, 1) << run.err;  // some failed, the rest are in; no crash
  EXPECT_LT(seconds, 120) << "no hang";
  auto report = Report(Path("report.json"));
  std::map<std::string, std::string> expected = {
      {"truncated.pdf", "failed"},           {"random-bytes.pdf", "failed"},
      {"empty.pdf", "failed"},               {"not-a-pdf.pdf", "failed"},
      {"zero-pages.pdf", "failed"},          {"encrypted-user-password.pdf", "failed"},
      {"self.pdf", "failed"},                {"encrypted-owner-only.pdf", "inserted"},
      {"good.pdf", "inserted"},              {"page-200x200-inches.pdf", "inserted"},
      {"decompression-bomb.pdf", "inserted"}, {"jpeg-absurd-dimensions.pdf", "inserted"},
      {"deeply-nested.pdf", "inserted"},    {"page-mediabox-1e20.pdf", "inserted"},
      {"text-objects-200000.pdf", "inserted"}, {"nested-graphics-states.pdf", "inserted"},
      {"million-rectangles.pdf", "inserted"},
  };
  auto got = StatusByFile(report);
  for (const auto& [name, status] : expected) EXPECT_EQ(got[name], status) << name << "\n" << run.err;
  EXPECT_EQ(got.size(), expected.size()) << report.dump(1);
  for (const auto& f : report["files"]) {
    std::string file = f["file"];
    if (f["status"] == "failed") {
      // One line on stderr naming the file and the reason.
      std::string line = "ogpx: " + f["error"]["message"].get<std::string>() + "\n";
      EXPECT_NE(run.err.find(line), std::string::npos) << line << run.err;
      EXPECT_EQ(f["error"]["message"].get<std::string>().find('\n'), std::string::npos);
      EXPECT_EQ(f["error"]["message"].get<std::string>().rfind(file, 0), 0u) << file;
    }
  }
  // Pages over a limit are skipped with a warning naming the limit.
  for (const auto& f : report["files"]) {
    std::string name = fs::path(f["file"].get<std::string>()).filename();
    static const std::map<std::string, std::string> kLimitOf = {
        {"page-200x200-inches.pdf", "max_page_side"},   {"decompression-bomb.pdf", "max_stream_bytes"},
        {"jpeg-absurd-dimensions.pdf", "max_image_pixels"}, {"page-mediabox-1e20.pdf", "max_page_side"},
        {"text-objects-200000.pdf", "max_page_chars"},   {"nested-graphics-states.pdf", "max_graphics_nesting"},
        {"million-rectangles.pdf", "max_render_path_points"}};
    auto limit = kLimitOf.find(name);
    if (limit == kLimitOf.end()) continue;
    ASSERT_FALSE(f["warnings"].empty()) << name;
    EXPECT_EQ(f["warnings"][0]["code"], "page_over_limit") << name;
    EXPECT_NE(f["warnings"][0]["message"].get<std::string>().find("limit " + limit->second), std::string::npos)
        << name << ": " << f["warnings"][0]["message"];
  }
  // A MediaBox of 1e20 points is named as such (a float-to-integer cast gave
  // -9223372036854775808).
  for (const auto& f : report["files"]) {
    if (fs::path(f["file"].get<std::string>()).filename() != "page-mediabox-1e20.pdf") continue;
    EXPECT_NE(f["warnings"][0]["message"].get<std::string>().find("page is 1e+20 x 1e+20 points"), std::string::npos)
        << f["warnings"][0]["message"];
  }
  EXPECT_NE(run.err.find("encrypted PDF: a password is required"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("self.pdf: cannot read: Too many levels of symbolic links"), std::string::npos)
      << run.err;
  EXPECT_NE(run.err.find("failed: "), std::string::npos) << run.err;  // the summary counts reasons
  EXPECT_EQ(IntegrityCheck(Path("db.sqlite")), "ok\n");
}

TEST_F(Batch, KilledMidwayLeavesWholeDocumentsAndARerunCompletesIt) {
  const int copies = 40;
  const long long total = copies * static_cast<long long>(std::size(kBatch));
  std::string folder = CopyBatch("in", copies);
  // The reference: one uninterrupted run.
  auto reference = RunOgpx("ingest --quiet --ocr never " + Db("ref.sqlite") + "'" + folder + "'");
  ASSERT_EQ(reference.exit_code, 0) << reference.err;
  // kill -9 after 10, 60 and 150 documents are in; each run starts where the
  // last one was killed.
  for (long long after : {10, 60, 150}) {
    pid_t pid = Start("ingest --quiet --ocr never " + Db() + "'" + folder + "'", Path("log"));
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
    while (std::chrono::steady_clock::now() < deadline &&
           QueryInt(Path("db.sqlite"), "SELECT count(*) FROM documents") < after)
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    ::kill(pid, SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);
    EXPECT_TRUE(WIFSIGNALED(status)) << "ingest ended before it was killed, after " << after;
    EXPECT_EQ(IntegrityCheck(Path("db.sqlite")), "ok\n") << "after " << after;
    EXPECT_EQ(PartialDocuments(Path("db.sqlite")), 0) << "after " << after;
    EXPECT_LT(QueryInt(Path("db.sqlite"), "SELECT count(*) FROM documents"), total);
  }
  auto rerun = RunOgpx("ingest --ocr never " + Db() + "'" + folder + "'");
  EXPECT_EQ(rerun.exit_code, 0) << rerun.err;
  EXPECT_NE(rerun.err.find(" skipped (unchanged), 0 failed"), std::string::npos) << rerun.err;
  EXPECT_EQ(QueryInt(Path("db.sqlite"), "SELECT count(*) FROM documents"), total);
  EXPECT_EQ(Exported(Path("db.sqlite"), Path("out")), Exported(Path("ref.sqlite"), Path("ref-out")));
}

TEST_F(Batch, TwoIngestsAtOnceOnOneDatabase) {
  const int copies = 20;
  std::string folder = CopyBatch("in", copies);
  // Both start together on an empty database (creating its schema) and
  // write the same files; a reader exports while they write.
  pid_t a = Start("ingest --ocr never " + Db() + "'" + folder + "'", Path("a.log"));
  pid_t b = Start("ingest --ocr never " + Db() + "'" + folder + "'", Path("b.log"));
  while (QueryInt(Path("db.sqlite"), "SELECT count(*) FROM documents") < 20)
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  auto reader = RunOgpx("status --db '" + Path("db.sqlite") + "' --format csv");
  EXPECT_EQ(reader.exit_code, 0) << reader.err;
  EXPECT_EQ(Wait(a), 0) << ReadAll(Path("a.log"));
  EXPECT_EQ(Wait(b), 0) << ReadAll(Path("b.log"));
  EXPECT_EQ(IntegrityCheck(Path("db.sqlite")), "ok\n");
  EXPECT_EQ(Sqlite3(Path("db.sqlite"), "PRAGMA journal_mode"), "wal\n");
  EXPECT_EQ(QueryInt(Path("db.sqlite"), "SELECT count(*) FROM documents"),
            copies * static_cast<long long>(std::size(kBatch)));
  auto ref = RunOgpx("ingest --quiet --ocr never " + Db("ref.sqlite") + "'" + folder + "'");
  ASSERT_EQ(ref.exit_code, 0) << ref.err;
  EXPECT_EQ(Exported(Path("db.sqlite"), Path("out")), Exported(Path("ref.sqlite"), Path("ref-out")));
}

TEST_F(Batch, UnchangedFilesAreSkippedAndForceReadsThemAgain) {
  std::string files = "'" + Sample("order-120-mn.pdf") + "' '" + Sample("report-mof-2024q3-en.pdf") + "'";
  auto first = RunOgpx("ingest " + Db() + "--report '" + Path("1.json") + "' " + files);
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_NE(first.err.find("2 files: 2 ingested, 0 skipped (unchanged), 0 failed"), std::string::npos) << first.err;
  auto second = RunOgpx("ingest " + Db() + "--report '" + Path("2.json") + "' " + files);
  EXPECT_EQ(second.exit_code, 0);
  EXPECT_NE(second.err.find("2 files: 0 ingested, 2 skipped (unchanged)"), std::string::npos) << second.err;
  for (const auto& [file, status] : StatusByFile(Report(Path("2.json")))) EXPECT_EQ(status, "skipped") << file;
  auto forced = RunOgpx("ingest --force " + Db() + "--report '" + Path("3.json") + "' " + files);
  EXPECT_EQ(forced.exit_code, 0);
  for (const auto& [file, status] : StatusByFile(Report(Path("3.json")))) EXPECT_EQ(status, "replaced") << file;
  EXPECT_EQ(QueryInt(Path("db.sqlite"), "SELECT count(*) FROM documents"), 2);
  auto report = Report(Path("3.json"));
  EXPECT_EQ(report["schema"], "ogpx-ingest-report/1");
  EXPECT_EQ(report["totals"]["replaced"], 2);
  EXPECT_EQ(report["files"][0]["kind"], "order");
  EXPECT_EQ(report["files"][0]["sha256"].get<std::string>().size(), 64u);
}

TEST_F(Batch, DashReadsPathsFromStdin) {
  std::ofstream(Path("list")) << Sample("order-120-mn.pdf") << "\n\n" << Path("missing.pdf") << "\n";
  std::string cmd = "LC_ALL=C.UTF-8 '" + std::string(OGPX_BINARY) + "' ingest " + Db() + "--report '" +
                    Path("r.json") + "' - <'" + Path("list") + "' 2>'" + Path("err") + "'";
  int status = std::system(cmd.c_str());
  EXPECT_EQ(WEXITSTATUS(status), 1);
  auto got = StatusByFile(Report(Path("r.json")));
  EXPECT_EQ(got["order-120-mn.pdf"], "inserted");
  EXPECT_EQ(got["missing.pdf"], "failed");
  EXPECT_NE(ReadAll(Path("err")).find("ogpx: " + Path("missing.pdf") + ": no such file\n"), std::string::npos);
}

TEST_F(Batch, NoProgressLineOnAPipe) {
  auto run = RunOgpx("ingest " + Db() + "'" + Sample("order-120-mn.pdf") + "'");
  EXPECT_EQ(run.exit_code, 0);
  EXPECT_EQ(run.err.find('\r'), std::string::npos) << run.err;
  EXPECT_EQ(run.err.rfind("ingest: 1 files: 1 ingested", 0), 0u) << run.err;
  auto quiet = RunOgpx("ingest --quiet " + Db("q.sqlite") + "'" + Sample("order-120-mn.pdf") + "'");
  EXPECT_EQ(quiet.err, "");
}

TEST_F(Batch, ProgressLineOnATerminal) {
  if (std::system("command -v script >/dev/null 2>&1") != 0) GTEST_SKIP() << "script (util-linux) not installed";
  // script(1) gives ogpx a terminal; its stderr goes there.
  std::string cmd = "script -qec \"LC_ALL=C.UTF-8 '" + std::string(OGPX_BINARY) + "' ingest " + Db() + "'" +
                    Sample("order-120-mn.pdf") + "' '" + Sample("report-mof-2024q3-en.pdf") + "'\" /dev/null >'" +
                    Path("tty") + "' </dev/null";
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  std::string tty = ReadAll(Path("tty"));
  // Which counts show depends on timing (under load both documents may be
  // read before the first is written), so any count; the last line is 2/2.
  EXPECT_TRUE(std::regex_search(tty, std::regex("\r\x1b\\[K\\[[0-2]/2\\] [0-9]+ pages"))) << tty;
  EXPECT_NE(tty.find("\r\x1b[K[2/2] "), std::string::npos) << tty;
  EXPECT_NE(tty.find("ingest: 2 files: 2 ingested"), std::string::npos) << tty;
}

TEST_F(Batch, ExitCodes) {
  std::string order = "'" + Sample("order-120-mn.pdf") + "'";
  EXPECT_EQ(RunOgpx("ingest --quiet " + Db() + order).exit_code, 0);
  std::ofstream(Path("bad.pdf")) << "not a pdf";
  EXPECT_EQ(RunOgpx("ingest --quiet " + Db() + order + " '" + Path("bad.pdf") + "'").exit_code, 1);
  EXPECT_EQ(RunOgpx("ingest --quiet " + order).exit_code, 2);                    // no --db
  EXPECT_EQ(RunOgpx("ingest --quiet --max-pages 0 " + Db() + order).exit_code, 2);  // bad limit
  EXPECT_EQ(RunOgpx("ingest --quiet --jobs x " + Db() + order).exit_code, 2);
  // Warnings: a scan read with --ocr never has pages without text.
  std::string scan = "'" + Sample("order-120-en-scan.pdf") + "'";
  EXPECT_EQ(RunOgpx("ingest --quiet --ocr never " + Db("w.sqlite") + scan).exit_code, 0);
  EXPECT_EQ(RunOgpx("ingest --quiet --strict --force --ocr never " + Db("w.sqlite") + scan).exit_code, 3);
  // The database cannot be written: a folder stands where it should be.
  fs::create_directories(Path("folder.sqlite"));
  EXPECT_EQ(RunOgpx("ingest --quiet " + Db("folder.sqlite") + order).exit_code, 4);
  EXPECT_EQ(RunOgpx("ingest --quiet " + Db() + "--report '" + Path("no/such/dir/r.json") + "' " + order).exit_code, 4);
}

TEST_F(Batch, ALimitFailsTheDocumentAndNamesTheLimit) {
  auto run = RunOgpx("ingest " + Db() + "--max-pages 3 '" + Sample("nap5-en.pdf") + "' '" +
                     Sample("order-120-mn.pdf") + "'");
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("nap5-en.pdf: "), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("over the limit of 3 pages (limit max_pages, --max-pages)"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("1 ingested"), std::string::npos) << run.err;
}

}  // namespace
}  // namespace ogpx::testing
