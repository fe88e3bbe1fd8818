// Which OCR language data a run needs, and the check that names the missing
// Debian package (ingest/ocr_languages.h, issue 18).
#include "ingest/ocr_languages.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "ingest/ocr_engine.h"

namespace ogpx::ingest {
namespace {

namespace fs = std::filesystem;
using Langs = std::vector<std::string>;

TEST(OcrLanguages, NeededFollowTheOptions) {
  Options automatic;
  EXPECT_EQ(OcrLanguagesNeeded(automatic), (Langs{"eng", "mon", "osd"}));
  Options forced;
  forced.ocr_lang = "mon+eng+mon";
  EXPECT_EQ(OcrLanguagesNeeded(forced), (Langs{"mon", "eng", "osd"}));
  Options never;
  never.ocr = OcrMode::kNever;
  EXPECT_TRUE(OcrLanguagesNeeded(never).empty());
}

TEST(OcrLanguages, PackageNamesAreDebians) {
  EXPECT_EQ(TesseractPackage("mon"), "tesseract-ocr-mon");
  EXPECT_EQ(TesseractPackage("osd"), "tesseract-ocr-osd");
  EXPECT_EQ(TesseractPackage("chi_sim"), "tesseract-ocr-chi-sim");
}

TEST(OcrLanguages, InstalledDataPasses) {
  EXPECT_FALSE(CheckOcrLanguages(Options{}).has_value());  // .ci/deps installs eng, mon, osd
}

TEST(OcrLanguages, MissingOrEmptyFilesAreNamedWithTheirPackages) {
  const fs::path dir = fs::temp_directory_path() / ("ogpx-ocr-languages-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  fs::create_symlink(fs::path(ResolveTessdata("")) / "eng.traineddata", dir / "eng.traineddata");
  std::ofstream(dir / "osd.traineddata").close();  // empty: as good as missing
  auto error = CheckOcrLanguages(Options{}, dir.string());
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->kind, ErrorKind::kNotFound);
  EXPECT_NE(error->reason.find("mon, osd"), std::string::npos) << error->reason;
  EXPECT_NE(error->reason.find("tesseract-ocr-mon tesseract-ocr-osd"), std::string::npos) << error->reason;
  EXPECT_NE(error->reason.find(dir.string()), std::string::npos) << error->reason;
  EXPECT_EQ(error->reason.find("tesseract-ocr-eng"), std::string::npos) << error->reason;
  Options never;
  never.ocr = OcrMode::kNever;
  EXPECT_FALSE(CheckOcrLanguages(never, dir.string()).has_value());
  fs::remove_all(dir);
}

}  // namespace
}  // namespace ogpx::ingest
