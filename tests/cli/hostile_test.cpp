// The hostile cases of issue 22, each named after what it found: inputs that
// are not files, alias tables that would load nothing or merge two
// organisations, pages that hung or ate gigabytes inside Poppler and
// Tesseract, a batch stopped by Ctrl-C or a full disk. The real binary; the
// files are made by tests/data/hostile/make.py (README.md beside it).
#include <gtest/gtest.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

#include <nlohmann/json.hpp>

#include "tests/cli/batch_helpers.h"
#include "tests/cli/run_cli.h"

namespace ogpx::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

class Hostile : public TempDirTest {
 protected:
  static constexpr const char* kOrder = "order-120-mn.pdf";  // one born-digital page
  std::string Db(const std::string& name = "db.sqlite") const { return "--db '" + Path(name) + "' "; }
  // The cases that need a flag (make.py --limits) in `folder`.
  std::string MakeLimits(const std::string& folder = "limits") const {
    // Debian's python3: the dense scan is drawn with PIL (.ci/deps).
    std::string cmd = "/usr/bin/python3 '" + std::string(OGPX_TESTDATA_DIR) + "/hostile/make.py' --limits '" +
                      Path(folder) + "'";
    EXPECT_EQ(std::system(cmd.c_str()), 0);
    return Path(folder);
  }
  // `copies` copies of the sample, each with other bytes, in `folder`.
  std::string Copies(const std::string& folder, int copies) const {
    fs::create_directories(Path(folder));
    const std::string bytes = ReadAll(Sample(kOrder));
    for (int i = 0; i < copies; ++i)
      std::ofstream(dir_ / folder / ("order-" + std::to_string(1000 + i) + ".pdf"), std::ios::binary)
          << bytes << "\n% copy " << i << "\n";
    return Path(folder);
  }
};

// The warnings of the report entry of `name` (file name without folder).
json WarningsOf(const json& report, const std::string& name) {
  for (const auto& f : report["files"])
    if (fs::path(f["file"].get<std::string>()).filename() == name) return f["warnings"];
  return json::array();
}

bool HasWarning(const json& warnings, const std::string& code, const std::string& text) {
  for (const auto& w : warnings)
    if (w["code"] == code && w["message"].get<std::string>().find(text) != std::string::npos) return true;
  return false;
}

// --- inputs that are not regular files ---------------------------------------

TEST_F(Hostile, AliasesFromDevZeroAreRefusedBeforeReading) {
  // It once read /dev/zero until 2 GB were in memory.
  auto run = RunOgpx("ingest " + Db() + "--aliases /dev/zero");
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_EQ(run.err, "ogpx: /dev/zero: is a character device, not a regular file\n");
}

TEST_F(Hostile, AliasesGivenAFolderAreAnErrorNotAnEmptyTable) {
  fs::create_directories(Path("tables"));
  auto run = RunOgpx("ingest " + Db() + "--aliases '" + Path("tables") + "'");
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_EQ(run.err, "ogpx: " + Path("tables") + ": is a directory, not a file\n");
}

TEST_F(Hostile, AliasesOverTheSizeLimitAreRefusedNamingTheLimit) {
  std::ofstream(Path("big.tsv")) << std::string((16 << 20) + 1, '#');
  auto run = RunOgpx("ingest " + Db() + "--aliases '" + Path("big.tsv") + "'");
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_NE(run.err.find("(limit max_alias_file_bytes)"), std::string::npos) << run.err;
  std::ofstream(Path("long.tsv")) << "# fine\n" << std::string(5000, 'a') << "\tb\n";
  run = RunOgpx("ingest " + Db() + "--aliases '" + Path("long.tsv") + "'");
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_NE(run.err.find("long.tsv: line 2: longer than 4096 bytes (limit max_alias_line_bytes)"), std::string::npos)
      << run.err;
}

TEST_F(Hostile, ConflictingAliasesAreRefusedNamingBothLines) {
  // Two ministries merged into one without a word.
  std::ofstream(Path("conflict.tsv")) << "# two partners for one name\n"
                                      << "Сангийн яам\tMinistry of Finance\n"
                                      << "Хууль зүйн яам\tMinistry of Justice\n"
                                      << "Сангийн  яам\tMinistry of Justice\n";
  auto run = RunOgpx("ingest --no-default-aliases " + Db() + "--aliases '" + Path("conflict.tsv") + "'");
  EXPECT_EQ(run.exit_code, 2) << run.err;
  EXPECT_NE(run.err.find("conflict.tsv: line 4: 'Сангийн яам' is mapped to 'Ministry of Justice', but line 2 "
                         "maps it to 'Ministry of Finance'"),
            std::string::npos)
      << run.err;
  EXPECT_EQ(QueryInt(Path("db.sqlite"), "SELECT count(*) FROM organisations"), 0);  // nothing loaded
  // The same pair twice, spelled differently, is no conflict.
  std::ofstream(Path("twice.tsv")) << "Сангийн яам\tMinistry of Finance\nСангийн яам\tMINISTRY OF FINANCE\n";
  run = RunOgpx("ingest --no-default-aliases " + Db() + "--aliases '" + Path("twice.tsv") + "'");
  EXPECT_EQ(run.exit_code, 0) << run.err;
}

TEST_F(Hostile, FifoAndDeviceNamedPdfFailAloneWithExitOne) {
  // A FIFO could block the batch forever; both gave exit 4 "cannot read file size".
  ASSERT_EQ(::mkfifo(Path("pipe.pdf").c_str(), 0600), 0);
  fs::create_symlink("/dev/zero", dir_ / "zero.pdf");
  auto run = RunOgpx("ingest " + Db() + "--report '" + Path("r.json") + "' '" + Path("pipe.pdf") + "' '" +
                     Path("zero.pdf") + "' '" + Sample(kOrder) + "'");
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_NE(run.err.find("ogpx: " + Path("pipe.pdf") + ": is a named pipe (FIFO), not a regular file\n"),
            std::string::npos)
      << run.err;
  EXPECT_NE(run.err.find("ogpx: " + Path("zero.pdf") + ": is a character device, not a regular file\n"),
            std::string::npos)
      << run.err;
  auto got = StatusByFile(Report(Path("r.json")));
  EXPECT_EQ(got["pipe.pdf"], "failed");
  EXPECT_EQ(got[kOrder], "inserted");
  EXPECT_EQ(RunOgpx("extract '" + Path("zero.pdf") + "'").exit_code, 1);
  EXPECT_EQ(RunOgpx("extract '" + dir_.string() + "'").exit_code, 1);  // a folder given as a file
}

TEST_F(Hostile, ReportOverADeviceOrAFolderIsRefused) {
  // Written aside and renamed, a report "to /dev/stdout" would replace the
  // device's link (as root).
  fs::create_directories(Path("folder.json"));
  for (const std::string& report : {std::string("/dev/null"), Path("folder.json")}) {
    auto run = RunOgpx("ingest " + Db() + "--report '" + report + "' '" + Sample(kOrder) + "'");
    EXPECT_EQ(run.exit_code, 2) << run.err;
    EXPECT_EQ(run.err, "ogpx: ingest: --report " + report + ": is not a regular file; refusing to replace it\n");
  }
  EXPECT_TRUE(fs::is_character_file("/dev/null"));
}

// `extract -o` over a FIFO (a pipe, as /dev/null or /dev/stdout are devices)
// writes into it; written aside and renamed, the output once replaced the
// device itself (as root, /dev/null became a regular file). Over a folder it
// is an error naming it.
TEST_F(Hostile, ExtractIntoAFifoWritesThroughItAndLeavesItAFifo) {
  const std::string fifo = Path("out.fifo");
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  // The read end held open without blocking: the JSON (2 KB) waits in the
  // pipe's buffer, and nothing hangs if the FIFO is replaced instead.
  const int fd = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
  ASSERT_GE(fd, 0);
  auto run = RunOgpx("extract -o '" + fifo + "' '" + Sample(kOrder) + "'");
  std::string got;
  char buf[4096];
  for (ssize_t n; (n = ::read(fd, buf, sizeof buf)) > 0;) got.append(buf, static_cast<std::size_t>(n));
  ::close(fd);
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_TRUE(fs::is_fifo(fifo));
  ASSERT_FALSE(got.empty());
  EXPECT_EQ(nlohmann::json::parse(got).value("schema", ""), "ogpx/1");
  fs::create_directories(Path("folder.json"));
  auto folder = RunOgpx("extract -o '" + Path("folder.json") + "' '" + Sample(kOrder) + "'");
  EXPECT_NE(folder.exit_code, 0);
  EXPECT_NE(folder.err.find("is a folder, not a file"), std::string::npos) << folder.err;
  EXPECT_TRUE(fs::is_directory(Path("folder.json")));
}

TEST_F(Hostile, ABadFileWithANameThatIsNotUtf8IsReportedEscaped) {
  // Its error once ended the report and the summary with "internal error:
  // [json.exception...]" and exit 4.
  const std::string name = "plan\xC0\xFF.pdf";
  std::ofstream(Path(name)) << "not a pdf";
  auto run = RunOgpx("ingest " + Db() + "--report '" + Path("r.json") + "' '" + Path(name) + "' '" + Sample(kOrder) + "'");
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_EQ(run.err.find("internal error"), std::string::npos) << run.err;
  const json r = Report(Path("r.json"));
  EXPECT_EQ(r["files"][0]["file"], Path("plan\\xC0\\xFF.pdf"));
  EXPECT_EQ(r["files"][0]["error"]["message"], Path("plan\\xC0\\xFF.pdf") + ": not a PDF file (no %PDF- header)");
  EXPECT_EQ(r["files"][1]["status"], "inserted");
}

// --- pages that hung or ate memory inside the libraries ---------------------

TEST_F(Hostile, DenseOcrPageStopsWithinTwiceTheLimitAndTheBatchGoesOn) {
  // A scan of 16,000 small words: Tesseract's layout analysis and paragraph
  // detection do not look at its deadline, so --ocr-seconds 3 did not stop
  // them (8 s here; minutes on other pages) and the good file after such a
  // page waited.
  const std::string folder = MakeLimits();
  const int limit = 3;
  auto run = RunOgpx("ingest --jobs 1 --ocr-seconds " + std::to_string(limit) + " " + Db() + "--report '" +
                     Path("r.json") + "' '" + folder + "/dense-16000-words-scan.pdf' '" + folder + "/good.pdf'");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.err.find("Error in "), std::string::npos) << run.err;  // Leptonica's messages stay inside
  const json report = Report(Path("r.json"));
  EXPECT_EQ(StatusByFile(report)["good.pdf"], "inserted") << report.dump(1);
  const json& dense = report["files"][0];
  EXPECT_TRUE(HasWarning(dense["warnings"], "ocr_timeout", "(limit ocr_seconds_per_page, --ocr-seconds)"))
      << dense.dump(1);
  // Reading the file (one page, its OCR stopped at the limit) and storing
  // it: within twice the limit, a bound a loaded machine keeps.
  EXPECT_LT(dense["seconds"].get<double>(), 2.0 * limit) << dense.dump(1);
}

TEST_F(Hostile, TenThousandBlankPagesAreNeverRenderedForOcr) {
  const std::string folder = MakeLimits();
  auto run = RunOgpx("ingest --max-pages 20000 " + Db() + "--report '" + Path("r.json") + "' '" + folder +
                     "/blank-pages-10000.pdf'");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  const json report = Report(Path("r.json"));
  const json& f = report["files"][0];
  EXPECT_EQ(f["pages"], 10000);
  EXPECT_EQ(f["ocr_pages"], 0);
  int blank = 0;
  for (const auto& w : f["warnings"]) blank += w["code"] == "blank_page";
  EXPECT_EQ(blank, 10000);
  EXPECT_TRUE(HasWarning(f["warnings"], "blank_page", "not OCR'd"));
}

TEST_F(Hostile, MillionRectanglesAreNotRenderedForOcr) {
  // Rendered for OCR, this 2.4 MB page took 4.7 GB.
  std::string make = "python3 '" + std::string(OGPX_TESTDATA_DIR) + "/hostile/make.py' '" + Path("set") + "' '" +
                     Sample(kOrder) + "'";
  ASSERT_EQ(std::system(make.c_str()), 0);
  auto run = RunOgpx("ingest " + Db() + "--report '" + Path("r.json") + "' '" + Path("set/million-rectangles.pdf") + "'");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  const json warnings = WarningsOf(Report(Path("r.json")), "million-rectangles.pdf");
  EXPECT_TRUE(HasWarning(warnings, "page_over_limit", "(limit max_render_path_points); not rendered for OCR"))
      << warnings.dump(1);
  rusage usage{};
  ASSERT_EQ(::getrusage(RUSAGE_CHILDREN, &usage), 0);
  EXPECT_LT(usage.ru_maxrss, 1500L * 1024) << "peak KB of a child";  // was 4.7 GB
}

// --- a batch that stops before its end ---------------------------------------

// Starts an ingest of `folder`, waits until `stored` documents are in and sends `sig`.
int InterruptAfter(const std::string& args, const std::string& db, long long stored, int sig, const std::string& log) {
  pid_t pid = Start(args, log);
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(300);
  while (std::chrono::steady_clock::now() < deadline && QueryInt(db, "SELECT count(*) FROM documents") < stored)
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  ::kill(pid, sig);
  return Wait(pid);
}

TEST_F(Hostile, InterruptWritesTheSummaryAndReportThenExits130Or143) {
  // SIGINT and SIGTERM ended ingest with nothing printed and no --report.
  const std::string folder = Copies("in", 300);
  for (auto [sig, code, name] : {std::tuple{SIGINT, 130, "SIGINT"}, std::tuple{SIGTERM, 143, "SIGTERM"}}) {
    const std::string db = Path(std::string(name) + ".sqlite"), report = Path(std::string(name) + ".json");
    const int exit = InterruptAfter("ingest --ocr never --db '" + db + "' --report '" + report + "' '" + folder + "'",
                                    db, 5, sig, Path("log"));
    const std::string log = ReadAll(Path("log"));
    EXPECT_EQ(exit, code) << log;
    EXPECT_NE(log.find(std::string("ogpx: ingest: interrupted by ") + name), std::string::npos) << log;
    EXPECT_NE(log.find(" not done; "), std::string::npos) << log;  // the summary
    const json r = Report(report);
    EXPECT_EQ(r["stopped"], std::string("interrupted by ") + name);
    EXPECT_EQ(r["files"].size(), 300u);  // every file, done or not
    const long long stored = QueryInt(db, "SELECT count(*) FROM documents");
    EXPECT_EQ(r["totals"]["inserted"].get<long long>(), stored);
    EXPECT_GT(r["totals"]["not_done"].get<int>(), 0);
    EXPECT_EQ(IntegrityCheck(db), "ok\n");
    EXPECT_EQ(PartialDocuments(db), 0);
  }
}

TEST_F(Hostile, DiskFullListsEveryFileAndNamesTheDatabase) {
  // After "database or disk is full" the report listed only the files done.
  // A file size limit stands in for a full disk (SIGXFSZ ignored: writes fail).
  const std::string folder = Copies("in", 40);
  pid_t pid = Start("ingest --ocr never " + Db() + "--report '" + Path("r.json") + "' '" + folder + "'", Path("log"),
                    "trap '' XFSZ; ulimit -f 1500;");
  const int exit = Wait(pid);
  const std::string log = ReadAll(Path("log"));
  ASSERT_EQ(exit, 4) << log;
  EXPECT_NE(log.find("ogpx: " + Path("db.sqlite") + ": "), std::string::npos) << log;
  const json r = Report(Path("r.json"));
  EXPECT_EQ(r["files"].size(), 40u);
  EXPECT_EQ(r["totals"]["failed"], 1);
  EXPECT_GT(r["totals"]["not_done"].get<int>(), 0);
  for (const auto& f : r["files"]) {
    if (f["status"] != "failed") continue;
    EXPECT_NE(f["error"]["message"].get<std::string>().find("not stored: " + Path("db.sqlite") + ": "),
              std::string::npos)
        << f.dump(1);
  }
}

// --- read-only databases -------------------------------------------------------

// `cmd` run as a user who may read the test's files but not write them:
// nobody when the tests run as root (CI), else the user (with the modes
// taken away). "" when that cannot be arranged.
std::string AsReader(const std::string& cmd) {
  if (::geteuid() != 0) return cmd;
  if (std::system("command -v runuser >/dev/null 2>&1") != 0) return "";
  return "runuser -u nobody -- " + cmd;
}

TEST_F(Hostile, AnUnreadableInputExitsOneNotFour) {
  // "cannot open file for reading" was an I/O error: exit 4, as if ogpx's
  // own output had failed.
  fs::copy_file(Sample(kOrder), dir_ / "secret.pdf");
  // Root's own file that nobody else may read; for a user, a file without modes.
  fs::permissions(Path("secret.pdf"),
                  ::geteuid() == 0 ? fs::perms::owner_read | fs::perms::owner_write : fs::perms::none);
  const std::string extract = AsReader("'" + std::string(OGPX_BINARY) + "' extract '" + Path("secret.pdf") + "'");
  if (extract.empty()) GTEST_SKIP() << "runuser (util-linux) not installed";
  auto run = RunShell(extract);
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_EQ(run.err, "ogpx: " + Path("secret.pdf") + ": cannot open for reading: Permission denied\n");
}

TEST_F(Hostile, ReadOnlyDatabaseInAReadOnlyFolderCanBeReadAndIsBlamedForWrites) {
  // status and export could not read it; ingest blamed the PDF.
  ASSERT_EQ(RunOgpx("ingest --quiet " + Db() + "'" + Sample(kOrder) + "'").exit_code, 0);
  fs::permissions(dir_, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                            fs::perms::others_read | fs::perms::others_exec);
  fs::permissions(Path("db.sqlite"), fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
  if (::geteuid() != 0) fs::permissions(dir_, fs::perms::owner_write, fs::perm_options::remove);
  const std::string bin = "'" + std::string(OGPX_BINARY) + "' ";
  const std::string status = AsReader(bin + "status " + Db() + "--format csv");
  if (status.empty()) GTEST_SKIP() << "runuser (util-linux) not installed";
  const std::string before = ReadAll(Path("db.sqlite"));
  auto run = RunShell(status);
  EXPECT_EQ(run.exit_code, 0) << run.err;
  run = RunShell(AsReader(bin + "export " + Db() + "--format jsonl --out /tmp/ogpx-ro-export-" +
                          std::to_string(::getpid())));
  EXPECT_EQ(run.exit_code, 0) << run.err;
  fs::remove_all("/tmp/ogpx-ro-export-" + std::to_string(::getpid()));
  run = RunShell(AsReader(bin + "ingest " + Db() + "'" + Sample("report-mof-2024q3-en.pdf") + "'"));
  EXPECT_EQ(run.exit_code, 4) << run.err;
  EXPECT_EQ(run.err.rfind("ogpx: " + Path("db.sqlite") + ": database is read-only", 0), 0u) << run.err;
  EXPECT_EQ(ReadAll(Path("db.sqlite")), before);
  fs::permissions(dir_, fs::perms::owner_write, fs::perm_options::add);
}

}  // namespace
}  // namespace ogpx::testing
