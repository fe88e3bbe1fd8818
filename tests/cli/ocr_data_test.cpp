// Fail fast, lose nothing (issue 18): OCR language data that is missing stops
// a command before any document with exit 5 and the Debian package to
// install; a document whose OCR failed is not stored and is read again on
// the next run.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <vector>

#include "cli/run_cli.h"
#include "ingest/ocr_engine.h"

namespace ogpx {
namespace {

using testing::QueryInt;
using testing::RunOgpx;
using testing::Sample;
namespace fs = std::filesystem;

// Each test may point TESSDATA_PREFIX (read by the ogpx it runs) elsewhere.
class OcrData : public testing::TempDirTest {
 protected:
  void TearDown() override {
    ::unsetenv("TESSDATA_PREFIX");
    TempDirTest::TearDown();
  }
  // A tessdata folder holding `langs`, linked from the installed one, or
  // written as garbage (present, but no engine can load it); made the one
  // ogpx reads.
  void UseTessdata(const std::string& name, const std::vector<std::string>& langs, bool garbage = false) {
    const fs::path dir = dir_ / name;
    fs::create_directories(dir);
    for (const auto& lang : langs) {
      const fs::path file = dir / (lang + ".traineddata");
      if (garbage) std::ofstream(file) << "not a traineddata file\n";
      else fs::create_symlink(fs::path(installed_) / (lang + ".traineddata"), file);
    }
    ::setenv("TESSDATA_PREFIX", dir.c_str(), 1);
  }
  const std::string installed_ = ingest::ResolveTessdata("");
};

TEST_F(OcrData, MissingLanguageStopsBeforeAnyDocumentWithExit5) {
  UseTessdata("no-mon", {"eng", "osd"});
  const std::string db = Path("ogpx.sqlite");
  auto run = RunOgpx("ingest --db '" + db + "' '" + Sample("report-mof-2024q3-en.pdf") + "'");
  EXPECT_EQ(run.exit_code, 5);
  EXPECT_NE(run.err.find("tesseract-ocr-mon"), std::string::npos) << run.err;
  EXPECT_EQ(run.err.find("tesseract-ocr-eng"), std::string::npos) << run.err;
  EXPECT_FALSE(fs::exists(db)) << "nothing is opened before the check";
}

TEST_F(OcrData, ForcedLanguageThatIsNotInstalledNamesItsPackage) {
  auto run = RunOgpx("extract '" + Sample("order-120-en-scan.pdf") + "' --lang eng+zzz");
  EXPECT_EQ(run.exit_code, 5);
  EXPECT_NE(run.err.find("tesseract-ocr-zzz"), std::string::npos) << run.err;
  EXPECT_EQ(run.out, "");
}

TEST_F(OcrData, NoOcrNeedsNoLanguageData) {
  UseTessdata("empty", {});
  auto run = RunOgpx("pages '" + Sample("report-mof-2024q3-en.pdf") + "' --page 1 --ocr never");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(RunOgpx("pages '" + Sample("report-mof-2024q3-en.pdf") + "' --page 1").exit_code, 5);
}

TEST_F(OcrData, DocumentWhoseOcrFailedIsNotStoredAndIsReadAgain) {
  const std::string db = Path("ogpx.sqlite");
  const std::string scan = Sample("order-120-en-scan.pdf");
  // Language files that are there (the check passes) but that Tesseract
  // cannot load: every page's OCR fails.
  UseTessdata("broken", {"eng", "mon", "osd"}, /*garbage=*/true);
  auto failed = RunOgpx("ingest --db '" + db + "' --quiet --jobs 1 '" + scan + "'");
  EXPECT_EQ(failed.exit_code, 1);
  EXPECT_NE(failed.err.find("OCR failed"), std::string::npos) << failed.err;
  EXPECT_NE(failed.err.find("read again on the next run"), std::string::npos) << failed.err;
  EXPECT_EQ(QueryInt(db, "SELECT count(*) FROM documents"), 0);

  // With the language data back, the next run reads it (not skipped).
  ::unsetenv("TESSDATA_PREFIX");
  auto again = RunOgpx("ingest --db '" + db + "' --quiet --jobs 1 '" + scan + "'");
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(QueryInt(db, "SELECT count(*) FROM documents WHERE kind = 'order'"), 1);
}

}  // namespace
}  // namespace ogpx
