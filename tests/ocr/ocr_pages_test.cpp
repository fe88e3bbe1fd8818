// OcrPages (ingest/ocr.h) on the scanned samples, compared with the
// born-digital originals read by Open(). Range assertions: OCR is approximate.
// A handful of pages only (CI has two cores).
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "ingest/ingest.h"
#include "ingest/ocr.h"

namespace ogpx::ingest {
namespace {

const std::string kSamples = OGPX_SAMPLES_DIR;

// OCR of one page, computed once per test binary run.
const Page& Ocr(const std::string& file, int number) {
  static std::map<std::pair<std::string, int>, Page> cache;
  auto it = cache.find({file, number});
  if (it == cache.end()) {
    Options options;
    options.jobs = 1;
    std::vector<Page> pages = OcrPages(kSamples + "/" + file, {number}, options);
    it = cache.emplace(std::make_pair(file, number), std::move(pages.at(0))).first;
  }
  return it->second;
}

// The born-digital page read from its text layer.
Page TextPage(const std::string& file, int number) {
  Options options;
  options.first_page = options.last_page = number;
  options.ocr = OcrMode::kNever;
  Result<Document> doc = Open(kSamples + "/" + file, options);
  if (!doc.ok()) {
    ADD_FAILURE() << doc.error().ToString();
    return {};
  }
  for (Page& p : doc->pages) {
    if (p.number == number) return std::move(p);
  }
  ADD_FAILURE() << "page " << number << " not read";
  return {};
}

// Letters and digits of a word, without surrounding punctuation.
std::string Core(const std::string& s) {
  auto keep = [](unsigned char c) { return c >= 0x80 || std::isalnum(c); };
  std::size_t b = 0, e = s.size();
  while (b < e && !keep(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && !keep(static_cast<unsigned char>(s[e - 1]))) --e;
  return s.substr(b, e - b);
}

bool HasWord(const Page& page, const std::string& text) {
  return std::any_of(page.words.begin(), page.words.end(),
                     [&](const Word& w) { return Core(w.text) == text; });
}

TEST(OcrPages, CommitmentPageReadsTheWordsOfTheBornDigitalPage) {
  const Page& scan = Ocr("nap5-en-scan.pdf", 6);
  const Page text = TextPage("nap5-en.pdf", 6);
  ASSERT_GT(text.words.size(), 300u);
  EXPECT_EQ(scan.source, PageSource::kOcr);
  EXPECT_FALSE(scan.has_text_layer);
  EXPECT_EQ(scan.number, 6);
  EXPECT_NEAR(scan.width, 842.0, 1.0);   // landscape stays landscape
  EXPECT_NEAR(scan.height, 595.4, 1.0);

  // Each text-layer word matched to an unused OCR word of the same text;
  // positions compared on the matches.
  std::multimap<std::string, const Word*> pool;
  for (const Word& w : scan.words) pool.emplace(Core(w.text), &w);
  int considered = 0, found = 0;
  std::vector<double> distance;
  for (const Word& w : text.words) {
    const std::string key = Core(w.text);
    if (key.empty()) continue;
    ++considered;
    auto [lo, hi] = pool.equal_range(key);
    auto best = pool.end();
    double best_d = 1e9;
    for (auto it = lo; it != hi; ++it) {
      const double d = std::hypot(it->second->box.cx() - w.box.cx(), it->second->box.cy() - w.box.cy());
      if (d < best_d) best_d = d, best = it;
    }
    if (best == pool.end()) continue;
    ++found;
    distance.push_back(best_d);
    pool.erase(best);
  }
  const double recall = static_cast<double>(found) / considered;
  EXPECT_GE(recall, 0.95) << found << " of " << considered << " words";
  ASSERT_FALSE(distance.empty());
  std::sort(distance.begin(), distance.end());
  // Same page geometry: the deskewed scan puts words where the original has them.
  EXPECT_LT(distance[distance.size() / 2], 2.0);
  EXPECT_LT(distance[distance.size() * 9 / 10], 5.0);

  // Lines index real words and carry their text in reading order.
  ASSERT_FALSE(scan.lines.empty());
  for (const TextLine& line : scan.lines) {
    ASSERT_FALSE(line.words.empty());
    for (int i : line.words) ASSERT_LT(static_cast<std::size_t>(i), scan.words.size());
  }
  // Type size estimated from the line height: the plan is set in 10.5 pt.
  std::vector<double> sizes;
  for (const Word& w : scan.words) sizes.push_back(w.font_size);
  std::sort(sizes.begin(), sizes.end());
  EXPECT_NEAR(sizes[sizes.size() / 2], 10.5, 1.5);
  for (const Word& w : scan.words) {
    EXPECT_GE(w.confidence, 0);
    EXPECT_LE(w.confidence, 100);
    EXPECT_EQ(w.font, "");
  }
}

// Fraction of `want` covered by rules of the same direction within `tol` pt.
double Covered(const Rule& want, const std::vector<Rule>& rules, double tol) {
  double total = 0;
  for (const Rule& r : rules) {
    if (r.horizontal() != want.horizontal()) continue;
    if (want.horizontal() && std::abs(r.y0 - want.y0) <= tol)
      total += std::max(0.0, std::min(want.x1, r.x1) - std::max(want.x0, r.x0));
    if (!want.horizontal() && std::abs(r.x0 - want.x0) <= tol)
      total += std::max(0.0, std::min(want.y1, r.y1) - std::max(want.y0, r.y0));
  }
  return want.length() > 0 ? total / want.length() : 0;
}

TEST(OcrPages, RulingLinesOfAScannedTableMatchTheVectorRules) {
  const Page& scan = Ocr("nap5-en-scan.pdf", 12);
  const Page text = TextPage("nap5-en.pdf", 12);
  std::vector<Rule> vector_rules;
  for (const Rule& r : text.rules) {
    if (r.length() >= 20) vector_rules.push_back(r);
  }
  ASSERT_GE(vector_rules.size(), 15u);
  int matched = 0;
  for (const Rule& r : vector_rules) matched += Covered(r, scan.rules, 2.5) >= 0.8;
  EXPECT_GE(matched, static_cast<int>(vector_rules.size() * 0.9))
      << matched << " of " << vector_rules.size() << " vector rules found";
  int real = 0;
  for (const Rule& r : scan.rules) real += Covered(r, text.rules, 2.5) >= 0.8;
  EXPECT_GE(real, static_cast<int>(scan.rules.size() * 0.9))
      << real << " of " << scan.rules.size() << " scanned rules lie on a vector rule";
  // Vertical borders are not read as words "|".
  EXPECT_TRUE(std::none_of(scan.words.begin(), scan.words.end(), [](const Word& w) { return w.text == "|"; }));
  for (const Rule& r : scan.rules) {
    EXPECT_TRUE(r.x0 == r.x1 || r.y0 == r.y1);
    EXPECT_GT(r.width, 0);
    EXPECT_LT(r.width, 4);
  }
}

TEST(OcrPages, MongolianOrderIsReadAsCyrillic) {
  const Page& page = Ocr("order-120-mn-scan.pdf", 1);
  EXPECT_TRUE(HasWord(page, "Улаанбаатар"));
  EXPECT_TRUE(HasWord(page, "Төлөвлөгөө"));
  EXPECT_TRUE(HasWord(page, "ТУШААЛ"));
  EXPECT_TRUE(HasWord(page, "2024-2027”-г") || HasWord(page, "2024-2027"));
  std::string all;
  for (const Word& w : page.words) all += w.text + " ";
  const ScriptCount n = CountScripts(all);
  EXPECT_GT(n.cyrillic, 20 * std::max(1, n.latin)) << n.cyrillic << " Cyrillic, " << n.latin << " Latin";
  // The emblem's bars and the stamp are not ruling lines.
  EXPECT_TRUE(page.rules.empty()) << page.rules.size() << " rules";
}

TEST(OcrPages, EnglishOrderIsReadAsLatinWithoutRulesFromStampOrSignature) {
  Options options;
  options.jobs = 2;
  // Asked in reverse order: results come back in the order asked.
  const std::vector<Page> pages = OcrPages(kSamples + "/order-120-en-scan.pdf", {2, 1}, options);
  ASSERT_EQ(pages.size(), 2u);
  EXPECT_EQ(pages[0].number, 2);
  const Page& page = pages[1];
  EXPECT_EQ(page.number, 1);
  EXPECT_TRUE(HasWord(page, "Ulaanbaatar"));
  EXPECT_TRUE(HasWord(page, "ORDER"));
  EXPECT_TRUE(HasWord(page, "Partnership"));
  EXPECT_TRUE(HasWord(page, "No.120"));
  std::string all;
  for (const Word& w : page.words) all += w.text + " ";
  const ScriptCount n = CountScripts(all);
  EXPECT_GT(n.latin, 400);
  EXPECT_LT(n.cyrillic, 10);  // the stamp's ring text at most
  // The round stamp and the signature sit over the signatory block (about
  // 240-350 x 320-470 pt); the page has no table at all.
  for (const Rule& r : page.rules) {
    ADD_FAILURE() << "rule " << r.x0 << "," << r.y0 << " - " << r.x1 << "," << r.y1;
  }
  EXPECT_FALSE(pages[0].words.empty());
}

TEST(OcrPages, NumberedListKeepsItsNumbers) {
  // The participants list: Tesseract's layout takes the column of numbers
  // for vertical text; it is read again and each number rejoins its item.
  const Page& page = Ocr("nap5-en-scan.pdf", 2);
  int numbered = 0;
  for (int n = 1; n <= 20; ++n) {
    const std::string want = std::to_string(n) + ".";
    for (const TextLine& line : page.lines) {
      const Word& first = page.words[static_cast<std::size_t>(line.words.front())];
      if (first.text == want && line.words.size() > 2) {
        ++numbered;
        break;
      }
    }
  }
  EXPECT_GE(numbered, 18) << "lines starting with their list number, of 20";
  for (const TextLine& line : page.lines) EXPECT_LT(line.box.height(), 3 * line.box.width());
}

TEST(OcrPages, TextTouchingATableBorderIsReadAfterTheBorderIsErased) {
  // Opt-in (OcrOptions::erase_rules): without it Tesseract reads "7.1." as
  // "1:3;" on this page, with it the cells of a row share one line.
  OcrOptions ocr;
  ocr.erase_rules = true;
  Options options;
  options.jobs = 1;
  const std::vector<Page> pages = OcrPages(kSamples + "/report-mddc-2025h1-en-scan.pdf", {1}, options, ocr);
  ASSERT_EQ(pages.size(), 1u);
  const Page& page = pages[0];
  EXPECT_TRUE(HasWord(page, "7.1")) << "milestone number under a border";
  EXPECT_TRUE(HasWord(page, "7.2"));
  EXPECT_TRUE(HasWord(page, "2.1"));
  EXPECT_GE(page.rules.size(), 6u);  // the report's table is still found
  // Tesseract joins the cells of a row once the borders are gone; the lines
  // are split again at the vertical rules, so none crosses a border.
  int crossings = 0;
  for (const TextLine& line : page.lines) {
    for (const Rule& r : page.rules) {
      if (r.horizontal() || line.box.cy() < r.y0 || line.box.cy() > r.y1) continue;
      crossings += line.box.x0 < r.x0 - 2 && line.box.x1 > r.x0 + 2;
    }
  }
  EXPECT_EQ(crossings, 0);
  EXPECT_GE(page.lines.size(), 60u);
}

TEST(OcrPages, OsdScriptChoiceReadsAnEnglishPage) {
  OcrOptions ocr;
  ocr.osd_script = true;
  Options options;
  options.jobs = 1;
  const std::vector<Page> pages = OcrPages(kSamples + "/order-120-en-scan.pdf", {2}, options, ocr);
  ASSERT_EQ(pages.size(), 1u);
  EXPECT_TRUE(HasWord(pages[0], "PARTNERSHIP"));
  EXPECT_TRUE(HasWord(pages[0], "Appendix"));
  EXPECT_TRUE(pages[0].warnings.empty());
}

}  // namespace
}  // namespace ogpx::ingest
