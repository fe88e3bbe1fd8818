// The second reading of what OCR doubted, the baselines of scanned words,
// and the short vertical rules of a one-row sub-table, on the scanned
// samples (ingest/ocr.h). Range assertions: OCR is approximate.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "ingest/ingest.h"
#include "ingest/ocr.h"

namespace ogpx::ingest {
namespace {

const std::string kSamples = OGPX_SAMPLES_DIR;

Page OcrOne(const std::string& file, int number) {
  Options options;
  options.jobs = 1;
  std::vector<Page> pages = OcrPages(kSamples + "/" + file, {number}, options);
  return std::move(pages.at(0));
}

Page TextPage(const std::string& file, int number) {
  Options options;
  options.first_page = options.last_page = number;
  options.ocr = OcrMode::kNever;
  Result<Document> doc = Open(kSamples + "/" + file, options);
  if (!doc.ok() || doc->pages.empty()) {
    ADD_FAILURE() << file << " page " << number;
    return {};
  }
  return std::move(doc->pages.front());
}

std::string Text(const Page& page) {
  std::string out;
  for (const TextLine& line : page.lines) out += LineText(page, line) + "\n";
  return out;
}

bool HasCyrillic(const std::string& s) {
  // U+0400..U+04FF in UTF-8: lead bytes 0xD0..0xD3.
  return std::any_of(s.begin(), s.end(), [](char c) {
    const auto b = static_cast<unsigned char>(c);
    return b >= 0xD0 && b <= 0xD3;
  });
}

TEST(OcrReread, EnglishLinesTheMongolianModelWonAreReadAgain) {
  // nap5-en-scan p14: mon+eng reads the sub-table's first row as
  // "санан хииж", "(Coane лэл", "Танан"; read again with eng alone.
  const Page page = OcrOne("nap5-en-scan.pdf", 14);
  const std::string text = Text(page);
  EXPECT_NE(text.find("Cabinet Secretariat"), std::string::npos) << text;
  EXPECT_NE(text.find("Centre for Human"), std::string::npos) << text;
  EXPECT_NE(text.find("Consortium of NGOs"), std::string::npos) << text;
  for (const Word& w : page.words) EXPECT_FALSE(HasCyrillic(w.text)) << w.text;
}

TEST(OcrReread, MongolianPageKeepsItsScript) {
  // The Latin-line reading applies to Latin pages only.
  const Page page = OcrOne("order-120-mn-scan.pdf", 1);
  int cyrillic = 0;
  for (const Word& w : page.words) cyrillic += HasCyrillic(w.text);
  EXPECT_GE(cyrillic, static_cast<int>(page.words.size() * 7 / 10));
  EXPECT_NE(Text(page).find("Улаанбаатар"), std::string::npos);
}

TEST(OcrReread, DoubtfulWordBesideABorderIsReadAgainAlone) {
  // report-mddc p1: the first pass reads "7.1." beside the table border as
  // "1:3;" (confidence 15); alone, with a white margin, it reads "7.1.".
  const Page page = OcrOne("report-mddc-2025h1-en-scan.pdf", 1);
  bool found = false;
  for (const Word& w : page.words) found = found || w.text.rfind("7.1", 0) == 0;
  EXPECT_TRUE(found) << Text(page);
  EXPECT_EQ(Text(page).find("1:3;"), std::string::npos);
}

TEST(OcrBaselines, ScannedBaselinesMatchTheTextLayer) {
  // Each word of nap5-en-scan p19 against the same word of nap5-en p19:
  // the baseline (Tesseract's, refitted per cell) within half a point.
  const Page scan = OcrOne("nap5-en-scan.pdf", 19);
  const Page text = TextPage("nap5-en.pdf", 19);
  std::vector<double> diffs;
  for (const Word& s : scan.words) {
    if (s.baseline <= 0) continue;
    for (const Word& t : text.words) {
      if (t.text != s.text || std::abs(t.box.cx() - s.box.cx()) > 3 || std::abs(t.box.cy() - s.box.cy()) > 6)
        continue;
      ASSERT_GT(t.baseline, 0) << t.text;
      diffs.push_back(std::abs(t.baseline - s.baseline));
      break;
    }
  }
  ASSERT_GE(diffs.size(), 100u);
  std::sort(diffs.begin(), diffs.end());
  EXPECT_LT(diffs[diffs.size() / 2], 0.5) << "median";
  EXPECT_LT(diffs[diffs.size() * 9 / 10], 1.0) << "90th percentile";
}

TEST(OcrRules, OneRowSubTableHasItsVerticalRules) {
  // nap5-en-scan p19, milestone 4.5: the sub-table is only its header row
  // (0.2 in tall); its column rules are found like the taller ones.
  const Page scan = OcrOne("nap5-en-scan.pdf", 19);
  const Page text = TextPage("nap5-en.pdf", 19);
  int vector_short = 0, matched = 0;
  for (const Rule& v : text.rules) {
    if (v.horizontal() || v.length() > 20) continue;
    ++vector_short;
    matched += std::any_of(scan.rules.begin(), scan.rules.end(), [&](const Rule& r) {
      return !r.horizontal() && std::abs(r.x0 - v.x0) < 2.5 && r.y0 < v.y0 + 3 && r.y1 > v.y1 - 3;
    });
  }
  ASSERT_GE(vector_short, 2);
  EXPECT_EQ(matched, vector_short);
}

}  // namespace
}  // namespace ogpx::ingest
