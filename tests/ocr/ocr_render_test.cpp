// The page image OCR reads (ingest/raster.h, PageRenderer::Render) and the
// ink of it made once (ingest/scan_cleanup.h, RemoveSpeckle's `ink`).
// Render lets Splash keep its alpha channel and puts the page on its paper
// while copying it (docs/performance.md, "OCR: the page image made once");
// the image must be the one Poppler gives when it composites the page onto
// white paper itself, on a scan (opaque, one image) and on a born-digital
// page (anti-aliased text and vectors: partly transparent pixels).
#include <gtest/gtest.h>
#include <leptonica/allheaders.h>

#include <memory>
#include <string>

// Poppler's private headers are not -Wextra clean.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-parameter"
#include <PDFDoc.h>
#include <SplashOutputDev.h>
#include <goo/GooString.h>
#include <splash/SplashBitmap.h>
#pragma GCC diagnostic pop

#include "ingest/ingest.h"
#include "ingest/ocr_image.h"
#include "ingest/poppler_globals.h"
#include "ingest/raster.h"
#include "ingest/scan_cleanup.h"

namespace ogpx::ingest {
namespace {

const std::string kScan = std::string(OGPX_SAMPLES_DIR) + "/nap5-en-scan.pdf";
const std::string kDigital = std::string(OGPX_SAMPLES_DIR) + "/nap5-en.pdf";
// Has dust the speck removal paints white (docs/ocr.md, step 1b).
const std::string kDusty = std::string(OGPX_SAMPLES_DIR) + "/report-mddc-2025h1-en-scan.pdf";

// Page `number` of `pdf` at `dpi` as Poppler draws it onto white paper
// (SplashOutputDev given the paper colour: it composites the page at its
// end), copied pixel by pixel: the image Render gave before it composited
// the page itself.
PixPtr PopplerOnPaper(const std::string& pdf, int number, double dpi) {
  InitPoppler();
  PDFDoc doc(std::make_unique<GooString>(pdf));
  if (!doc.isOk()) return nullptr;
  SplashColor paper;
  paper[0] = 255;
  SplashOutputDev device(splashModeMono8, 4, false, paper);
  device.startDoc(&doc);
  doc.displayPage(&device, number, dpi, dpi, 0, /*useMediaBox=*/false, /*crop=*/true, /*printing=*/false);
  SplashBitmap* bitmap = device.getBitmap();
  const int w = bitmap->getWidth();
  const int h = bitmap->getHeight();
  PixPtr pix(pixCreate(w, h, 8));
  for (int y = 0; y < h; ++y) {
    const unsigned char* row = bitmap->getDataPtr() + static_cast<std::ptrdiff_t>(y) * bitmap->getRowSize();
    for (int x = 0; x < w; ++x) pixSetPixel(pix.get(), x, y, row[x]);
  }
  return pix;
}

bool SameImage(Pix* a, Pix* b) {
  l_int32 same = 0;
  return a != nullptr && b != nullptr && pixEqual(a, b, &same) == 0 && same == 1;
}

TEST(OcrRender, ScannedPageIsPopplersOnPaper) {
  PageRenderer renderer(kScan);
  ASSERT_TRUE(renderer.ok());
  for (int number : {5, 7}) {
    RasterPage page = renderer.Render(number, limits::kDefaultOcrDpi, limits::kMaxOcrPixels);
    ASSERT_TRUE(page.image) << "page " << number;
    PixPtr expected = PopplerOnPaper(kScan, number, page.dpi);
    EXPECT_TRUE(SameImage(page.image.get(), expected.get())) << "page " << number;
  }
}

TEST(OcrRender, BornDigitalPageIsPopplersOnPaper) {
  // Anti-aliased text and rules: pixels partly covered, which Splash's own
  // compositing puts on the paper.
  PageRenderer renderer(kDigital);
  ASSERT_TRUE(renderer.ok());
  for (int number : {1, 6}) {
    RasterPage page = renderer.Render(number, limits::kDefaultOcrDpi, limits::kMaxOcrPixels);
    ASSERT_TRUE(page.image) << "page " << number;
    PixPtr expected = PopplerOnPaper(kDigital, number, page.dpi);
    EXPECT_TRUE(SameImage(page.image.get(), expected.get())) << "page " << number;
    // Not a blank page: the comparison compares something.
    l_int32 ink = 0;
    PixPtr binary = Binarize(page.image.get());
    ASSERT_EQ(pixCountPixels(binary.get(), &ink, nullptr), 0);
    EXPECT_GT(ink, 1000) << "page " << number;
  }
}

// BinaryBelow thresholds an 8 bpp page without copying it first; the image
// is Leptonica's pixConvertTo1's, at the thresholds the pipeline uses (the
// ink, kInkGrey; the rules, ScanRuleOptions::threshold).
TEST(OcrRender, BinaryBelowIsLeptonicasConversion) {
  PageRenderer renderer(kScan);
  ASSERT_TRUE(renderer.ok());
  RasterPage page = renderer.Render(6, limits::kDefaultOcrDpi, limits::kMaxOcrPixels);
  ASSERT_TRUE(page.image);
  for (int threshold : {kInkGrey, 185}) {
    PixPtr mine = BinaryBelow(page.image.get(), threshold);
    PixPtr leptonica(pixConvertTo1(page.image.get(), threshold));
    EXPECT_TRUE(SameImage(mine.get(), leptonica.get())) << threshold;
  }
  // Anything but 8 bpp without a colour map goes to pixConvertTo1 itself.
  PixPtr binary = BinaryBelow(page.image.get(), kInkGrey);
  PixPtr again = BinaryBelow(binary.get(), kInkGrey);
  EXPECT_TRUE(SameImage(again.get(), binary.get()));
}

// The ink RemoveSpeckle hands on is the binary image of the page as it
// leaves it: the one Binarize makes of the cleaned page, whether specks
// were painted white or not.
TEST(OcrRender, SpeckRemovalHandsOnTheInkOfTheCleanedPage) {
  struct Case {
    std::string pdf;
    int page;
    bool dusty;
  };
  for (const Case& c : {Case{kDusty, 1, true}, Case{kScan, 5, false}}) {
    PageRenderer renderer(c.pdf);
    ASSERT_TRUE(renderer.ok());
    RasterPage page = renderer.Render(c.page, limits::kDefaultOcrDpi, limits::kMaxOcrPixels);
    ASSERT_TRUE(page.image);
    PixPtr ink;
    const int removed = RemoveSpeckle(page.image.get(), page.dpi, &ink);
    EXPECT_EQ(removed > 0, c.dusty) << c.pdf << " removed " << removed;
    ASSERT_TRUE(ink) << c.pdf;
    PixPtr expected = Binarize(page.image.get());
    EXPECT_TRUE(SameImage(ink.get(), expected.get())) << c.pdf;
  }
}

}  // namespace
}  // namespace ogpx::ingest
