// OcrPages on inputs that must end in a warning, never an exception: blank
// pages, pages over the pixel limit, a Tesseract deadline, missing files and
// pages. The PDFs are written by the test itself.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "ingest/ocr.h"
#include "ingest/raster.h"
#include "support/pdf_bytes.h"

namespace ogpx::ingest {
namespace {

// A valid PDF of `count` empty pages of `w` x `h` points (with an xref table).
std::string WriteBlankPdf(const std::string& name, int count, double w, double h) {
  std::vector<std::string> objects;
  objects.push_back("<< /Type /Catalog /Pages 2 0 R >>");
  std::string kids;
  for (int i = 0; i < count; ++i) kids += std::to_string(3 + i) + " 0 R ";
  objects.push_back("<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(count) + " >>");
  for (int i = 0; i < count; ++i) {
    objects.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + std::to_string(w) + " " +
                      std::to_string(h) + "] >>");
  }
  const std::string pdf = ogpx::testing::PdfFromObjects(objects);
  const auto path = std::filesystem::temp_directory_path() / name;
  std::ofstream(path, std::ios::binary) << pdf;
  return path.string();
}

bool HasWarning(const Page& page, const std::string& code) {
  return std::any_of(page.warnings.begin(), page.warnings.end(),
                     [&](const Warning& w) { return w.code == code && w.page == page.number; });
}

TEST(OcrLimits, BlankPageGivesNoWordsAndAWarning) {
  const std::string path = WriteBlankPdf("ogpx_ocr_blank.pdf", 2, 595, 842);
  Options options;
  options.jobs = 2;
  const std::vector<Page> pages = OcrPages(path, {1, 2}, options);
  ASSERT_EQ(pages.size(), 2u);
  for (const Page& page : pages) {
    EXPECT_TRUE(page.words.empty());
    EXPECT_TRUE(page.lines.empty());
    EXPECT_TRUE(page.rules.empty());
    EXPECT_TRUE(HasWarning(page, "blank_page"));
    EXPECT_EQ(page.source, PageSource::kOcr);
    EXPECT_NEAR(page.width, 595, 0.01);
    EXPECT_NEAR(page.height, 842, 0.01);
  }
  std::filesystem::remove(path);
}

TEST(OcrLimits, PageOverThePixelLimitIsRenderedSmallerWithAWarning) {
  // A0 at 300 dpi is about 140 million pixels; the limit here is 2 million.
  const std::string path = WriteBlankPdf("ogpx_ocr_big.pdf", 1, 2384, 3370);
  OcrOptions ocr;
  ocr.max_pixels = 2'000'000;
  const std::vector<Page> pages = OcrPages(path, {1}, Options{}, ocr);
  ASSERT_EQ(pages.size(), 1u);
  EXPECT_TRUE(HasWarning(pages[0], "ocr_resolution_reduced"));
  EXPECT_TRUE(HasWarning(pages[0], "blank_page"));
  EXPECT_NEAR(pages[0].width, 2384, 0.01);
  std::filesystem::remove(path);
}

TEST(OcrLimits, FitDpiStaysUnderTheLimit) {
  EXPECT_EQ(FitDpi(595, 842, 300, 60'000'000), 300);
  const double dpi = FitDpi(2384, 3370, 300, 2'000'000);
  EXPECT_LT(dpi, 300);
  EXPECT_GT(dpi, 30);
  EXPECT_LE(std::ceil(2384 * dpi / 72) * std::ceil(3370 * dpi / 72), 2'000'000);
}

TEST(OcrLimits, DeadlineCancelsThePageWithAWarning) {
  OcrOptions ocr;
  ocr.seconds_per_page = 0.001;
  Options options;
  options.ocr_lang = "eng";
  const std::vector<Page> pages =
      OcrPages(std::string(OGPX_SAMPLES_DIR) + "/order-120-en-scan.pdf", {1}, options, ocr);
  ASSERT_EQ(pages.size(), 1u);
  EXPECT_TRUE(HasWarning(pages[0], "ocr_timeout"));
  EXPECT_TRUE(pages[0].words.empty());
}

TEST(OcrLimits, SecondReadingsStopAtTheirLimitWithAWarning) {
  // nap5-en-scan p14 has four English lines the mon model won; with room
  // for one second reading, the page keeps its words and says so.
  OcrOptions ocr;
  ocr.max_rereads = 1;
  Options options;
  options.jobs = 1;
  const std::vector<Page> pages =
      OcrPages(std::string(OGPX_SAMPLES_DIR) + "/nap5-en-scan.pdf", {14}, options, ocr);
  ASSERT_EQ(pages.size(), 1u);
  EXPECT_TRUE(HasWarning(pages[0], "ocr_reread_cut"));
  EXPECT_GT(pages[0].words.size(), 100u);
}

TEST(OcrLimits, MissingFileOrPageIsAWarningNotAnException) {
  const std::vector<Page> missing = OcrPages("/nonexistent/ogpx.pdf", {1}, Options{});
  ASSERT_EQ(missing.size(), 1u);
  EXPECT_TRUE(HasWarning(missing[0], "ocr_failed"));

  const std::string path = WriteBlankPdf("ogpx_ocr_one.pdf", 1, 595, 842);
  const std::vector<Page> beyond = OcrPages(path, {5}, Options{});
  ASSERT_EQ(beyond.size(), 1u);
  EXPECT_EQ(beyond[0].number, 5);
  EXPECT_TRUE(HasWarning(beyond[0], "ocr_failed"));
  std::filesystem::remove(path);

  Options bad_lang;
  bad_lang.ocr_lang = "xx_no_such_language";
  const std::vector<Page> unreadable =
      OcrPages(std::string(OGPX_SAMPLES_DIR) + "/order-120-en-scan.pdf", {2}, bad_lang);
  ASSERT_EQ(unreadable.size(), 1u);
  EXPECT_TRUE(HasWarning(unreadable[0], "ocr_failed"));
  EXPECT_TRUE(unreadable[0].words.empty());
}

}  // namespace
}  // namespace ogpx::ingest
