// Hostile input for every text function: random bytes, truncated UTF-8 and
// corrupted real strings must give well-formed UTF-8 (or nullopt), never a
// crash or an exception. A fixed seed keeps the run reproducible.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include <unicode/utf8.h>

#include "extract/common/dates.h"
#include "extract/common/numbers.h"
#include "ingest/legacy_fonts.h"
#include "base/text.h"

namespace ogpx {
namespace {

bool WellFormed(const std::string& s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t n = static_cast<int32_t>(s.size());
  int32_t i = 0;
  while (i < n) {
    UChar32 c = 0;
    U8_NEXT(p, i, n, c);
    if (c < 0) return false;
  }
  return true;
}

std::vector<std::string> HostileInputs() {
  std::vector<std::string> out = {
      "", "\xFF", "\xC0\x80", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xE2\x80", "\xD3",
      std::string(1, '\0'), std::string("a\0b", 3), std::string(5000, '9'),
      "2023 оны 12 дугаар сарын", "2023 оны", "Q", "2024 Q", "(((((", "2024.07.01–",
      "–2024.09.30", "99999999999999999999.12.27", "2024-", "-2024", "оны оны оны сарын",
  };
  const std::vector<std::string> seeds = {
      "2023 оны 12 дугаар сарын 27-ны өдөр", "2024 Q3 (1 July – 30 September 2024)",
      "Хүнс, хөдөө аж ахуйн яам", "Òºëºâëºãºº áàòëàõ òóõàé", "хїнд їйлдвэрийн яам",
      "2024 оны IV улирал (10 дугаар сарын 1 – 12 дугаар сарын 31)"};
  std::mt19937 rng(20241127);
  std::uniform_int_distribution<int> byte(0, 255);
  for (int k = 0; k < 300; ++k) {
    std::string s;
    const int len = k % 40;
    for (int i = 0; i < len; ++i) s += static_cast<char>(byte(rng));
    out.push_back(s);
  }
  for (const auto& seed : seeds) {
    for (size_t cut = 0; cut <= seed.size(); ++cut) out.push_back(seed.substr(0, cut));
    for (int k = 0; k < 40; ++k) {
      std::string s = seed;
      s[static_cast<size_t>(byte(rng)) % s.size()] = static_cast<char>(byte(rng));
      out.push_back(s);
    }
  }
  return out;
}

TEST(Robustness, TextFunctionsGiveWellFormedUtf8) {
  for (const auto& in : HostileInputs()) {
    EXPECT_TRUE(WellFormed(text::Nfc(in)));
    EXPECT_TRUE(WellFormed(text::FoldWhitespace(in)));
    EXPECT_TRUE(WellFormed(text::FoldForMatch(in)));
    EXPECT_TRUE(WellFormed(text::OrgKey(in)));
    EXPECT_TRUE(WellFormed(text::ExpandLigatures(in)));
    (void)text::ScriptOf(in);
    (void)text::LanguageOf(in);
  }
}

TEST(Robustness, ParsersRejectOrReturnValidValues) {
  for (const auto& in : HostileInputs()) {
    if (auto d = extract::ParseDate(in)) {
      EXPECT_TRUE(extract::IsValidDate(d->year, d->month, d->day));
    }
    if (auto d = extract::FindDate(in)) {
      EXPECT_TRUE(extract::IsValidDate(d->year, d->month, d->day));
    }
    if (auto p = extract::ParsePeriod(in)) {
      EXPECT_TRUE(extract::IsValidDate(p->start.year, p->start.month, p->start.day));
      EXPECT_TRUE(extract::IsValidDate(p->end.year, p->end.month, p->end.day));
      EXPECT_LE(p->start, p->end);
    }
    if (auto s = extract::ParseYearSpan(in); s && s->start && s->end) {
      EXPECT_LE(*s->start, *s->end);
    }
    if (auto n = extract::ParseOrdinal(in)) {
      EXPECT_GT(*n, 0);
    }
  }
}

TEST(Robustness, LegacyRepairKeepsWordsWellFormed) {
  ingest::Page page;
  page.number = 3;
  page.source = ingest::PageSource::kText;
  for (const auto& in : HostileInputs()) page.words.push_back(ingest::Word{in, {}, "TimesMon"});
  (void)ingest::LooksGarbled(page);
  const ingest::Page before = page;
  ingest::RepairLegacyFonts(page);
  ASSERT_EQ(page.words.size(), before.words.size());
  for (size_t i = 0; i < page.words.size(); ++i) {
    // A word that was changed, or that was well-formed, is well-formed.
    if (page.words[i].text != before.words[i].text || WellFormed(before.words[i].text)) {
      EXPECT_TRUE(WellFormed(page.words[i].text)) << i;
    }
  }
}

}  // namespace
}  // namespace ogpx
