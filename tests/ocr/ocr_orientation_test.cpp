// Pages scanned sideways or upside down (ingest/ocr.h, OcrOptions::orient):
// samples/order-120-en-scan-turned.pdf is order-120-en-scan.pdf with page 1
// turned a quarter clockwise and page 2 upside down (/Rotate, qpdf); the
// sideways scans below are page images turned with Leptonica and written
// as a PDF of one image, as a scanner fed a page sideways makes them.
#include <gtest/gtest.h>
#include <leptonica/allheaders.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <unistd.h>

#include "ingest/ingest.h"
#include "ingest/ocr.h"
#include "ingest/ocr_engine.h"
#include "ingest/ocr_image.h"
#include "ingest/raster.h"

namespace ogpx::ingest {
namespace {

const std::string kTurned = std::string(OGPX_SAMPLES_DIR) + "/order-120-en-scan-turned.pdf";
const std::string kEnglish = std::string(OGPX_SAMPLES_DIR) + "/order-120-en-scan.pdf";
const std::string kMongolian = std::string(OGPX_SAMPLES_DIR) + "/order-120-mn-scan.pdf";
// The samples' scans are 200 ppi.
constexpr int kScanDpi = 200;

// Page `number` of `pdf` rendered at `dpi` (the scan's resolution unless
// said) and turned `quarter_turns` times 90 degrees clockwise.
PixPtr Turned(const std::string& pdf, int number, int quarter_turns, int dpi = kScanDpi) {
  PageRenderer renderer(pdf);
  RasterPage page = renderer.Render(number, dpi, limits::kMaxOcrPixels);
  if (!page.image) return nullptr;
  return PixPtr(pixRotateOrth(page.image.get(), quarter_turns));
}

// A PDF of that turned page alone, in the test's temporary folder.
std::string TurnedScan(const std::string& pdf, int number, int quarter_turns) {
  PixPtr pix = Turned(pdf, number, quarter_turns);
  if (!pix) return "";
  l_uint8* data = nullptr;
  size_t size = 0;
  if (pixWriteMemPdf(&data, &size, pix.get(), kScanDpi, nullptr) != 0 || data == nullptr) return "";
  const std::string path = (std::filesystem::temp_directory_path() /
                            ("ogpx-sideways-" + std::to_string(::getpid()) + "-" + std::to_string(quarter_turns) +
                             ".pdf"))
                               .string();
  std::ofstream(path, std::ios::binary).write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  lept_free(data);
  return path;
}

bool HasWarning(const Page& page, const std::string& code) {
  return std::any_of(page.warnings.begin(), page.warnings.end(),
                     [&](const Warning& w) { return w.code == code; });
}

double MeanConfidence(const Page& page) {
  double sum = 0;
  for (const Word& w : page.words) sum += w.confidence;
  return page.words.empty() ? 0 : sum / static_cast<double>(page.words.size());
}

std::string Text(const Page& page) {
  std::string out;
  for (const TextLine& line : page.lines) out += LineText(page, line) + "\n";
  return out;
}

TEST(OcrOrientation, TurnedPagesAreReadUpright) {
  Options options;
  options.jobs = 2;
  const std::vector<Page> pages = OcrPages(kTurned, {1, 2}, options);
  ASSERT_EQ(pages.size(), 2u);
  for (const Page& page : pages) {
    EXPECT_TRUE(HasWarning(page, "page_turned")) << page.number;
    EXPECT_GE(MeanConfidence(page), 85) << page.number;
    EXPECT_LT(page.width, page.height) << "a portrait page once upright";
  }
  EXPECT_NE(Text(pages[0]).find("Ulaanbaatar"), std::string::npos) << Text(pages[0]);
  EXPECT_NE(Text(pages[1]).find("Appendix"), std::string::npos) << Text(pages[1]);
}

TEST(OcrOrientation, WithoutTheCheckATurnedPageReadsPoorly) {
  // What the check is for: read as it lies, the page is noise.
  OcrOptions ocr;
  ocr.orient = false;
  Options options;
  options.jobs = 1;
  const std::vector<Page> pages = OcrPages(kTurned, {1}, options, ocr);
  ASSERT_EQ(pages.size(), 1u);
  EXPECT_FALSE(HasWarning(pages[0], "page_turned"));
  EXPECT_LT(MeanConfidence(pages[0]), 75);
}

TEST(OcrOrientation, UprightScanIsNotTurned) {
  Options options;
  options.jobs = 1;
  const std::vector<Page> pages =
      OcrPages(std::string(OGPX_SAMPLES_DIR) + "/order-120-mn-scan.pdf", {1}, options);
  ASSERT_EQ(pages.size(), 1u);
  EXPECT_FALSE(HasWarning(pages[0], "page_turned"));
}

TEST(OcrOrientation, LinesRunningDownTheImageAreTurned) {
  // Leptonica's ascenders-and-descenders test alone misses Cyrillic: it
  // found the sideways Mongolian order neither upright nor turned, so the
  // page was read as it lay before osd was asked.
  for (const std::string& pdf : {kEnglish, kMongolian}) {
    for (int quads : {1, 3}) {
      PixPtr pix = Turned(pdf, 1, quads);
      ASSERT_TRUE(pix) << pdf;
      EXPECT_EQ(OrientationByInk(pix.get(), kScanDpi), InkOrientation::kTurned) << pdf << " turned " << quads;
    }
    PixPtr upright = Turned(pdf, 1, 0);
    ASSERT_TRUE(upright) << pdf;
    EXPECT_NE(OrientationByInk(upright.get(), kScanDpi), InkOrientation::kTurned) << pdf;
  }
  PixPtr english = Turned(kEnglish, 1, 0);
  EXPECT_EQ(OrientationByInk(english.get(), kScanDpi), InkOrientation::kUpright);
  PixPtr upside_down = Turned(kEnglish, 1, 2);
  EXPECT_EQ(OrientationByInk(upside_down.get(), kScanDpi), InkOrientation::kTurned);
}

// A table's borders sharpen the ink's projection both ways and hide its
// text's ascenders: pages 5 and 7 of the scanned plan were lines across of
// unknown up and lines of no clear direction, and paid a probe read both
// ways or osd. Without the rules their text says upright; turned, it never
// does. At the resolution the pages are read at (Options::ocr_dpi: the
// ink is looked at from it scaled to 150 dpi).
TEST(OcrOrientation, TablePagesAreUprightByTheirTextWithoutTheirRules) {
  const std::string plan = std::string(OGPX_SAMPLES_DIR) + "/nap5-en-scan.pdf";
  const int dpi = Options{}.ocr_dpi;
  for (int number : {5, 7}) {
    for (int quads : {0, 1, 2, 3}) {
      PixPtr pix = Turned(plan, number, quads, dpi);
      ASSERT_TRUE(pix) << number;
      const InkOrientation found = OrientationByInk(pix.get(), dpi);
      if (quads == 0) EXPECT_EQ(found, InkOrientation::kUpright) << "page " << number;
      else EXPECT_NE(found, InkOrientation::kUpright) << "page " << number << " turned " << quads;
    }
  }
}

// Leptonica's ascenders and descenders cannot tell an upside-down page of
// Cyrillic from an upright one: its lines run across, which way up is
// unknown (kAcross). A few words of its longest line, read both ways, can:
// the page is then read once, turned, not first as it lies (2.4x the cost
// of an upright page before, docs/ocr.md step 11).
TEST(OcrOrientation, AFewWordsTellAnUpsideDownCyrillicPage) {
  OcrEngine engine(ResolveTessdata(""));
  for (int quads : {0, 2}) {
    PixPtr pix = Turned(kMongolian, 1, quads);
    ASSERT_TRUE(pix);
    InkImage ink;
    EXPECT_EQ(OrientationByInk(pix.get(), kScanDpi, &ink), InkOrientation::kAcross) << "turned " << quads;
    EXPECT_EQ(ReadsUpsideDown(pix.get(), kScanDpi, ink, engine, "mon+eng"), quads == 2) << "turned " << quads;
  }
  // English, which the ink alone tells (kUpright, kTurned), reads the same.
  for (int quads : {0, 2}) {
    PixPtr pix = Turned(kEnglish, 1, quads);
    ASSERT_TRUE(pix);
    InkImage ink;
    OrientationByInk(pix.get(), kScanDpi, &ink);
    EXPECT_EQ(ReadsUpsideDown(pix.get(), kScanDpi, ink, engine, "mon+eng"), quads == 2) << "turned " << quads;
  }
}

TEST(OcrOrientation, UpsideDownCyrillicScanIsReadUpright) {
  Options options;
  options.jobs = 1;
  const std::string mongolian = TurnedScan(kMongolian, 1, 2);
  ASSERT_FALSE(mongolian.empty());
  const std::vector<Page> mn = OcrPages(mongolian, {1}, options);
  std::filesystem::remove(mongolian);
  ASSERT_EQ(mn.size(), 1u);
  EXPECT_TRUE(HasWarning(mn[0], "page_turned")) << Text(mn[0]);
  EXPECT_GE(MeanConfidence(mn[0]), 85);
  EXPECT_NE(Text(mn[0]).find("Улаанбаатар"), std::string::npos) << Text(mn[0]);
  EXPECT_NE(Text(mn[0]).find("ТУШААЛ"), std::string::npos) << Text(mn[0]);
}

TEST(OcrOrientation, SidewaysScannedImagesAreReadUpright) {
  // The image itself lies sideways (no /Rotate): a quarter clockwise for
  // the English order, a quarter counter-clockwise for the Mongolian one.
  Options options;
  options.jobs = 1;
  const std::string english = TurnedScan(kEnglish, 1, 1);
  const std::string mongolian = TurnedScan(kMongolian, 1, 3);
  ASSERT_FALSE(english.empty());
  ASSERT_FALSE(mongolian.empty());
  const std::vector<Page> en = OcrPages(english, {1}, options);
  const std::vector<Page> mn = OcrPages(mongolian, {1}, options);
  std::filesystem::remove(english);
  std::filesystem::remove(mongolian);
  ASSERT_EQ(en.size(), 1u);
  ASSERT_EQ(mn.size(), 1u);
  for (const Page& page : {en[0], mn[0]}) {
    EXPECT_TRUE(HasWarning(page, "page_turned")) << Text(page);
    EXPECT_GE(MeanConfidence(page), 85);
    EXPECT_LT(page.width, page.height) << "a portrait page once upright";
  }
  EXPECT_NE(Text(en[0]).find("Ulaanbaatar"), std::string::npos) << Text(en[0]);
  EXPECT_NE(Text(en[0]).find("Mongolia"), std::string::npos) << Text(en[0]);
  EXPECT_NE(Text(mn[0]).find("Улаанбаатар"), std::string::npos) << Text(mn[0]);
  EXPECT_NE(Text(mn[0]).find("ТУШААЛ"), std::string::npos) << Text(mn[0]);
}

}  // namespace
}  // namespace ogpx::ingest
