// ocr_lines (ingest/ocr_lines.h): borders and specks Tesseract reads as letters.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ingest/ocr_lines.h"
#include "ingest/page_text.h"

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

// A speck on a table border of the ladder's skew2-noise rung was read as
// "2", a line of its own 2.4 pt tall among words 6-9 pt tall: it goes. A
// one-letter word of its own line at the height of letters stays, and so
// does a dash (an empty cell) and a word on a line with others.
TEST(DropSpeckWords, OneLetterLineFarShorterThanTheWordsIsDropped) {
  Page page;
  auto line = [&](const std::string& text, double x0, double y0, double height) {
    Word w = At(text, x0, x0 + 5);
    w.box.y0 = y0;
    w.box.y1 = y0 + height;
    page.lines.push_back({{static_cast<int>(page.words.size())}, w.box});
    page.words.push_back(w);
  };
  for (int i = 0; i < 6; ++i) line("Responsibilities", 257, 100 + 17 * i, 7.9);
  line("2", 209.3, 194.6, 2.4);
  line("a", 300, 250, 5.2);
  line("7", 300, 270, 7.4);
  line("-", 300, 290, 1.0);
  line(":", 400, 290, 2.0);  // its own line
  page.words.push_back(At(".", 250, 252));  // the end of a line of words
  page.words.back().box.y0 = 107;
  page.lines.front().words.push_back(static_cast<int>(page.words.size()) - 1);
  DropSpeckWords(page);
  std::vector<std::string> texts;
  for (const Word& w : page.words) texts.push_back(w.text);
  EXPECT_EQ(texts, (std::vector<std::string>{"Responsibilities", "Responsibilities", "Responsibilities",
                                             "Responsibilities", "Responsibilities", "Responsibilities", "a",
                                             "7", "-", "."}));
  ASSERT_EQ(page.lines.size(), 9u);
  EXPECT_EQ(page.lines.front().words, (std::vector<int>{0, 9}));
}

// Tesseract read the accents over a bold header as a dash, put on the line
// of the cell above: the dash lies inside the header line's box and goes.
// A dash in an empty cell, inside no other line, stays.
TEST(DropMarksInLines, DashInsideAnotherLineOfTextGoes) {
  Page page;
  auto add = [&](std::vector<Word> words) {
    TextLine line;
    for (Word& w : words) {
      line.words.push_back(static_cast<int>(page.words.size()));
      page.words.push_back(std::move(w));
    }
    page.lines.push_back(line);
  };
  auto word = [](const std::string& text, double x0, double y0, double x1, double y1) {
    Word w;
    w.text = text;
    w.box = {x0, y0, x1, y1};
    return w;
  };
  add({word("Supporting", 482, 325, 520, 332), word("parties:", 522, 325, 545, 332),
       word("\u2014", 612, 337, 634, 338.2)});
  add({word("Civil", 582, 337, 616, 345), word("society", 619, 339, 648, 345)});
  add({word("-", 700, 400, 704, 401)});
  FinishLines(page);
  DropMarksInLines(page);
  std::vector<std::string> texts;
  for (const Word& w : page.words) texts.push_back(w.text);
  EXPECT_EQ(texts, (std::vector<std::string>{"Supporting", "parties:", "Civil", "society", "-"}));
  ASSERT_EQ(page.lines.size(), 3u);
}

}  // namespace
}  // namespace ogpx::ingest
