// ocr_lines (ingest/ocr_lines.h): borders Tesseract reads as letters.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ingest/ocr_lines.h"

namespace ogpx::ingest {
namespace {

Word At(const std::string& text, double x0, double x1) {
  Word w;
  w.text = text;
  w.box = {x0, 100, x1, 109};
  w.font_size = 9;
  return w;
}

Rule Vertical(double x) {
  Rule r;
  r.x0 = r.x1 = x;
  r.y0 = 50;
  r.y1 = 300;
  r.width = 0.7;
  return r;
}

TEST(TrimBorderLetters, BorderReadAsTheFirstDigitOfANumber) {
  // The table's left border at x = 41.9 runs through the "1" of "11.1.":
  // the number is "1.1.".
  Page page;
  page.words = {At("11.1.", 39.8, 60.5), At("|Civil", 216.5, 240), At("11.2.", 45.8, 66.5)};
  TrimBorderLetters(page, {Vertical(41.9), Vertical(217.3)});
  EXPECT_EQ(page.words[0].text, "1.1.");
  EXPECT_GT(page.words[0].box.x0, 41.9);
  EXPECT_EQ(page.words[1].text, "Civil");
  // A number a padding off the border keeps its digits.
  EXPECT_EQ(page.words[2].text, "11.2.");
}

}  // namespace
}  // namespace ogpx::ingest
