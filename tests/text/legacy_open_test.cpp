// End to end through ingest::Open, which calls RepairLegacyFonts and
// LooksGarbled on every text page: the legacy samples must come out with the
// words of their Unicode originals, with one warning per repaired font.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "ingest/ingest.h"
#include "ingest/legacy_fonts.h"

namespace ogpx::ingest {
namespace {

const std::string kSamples = OGPX_SAMPLES_DIR;

std::vector<std::string> AllWords(const Document& doc) {
  std::vector<std::string> out;
  for (const auto& p : doc.pages) {
    for (const auto& w : p.words) out.push_back(w.text);
  }
  return out;
}

std::vector<Warning> RepairWarnings(const Document& doc) {
  std::vector<Warning> out;
  for (const auto& p : doc.pages) {
    for (const auto& w : p.warnings) {
      if (w.code == "legacy_font_repaired") out.push_back(w);
    }
  }
  return out;
}

Result<Document> OpenText(const std::string& file) {
  Options options;
  options.ocr = OcrMode::kNever;
  options.want_rules = false;
  return Open(kSamples + "/" + file, options);
}

TEST(LegacyOpen, EightBitOrderEqualsUnicodeOriginal) {
  const auto legacy = OpenText("order-120-mn-legacy8.pdf");
  const auto original = OpenText("order-120-mn.pdf");
  ASSERT_TRUE(legacy.ok()) << legacy.error().ToString();
  ASSERT_TRUE(original.ok()) << original.error().ToString();
  EXPECT_EQ(AllWords(*legacy), AllWords(*original));
  const auto warnings = RepairWarnings(*legacy);
  ASSERT_FALSE(warnings.empty());
  for (const auto& w : warnings) {
    EXPECT_EQ(w.page, 1);
    EXPECT_NE(w.message.find("TimesMon"), std::string::npos) << w.message;
    EXPECT_NE(w.message.find(kLegacy8Bit), std::string::npos) << w.message;
  }
  EXPECT_TRUE(legacy->pages[0].has_text_layer);
  EXPECT_TRUE(RepairWarnings(*original).empty());
}

TEST(LegacyOpen, SubstitutionReportEqualsUnicodeOriginal) {
  const auto legacy = OpenText("report-mmhi-2024q4-mn-legacy.pdf");
  const auto original = OpenText("report-mmhi-2024q4-mn.pdf");
  ASSERT_TRUE(legacy.ok()) << legacy.error().ToString();
  ASSERT_TRUE(original.ok()) << original.error().ToString();
  // 2 pages against 3: compare word multisets; only page-number words differ.
  std::map<std::string, int> available;
  for (const auto& w : AllWords(*original)) ++available[w];
  int unmatched = 0;
  for (const auto& w : AllWords(*legacy)) {
    if (available[w] > 0) {
      --available[w];
    } else {
      ++unmatched;
      EXPECT_EQ(w.find_first_not_of("0123456789"), std::string::npos) << w;
    }
  }
  EXPECT_LE(unmatched, 4);
  const auto warnings = RepairWarnings(*legacy);
  ASSERT_GE(warnings.size(), 2u);  // MonTimes on both pages, at least
  for (const auto& w : warnings) {
    EXPECT_EQ(w.message.rfind("MonTimes", 0), 0u) << w.message;
    EXPECT_NE(w.message.find(kLegacySubstitution), std::string::npos) << w.message;
  }
  for (const auto& page : legacy->pages) EXPECT_TRUE(page.has_text_layer);
}

TEST(LegacyOpen, UnicodeSamplesHaveNoRepairAndAreNotGarbled) {
  for (const char* file : {"nap5-en.pdf", "nap5-en-chromium.pdf", "nap5-mn-excerpt.pdf",
                           "report-mof-2024q3-en.pdf"}) {
    const auto doc = OpenText(file);
    ASSERT_TRUE(doc.ok()) << file;
    EXPECT_TRUE(RepairWarnings(*doc).empty()) << file;
    for (const auto& page : doc->pages) {
      if (page.words.empty()) continue;
      EXPECT_FALSE(LooksGarbled(page)) << file << " page " << page.number;
      EXPECT_TRUE(page.has_text_layer) << file << " page " << page.number;
    }
  }
}

}  // namespace
}  // namespace ogpx::ingest
