// The modules opened on first use (base/module.h, docs/performance.md
// "Start-up"): the ogpx executable does not link Tesseract, Leptonica or
// libpq, its modules do; OCR and PostgreSQL work through them; a module that
// is missing or cannot be opened is a clear error naming its path, never a
// crash.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "cli/run_cli.h"

namespace ogpx {
namespace {

using testing::QueryInt;
using testing::RunOgpx;
using testing::RunShell;
using testing::Sample;
namespace fs = std::filesystem;

// The NEEDED entries of the ELF file at `path` (readelf -d), e.g.
// "libpoppler.so.126".
std::vector<std::string> Needed(const std::string& path) {
  const auto run = RunShell("readelf -d '" + path + "'");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  std::vector<std::string> out;
  const std::string tag = "(NEEDED)";
  std::size_t at = 0;
  while ((at = run.out.find(tag, at)) != std::string::npos) {
    const std::size_t open = run.out.find('[', at), close = run.out.find(']', open);
    if (open == std::string::npos || close == std::string::npos) break;
    out.push_back(run.out.substr(open + 1, close - open - 1));
    at = close;
  }
  return out;
}

bool Has(const std::vector<std::string>& needed, const std::string& prefix) {
  for (const auto& lib : needed)
    if (lib.rfind(prefix, 0) == 0) return true;
  return false;
}

std::string Module(const std::string& file) { return (fs::path(OGPX_BINARY).parent_path() / file).string(); }

TEST(Modules, TheExecutableLinksNeitherTesseractNorLeptonicaNorLibpq) {
  const auto needed = Needed(OGPX_BINARY);
  ASSERT_TRUE(Has(needed, "libpoppler.so")) << "readelf found no NEEDED entry";
  EXPECT_FALSE(Has(needed, "libtesseract.so"));
  EXPECT_FALSE(Has(needed, "liblept.so"));
  EXPECT_FALSE(Has(needed, "libpq.so"));
  EXPECT_FALSE(Has(needed, "libgomp.so")) << "OpenMP is Tesseract's, in the OCR module";
}

TEST(Modules, TheModulesLinkWhatTheExecutableDoesNot) {
  const auto ocr = Needed(Module("ogpx_ocr.so"));
  EXPECT_TRUE(Has(ocr, "libtesseract.so"));
  EXPECT_TRUE(Has(ocr, "liblept.so"));
  EXPECT_FALSE(Has(ocr, "libpq.so"));
  const auto pg = Needed(Module("ogpx_pg.so"));
  EXPECT_TRUE(Has(pg, "libpq.so"));
  EXPECT_FALSE(Has(pg, "libtesseract.so"));
}

// Each test may point OGPX_MODULE_DIR (read by the ogpx it runs) elsewhere.
class ModuleDir : public testing::TempDirTest {
 protected:
  void TearDown() override {
    ::unsetenv("OGPX_MODULE_DIR");
    TempDirTest::TearDown();
  }
  // A module folder holding `files` written as garbage (present, but not a
  // shared object), made the one ogpx reads.
  void UseModuleDir(const std::vector<std::string>& files) {
    const fs::path dir = dir_ / "modules";
    fs::create_directories(dir);
    for (const auto& file : files) std::ofstream(dir / file) << "not a shared object\n";
    ::setenv("OGPX_MODULE_DIR", dir.c_str(), 1);
  }
  std::string ModulePath(const std::string& file) const { return (dir_ / "modules" / file).string(); }
};

TEST_F(ModuleDir, OcrReadsAScanThroughTheModuleFoundNextToTheExecutable) {
  const auto run = RunOgpx("extract '" + Sample("order-120-en-scan.pdf") + "' --page 1 --jobs 1");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("\"ocr_pages\""), std::string::npos);
  EXPECT_EQ(run.out.find("ocr_failed"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("Cabinet"), std::string::npos) << "the page was read";
}

TEST_F(ModuleDir, AMissingOcrModuleStopsBeforeAnyDocumentWithExit5NamingWhereItWasLookedFor) {
  UseModuleDir({});
  const std::string db = Path("ogpx.sqlite");
  const auto run = RunOgpx("ingest --db '" + db + "' '" + Sample("order-120-en-scan.pdf") + "'");
  EXPECT_EQ(run.exit_code, 5);
  EXPECT_NE(run.err.find("OCR module"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find(ModulePath("ogpx_ocr.so")), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("--ocr never"), std::string::npos) << run.err;
  EXPECT_FALSE(fs::exists(db)) << "nothing is opened before the check";
}

TEST_F(ModuleDir, ABornDigitalRunWithoutOcrNeedsNoModule) {
  UseModuleDir({});
  const auto run = RunOgpx("extract --ocr never '" + Sample("nap5-en.pdf") + "'");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("\"kind\": \"action_plan\""), std::string::npos);
}

TEST_F(ModuleDir, AnOcrModuleThatCannotBeOpenedFailsThePagesNamingItsPathAndWhy) {
  UseModuleDir({"ogpx_ocr.so"});
  const auto extract = RunOgpx("extract '" + Sample("order-120-en-scan.pdf") + "' --page 1");
  EXPECT_EQ(extract.exit_code, 0) << "the page is lost with a warning, not the process: " << extract.err;
  EXPECT_NE(extract.out.find("\"ocr_failed\""), std::string::npos) << extract.out;
  EXPECT_NE(extract.out.find("cannot open the OCR module " + ModulePath("ogpx_ocr.so")), std::string::npos)
      << extract.out;

  // As a document whose OCR failed for want of language data: not stored,
  // exit 1, read again on the next run (tests/cli/ocr_data_test.cpp).
  const std::string db = Path("ogpx.sqlite");
  const auto ingest = RunOgpx("ingest --db '" + db + "' --quiet --jobs 1 '" + Sample("order-120-en-scan.pdf") + "'");
  EXPECT_EQ(ingest.exit_code, 1) << ingest.err;
  EXPECT_NE(ingest.err.find(ModulePath("ogpx_ocr.so")), std::string::npos) << ingest.err;
  EXPECT_EQ(QueryInt(db, "SELECT count(*) FROM documents"), 0);
}

TEST_F(ModuleDir, AMissingPostgresModuleIsAnErrorNamingIt) {
  UseModuleDir({});
  const auto run = RunOgpx("status --db postgresql://ogpx@127.0.0.1:1/ogpx");
  EXPECT_NE(run.exit_code, 0);
  EXPECT_LT(run.exit_code, 64) << "an error, not a crash: " << run.err;
  EXPECT_NE(run.err.find("PostgreSQL module"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find(ModulePath("ogpx_pg.so")), std::string::npos) << run.err;
}

TEST_F(ModuleDir, ThePostgresModuleFoundNextToTheExecutableReachesLibpq) {
  // No server on port 1: the error is libpq's, so the module was opened.
  const auto run = RunOgpx("status --db postgresql://ogpx@127.0.0.1:1/ogpx");
  EXPECT_NE(run.exit_code, 0);
  EXPECT_EQ(run.err.find("PostgreSQL module"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("cannot connect to PostgreSQL"), std::string::npos) << run.err;
}

}  // namespace
}  // namespace ogpx
