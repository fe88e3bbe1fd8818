// Pictures of pages for people (ingest/page_image.h): crops cover exactly
// their box, white outside the page; thumbnails are scaled down; a missing
// file or page is an error, never a crash.
#include "ingest/page_image.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>

namespace ogpx::testing {
namespace {

const std::string kPlan = std::string(OGPX_SAMPLES_DIR) + "/nap5-en.pdf";

// Width and height stored in a PNG's IHDR chunk.
std::pair<int, int> PngSize(const std::string& png) {
  EXPECT_GE(png.size(), 24u);
  EXPECT_EQ(png.substr(1, 3), "PNG");
  auto be32 = [&](std::size_t at) {
    std::uint32_t v = 0;
    for (std::size_t i = 0; i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(png[at + i]);
    return static_cast<int>(v);
  };
  return {be32(16), be32(20)};
}

TEST(PageImages, ACropCoversExactlyItsBoxEvenPastTheEdgeOfThePage) {
  ingest::PageImages images(kPlan);
  ASSERT_TRUE(images.ok());
  EXPECT_EQ(images.page_count(), 36);
  auto size = images.PageSize(7);
  ASSERT_TRUE(size);
  EXPECT_NEAR(size->first, 841.89, 0.01);
  EXPECT_NEAR(size->second, 595.3, 0.01);
  ASSERT_FALSE(images.Render(7, 144));
  auto inside = images.Crop({56, 44, 800, 380});
  ASSERT_TRUE(inside.ok()) << inside.error().ToString();
  EXPECT_EQ(PngSize(inside->bytes), (std::pair{1488, 672}));
  auto across = images.Crop({800, 560, 860, 620});  // over the right and bottom edges
  ASSERT_TRUE(across.ok());
  EXPECT_EQ(across->width_px, 120);
  EXPECT_EQ(across->height_px, 120);
  EXPECT_FALSE(images.Crop({10, 10, 10, 50}).ok());  // empty
}

TEST(PageImages, AThumbnailIsScaledDownToItsWidth) {
  ingest::PageImages images(kPlan);
  ASSERT_FALSE(images.Render(7, 144));  // a landscape page
  auto thumb = images.Thumbnail(260);
  ASSERT_TRUE(thumb.ok());
  EXPECT_EQ(PngSize(thumb->bytes).first, 260);
  EXPECT_NEAR(PngSize(thumb->bytes).second, 260 * 595.3 / 841.89, 2);
}

TEST(PageImages, APageTurnedByOcrIsDrawnTurned) {
  ingest::PageImages images(kPlan);
  ASSERT_FALSE(images.Render(7, 72, 1));
  auto thumb = images.Thumbnail(1000);
  ASSERT_TRUE(thumb.ok());
  EXPECT_EQ(thumb->width_px, 595);  // the landscape page, a quarter turn
  EXPECT_EQ(thumb->height_px, 842);
  const std::vector<Warning> warnings = {
      {2, "page_turned", "the page image was turned by 270 degrees clockwise before OCR (scanned sideways)"},
      {3, "ocr_failed", "by 90 degrees"}};
  EXPECT_EQ(ingest::QuarterTurns(warnings, 2), 3);
  EXPECT_EQ(ingest::QuarterTurns(warnings, 3), 0);
  EXPECT_EQ(ingest::QuarterTurns(warnings, 1), 0);
}

TEST(PageImages, AMissingFileOrPageIsAnError) {
  ingest::PageImages missing("/nonexistent/plan.pdf");
  EXPECT_FALSE(missing.ok());
  EXPECT_TRUE(missing.Render(1, 72).has_value());
  EXPECT_FALSE(missing.Thumbnail(100).ok());
  ingest::PageImages images(kPlan);
  EXPECT_FALSE(images.PageSize(37));
  auto e = images.Render(37, 72);
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(e->page, 37);
}

}  // namespace
}  // namespace ogpx::testing
