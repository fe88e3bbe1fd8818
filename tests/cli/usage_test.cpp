// The command line as a new user meets it (issue 20): short options, `--`,
// -V, `ogpx help COMMAND`, choices in any case, values checked (days of the
// calendar, numbers in range), "did you mean", and for each mistake the exit
// code and the exact message.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>

#include "tests/cli/run_cli.h"

namespace ogpx::testing {
namespace {

namespace fs = std::filesystem;

class Usage : public TempDirTest {};

struct Mistake {
  const char* args;
  int exit_code;
  const char* message;  // the whole of stderr
};

TEST_F(Usage, EachMistakeHasItsExitCodeAndMessage) {
  const Mistake mistakes[] = {
      {"ingset", 2, "ogpx: unknown command 'ingset'; did you mean 'ingest'? (see ogpx --help)\n"},
      {"frobnicate", 2, "ogpx: unknown command 'frobnicate' (see ogpx --help)\n"},
      {"help frobnicate", 2, "ogpx: unknown command 'frobnicate' (see ogpx --help)\n"},
      {"ingest --db x.sqlite --job 2 f.pdf", 2,
       "ogpx: ingest: unknown option '--job'; did you mean '--jobs'? (see ogpx ingest --help)\n"},
      {"ingest --db x.sqlite -x f.pdf", 2, "ogpx: ingest: unknown option '-x' (see ogpx ingest --help)\n"},
      {"export --db x.sqlite --out d --fromat json", 2,
       "ogpx: export: unknown option '--fromat'; did you mean '--format'? (see ogpx export --help)\n"},
      {"ingest --db", 2, "ogpx: ingest: --db needs a value (see ogpx ingest --help)\n"},
      {"ingest f.pdf", 2, "ogpx: ingest: missing --db (see ogpx ingest --help)\n"},
      {"export --out d", 2, "ogpx: export: missing --db (see ogpx export --help)\n"},
      {"extract", 2, "ogpx: extract: missing FILE.pdf (see ogpx extract --help)\n"},
      {"extract a.pdf b.pdf", 2, "ogpx: extract: unexpected argument 'b.pdf' (see ogpx extract --help)\n"},
      {"warnings now", 2, "ogpx: warnings: unexpected argument 'now' (see ogpx warnings --help)\n"},
      {"extract a.pdf --ocr sometimes", 2,
       "ogpx: extract: --ocr: must be auto, always or never, not 'sometimes' (see ogpx extract --help)\n"},
      {"export --db x.sqlite --out d --format jsn", 2,
       "ogpx: export: --format: must be json, jsonl, csv, xlsx or ogp-csv, not 'jsn'; did you mean 'json'? "
       "(see ogpx export --help)\n"},
      {"extract a.pdf --dpi 20", 2,
       "ogpx: extract: --dpi: must be a whole number from 50 to 1200, not '20' (see ogpx extract --help)\n"},
      {"pages a.pdf --page x", 2,
       "ogpx: pages: --page: must be a whole number of at least 1, not 'x' (see ogpx pages --help)\n"},
      {"ingest --db x.sqlite -j -1 f.pdf", 2,
       "ogpx: ingest: --jobs: must be a whole number from 0 to 1024, not '-1' (see ogpx ingest --help)\n"},
      {"search --db x.sqlite --limit 0 word", 2,
       "ogpx: search: --limit: must be a whole number of at least 1, not '0' (see ogpx search --help)\n"},
      {"status --db x.sqlite --as-of 2026-02-30", 2,
       "ogpx: status: --as-of: '2026-02-30' is not a day: that month has 28 days (see ogpx status --help)\n"},
      {"status --db x.sqlite --as-of 2024-13-01", 2,
       "ogpx: status: --as-of: '2024-13-01' is not a day: there is no month 13 (see ogpx status --help)\n"},
      {"status --db x.sqlite --as-of 1/2/2024", 2,
       "ogpx: status: --as-of: must be a day YYYY-MM-DD (or a year YYYY), not '1/2/2024' (see ogpx status "
       "--help)\n"},
      {"review --db x.sqlite --as-of 2025-02-29 --out d", 2,
       "ogpx: review: --as-of: '2025-02-29' is not a day: that month has 28 days (see ogpx review --help)\n"},
      {"export --db x.sqlite --out -", 2,
       "ogpx: export: --out: '-' (standard output) cannot be used here: it names a folder of files (see ogpx "
       "export --help)\n"},
      {"ingest --db - f.pdf", 2,
       "ogpx: ingest: --db: '-' (standard output) cannot be used here: it names a database (see ogpx "
       "ingest --help)\n"},
      {"ingest --db x.sqlite --shard 4/4 f.pdf", 2,
       "ogpx: ingest: --shard: must be K/N with 0 <= K < N (K counts from 0, like $JOB_COMPLETION_INDEX), not "
       "'4/4' (see ogpx ingest --help)\n"},
      {"ingest --db x.sqlite --shard 0/2 --claim f.pdf", 2,
       "ogpx: ingest: --shard excludes --claim (see ogpx ingest --help)\n"},
      {"ingest --db x.sqlite --lease 60 f.pdf", 2, "ogpx: ingest: --lease requires --claim (see ogpx ingest --help)\n"},
      {"ingest --db x.sqlite --claim --lease 0 f.pdf", 2,
       "ogpx: ingest: --lease: must be a whole number of at least 1, not '0' (see ogpx ingest --help)\n"},
      {"db copi --from a.sqlite --to b.sqlite", 2,
       "ogpx: db: ACTION: must be copy, not 'copi'; did you mean 'copy'? (see ogpx db --help)\n"},
      {"db copy --from a.sqlite", 2, "ogpx: db: missing --to (see ogpx db --help)\n"},
      {"ingest --db /nonexistentdir/x.sqlite f.pdf", 2,
       "ogpx: ingest: --db /nonexistentdir/x.sqlite: the folder /nonexistentdir does not exist (create it "
       "first)\n"},
  };
  for (const auto& m : mistakes) {
    auto run = RunOgpx(m.args);
    EXPECT_EQ(run.exit_code, m.exit_code) << m.args << "\n" << run.err;
    EXPECT_EQ(run.err, m.message) << m.args;
    EXPECT_EQ(run.out, "") << m.args;
  }
  EXPECT_FALSE(fs::exists("/nonexistentdir"));
}

TEST_F(Usage, NoCommandPrintsTheUsageOnStderrAndExitsTwo) {
  auto run = RunOgpx("");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.out, "");
  EXPECT_NE(run.err.find("usage: ogpx COMMAND"), std::string::npos) << run.err;
}

TEST_F(Usage, VersionShortAndLong) {
  auto shortv = RunOgpx("-V"), longv = RunOgpx("--version");
  EXPECT_EQ(shortv.exit_code, 0);
  EXPECT_TRUE(std::regex_match(shortv.out, std::regex("ogpx [0-9]+\\.[0-9]+\\.[0-9]+\n"))) << shortv.out;
  EXPECT_EQ(shortv.out, longv.out);
}

TEST_F(Usage, HelpCommandEqualsCommandHelp) {
  for (const char* cmd : {"extract", "ingest", "export", "status", "review", "search", "remove", "db", "tables",
                          "pages", "warnings"}) {
    auto help = RunOgpx(std::string("help ") + cmd), flag = RunOgpx(std::string(cmd) + " -h");
    EXPECT_EQ(help.exit_code, 0) << cmd;
    EXPECT_EQ(help.out, flag.out) << cmd;
    EXPECT_EQ(help.out.rfind("usage: ogpx " + std::string(cmd), 0), 0u) << help.out;
    // Every line fits 80 columns (UTF-8 characters, not bytes).
    std::istringstream lines(help.out);
    for (std::string line; std::getline(lines, line);) {
      std::size_t chars = 0;
      for (unsigned char c : line) chars += (c & 0xC0) != 0x80;
      EXPECT_LE(chars, 80u) << cmd << ": " << line;
    }
  }
  auto ingest = RunOgpx("help ingest");
  for (const char* shown : {"-j, --jobs N", "-q, --quiet", "--max-pages N", "exit: 0 all stored", "--shard K/N",
                            "--lease SECONDS", "--db DB"})
    EXPECT_NE(ingest.out.find(shown), std::string::npos) << shown;
}

TEST_F(Usage, ShortOptionsAndDoubleDash) {
  // A file whose name starts with '-' after `--`; -q and -j as options.
  fs::copy_file(Sample("order-120-mn.pdf"), Path("-order.pdf"));
  auto run = RunShell("cd '" + dir_.string() + "' && '" + std::string(OGPX_BINARY) +
                      "' ingest -q -j 2 --db db.sqlite -- -order.pdf");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.err, "");
  EXPECT_EQ(QueryInt(Path("db.sqlite"), "SELECT count(*) FROM documents"), 1);
  // -o for the output of extract, and '-' for stdout.
  auto to_file = RunOgpx("extract -o '" + Path("order.json") + "' '" + Sample("order-120-mn.pdf") + "'");
  auto to_stdout = RunOgpx("extract --out - '" + Sample("order-120-mn.pdf") + "'");
  EXPECT_EQ(to_file.exit_code, 0) << to_file.err;
  EXPECT_EQ(to_stdout.exit_code, 0) << to_stdout.err;
  EXPECT_EQ(ReadAll(Path("order.json")), to_stdout.out);
  EXPECT_FALSE(fs::exists("-"));
}

TEST_F(Usage, ChoicesInAnyCase) {
  auto upper = RunOgpx("pages '" + Sample("order-120-mn.pdf") + "' --format JSON --ocr NEVER");
  auto lower = RunOgpx("pages '" + Sample("order-120-mn.pdf") + "' --format json --ocr never");
  EXPECT_EQ(upper.exit_code, 0) << upper.err;
  EXPECT_EQ(upper.out, lower.out);
  EXPECT_EQ(upper.out.substr(0, 1), "{");
}

TEST_F(Usage, StrictCountsTheWarningsOfADocumentSkippedAsUnchanged) {
  // A scan read without OCR: a no_text_layer warning per page.
  const std::string cmd =
      "ingest -q --strict --ocr never --db '" + Path("db.sqlite") + "' '" + Sample("order-120-en-scan.pdf") + "'";
  auto first = RunOgpx(cmd);
  EXPECT_EQ(first.exit_code, 3) << first.err;
  auto second = RunOgpx(cmd + " --report '" + Path("report.json") + "'");
  EXPECT_EQ(second.exit_code, 3) << second.err;
  const std::string report = ReadAll(Path("report.json"));
  EXPECT_NE(report.find("\"status\": \"skipped\""), std::string::npos) << report;
  EXPECT_NE(report.find("no_text_layer"), std::string::npos) << report;
  // Without --strict the same rerun is a success.
  EXPECT_EQ(RunOgpx("ingest -q --ocr never --db '" + Path("db.sqlite") + "' '" + Sample("order-120-en-scan.pdf") +
                    "'").exit_code,
            0);
}

TEST_F(Usage, ReportOnStandardOutput) {
  auto run = RunOgpx("ingest -q --db '" + Path("db.sqlite") + "' --report - '" + Sample("order-120-mn.pdf") + "'");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("\"schema\": \"ogpx-ingest-report/1\""), std::string::npos) << run.out;
  EXPECT_FALSE(fs::exists(Path("-")));
}

}  // namespace
}  // namespace ogpx::testing
