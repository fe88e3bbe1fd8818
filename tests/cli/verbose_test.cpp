// --verbose and --log-file (issue 20): what was decided per document and
// page, from what extract reports (the kind's claims and evidence, the pages'
// source, the tables its reader used, the warnings).
#include <gtest/gtest.h>

#include <sstream>

#include "tests/cli/run_cli.h"

namespace ogpx::testing {
namespace {

class Verbose : public TempDirTest {};

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST_F(Verbose, IngestSaysWhatWasDecidedPerDocumentAndPage) {
  const std::string plan = Sample("nap5-mn-excerpt.pdf"), scan = Sample("order-120-en-scan.pdf"),
                    missing = Path("missing.pdf");
  auto run = RunOgpx("ingest -v --ocr never --db '" + Path("db.sqlite") + "' --log-file '" + Path("ingest.log") +
                     "' '" + plan + "' '" + scan + "' '" + missing + "'");
  EXPECT_EQ(run.exit_code, 1) << run.err;
  const std::string& err = run.err;
  EXPECT_TRUE(Has(err, plan + ": kind action_plan, confidence ")) << err;
  EXPECT_TRUE(Has(err, "; claims: action_plan ")) << err;
  EXPECT_TRUE(Has(err, plan + ": languages: mn")) << err;
  EXPECT_TRUE(Has(err, plan + ": page 1: text layer, ")) << err;
  EXPECT_TRUE(Has(err, plan + ": table 1: ")) << err;
  EXPECT_TRUE(Has(err, plan + ": stored: inserted in ")) << err;
  EXPECT_TRUE(Has(err, scan + ": page 1: no text layer, OCR off (--ocr never)")) << err;
  EXPECT_TRUE(Has(err, scan + ": warning page 2: no_text_layer: ")) << err;
  EXPECT_TRUE(Has(err, scan + ": tables: not looked for")) << err;
  EXPECT_TRUE(Has(err, missing + ": failed: no such file")) << err;
  // The log holds every line said about a file, then the summary and the exit code.
  const std::string log = ReadAll(Path("ingest.log"));
  EXPECT_EQ(log.rfind("ogpx ", 0), 0u) << log;
  std::istringstream lines(err);
  int said = 0;
  for (std::string line; std::getline(lines, line);)
    if (line.rfind(plan + ": ", 0) == 0 || line.rfind(scan + ": ", 0) == 0) {
      EXPECT_TRUE(Has(log, line + "\n")) << line;
      ++said;
    }
  EXPECT_GT(said, 8);
  EXPECT_TRUE(Has(log, "ingest: 3 files: 2 ingested, 0 skipped (unchanged), 1 failed;")) << log;
  EXPECT_TRUE(Has(log, "\nexit 1\n")) << log;

  // A rerun says why a file was skipped.
  auto again = RunOgpx("ingest -v --ocr never --db '" + Path("db.sqlite") + "' '" + plan + "'");
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_TRUE(Has(again.err, plan + ": skipped: the database holds these bytes (SHA-256 ")) << again.err;
}

TEST_F(Verbose, WithoutItNothingMoreIsSaid) {
  auto run = RunOgpx("ingest --db '" + Path("db.sqlite") + "' '" + Sample("order-120-mn.pdf") + "'");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_FALSE(Has(run.err, "kind ")) << run.err;
}

TEST_F(Verbose, ExtractSaysWhyAPageWasOcrd) {
  const std::string scan = Sample("order-120-mn-scan.pdf");
  auto verbose = RunOgpx("extract -v --dpi 150 '" + scan + "'");
  auto plain = RunOgpx("extract --dpi 150 '" + scan + "'");
  EXPECT_EQ(verbose.exit_code, 0) << verbose.err;
  EXPECT_EQ(verbose.out, plain.out);  // the JSON does not change
  EXPECT_TRUE(Has(verbose.err, scan + ": page 1: OCR (no usable text layer), ")) << verbose.err;
  EXPECT_TRUE(Has(verbose.err, scan + ": kind order")) << verbose.err;
  EXPECT_EQ(plain.err, "");
}

TEST_F(Verbose, ALogFileOverAnInputIsRefused) {
  auto run = RunOgpx("ingest --db '" + Path("db.sqlite") + "' --log-file '" + Sample("order-120-mn.pdf") + "' '" +
                     Sample("order-120-mn.pdf") + "'");
  EXPECT_EQ(run.exit_code, 2) << run.err;
  EXPECT_TRUE(Has(run.err, "ogpx: ingest: --log-file ")) << run.err;
}

}  // namespace
}  // namespace ogpx::testing
