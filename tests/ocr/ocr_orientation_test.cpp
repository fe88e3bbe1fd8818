// Pages scanned sideways or upside down (ingest/ocr.h, OcrOptions::orient):
// samples/order-120-en-scan-turned.pdf is order-120-en-scan.pdf with page 1
// turned a quarter clockwise and page 2 upside down (/Rotate, qpdf).
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "ingest/ingest.h"
#include "ingest/ocr.h"

namespace ogpx::ingest {
namespace {

const std::string kTurned = std::string(OGPX_SAMPLES_DIR) + "/order-120-en-scan-turned.pdf";

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

}  // namespace
}  // namespace ogpx::ingest
