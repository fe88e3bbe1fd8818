// Tests of ogpx::text (base/text.h).
#include "base/text.h"

#include <gtest/gtest.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <random>

#include <string>
#include <thread>
#include <vector>

namespace ogpx::text {
namespace {

TEST(Nfc, ComposesDecomposedCyrillic) {
  // "й" as и + combining breve, "ё" as е + combining diaeresis.
  EXPECT_EQ(Nfc("\xD0\xB8\xCC\x86"), "й");
  EXPECT_EQ(Nfc("\xD0\xB5\xCC\x88"), "ё");
  EXPECT_EQ(Nfc("e\xCC\x81"), "é");
  EXPECT_EQ(Nfc("plain"), "plain");
  EXPECT_EQ(Nfc(""), "");
}

TEST(Nfc, IllFormedBytesBecomeReplacementCharacter) {
  EXPECT_EQ(Nfc("a\xFF" "b"), "a\xEF\xBF\xBD" "b");
}

TEST(TrimMarks, MarksAtEitherEndGoLettersAndInnerMarksStay) {
  EXPECT_EQ(TrimMarks("\u2018Other"), "Other");
  EXPECT_EQ(TrimMarks("|Civil|Society|"), "Civil|Society");
  EXPECT_EQ(TrimMarks("\u201c\u0422\u0411\u0411\u201d,"), "\u0422\u0411\u0411");
  EXPECT_EQ(TrimMarks("(2024)"), "2024");
  EXPECT_EQ(TrimMarks("~~\""), "");
  EXPECT_EQ(TrimMarks(""), "");
}

TEST(FoldWhitespace, FoldsUnicodeSpaceRunsAndTrims) {
  EXPECT_EQ(FoldWhitespace("  Ministry\t of\n\nFinance  "), "Ministry of Finance");
  EXPECT_EQ(FoldWhitespace("Сангийн\xC2\xA0\xE2\x80\x83яам"), "Сангийн яам");  // NBSP, em space
  EXPECT_EQ(FoldWhitespace("a\xE3\x80\x80" "b"), "a b");  // ideographic space
  EXPECT_EQ(FoldWhitespace(" \t\n"), "");
  EXPECT_EQ(FoldWhitespace(""), "");
}

TEST(FoldForMatch, CaseAndCompatibilityFolding) {
  EXPECT_EQ(FoldForMatch("  Commitment   Start  "), "commitment start");
  EXPECT_EQ(FoldForMatch("ҮЙЛ АЖИЛЛАГАА"), FoldForMatch("үйл ажиллагаа"));
  EXPECT_EQ(FoldForMatch("Ө Ү Ё"), "ө ү ё");
  EXPECT_EQ(FoldForMatch("\xEF\xAC\x81nal"), "final");  // ﬁ ligature
  EXPECT_EQ(FoldForMatch("Re\xC2\xADsponsible"), "responsible");  // soft hyphen
  EXPECT_NE(FoldForMatch("Lead agency"), FoldForMatch("Lead agencies"));
}

// ASCII text is folded without ICU (a fast path): every ASCII character
// must come out as ICU's NFKC_Casefold makes it.
TEST(FoldForMatch, AsciiAgreesWithIcuForEveryCharacter) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* icu_fold = icu::Normalizer2::getNFKCCasefoldInstance(status);
  ASSERT_TRUE(U_SUCCESS(status));
  for (int c = 1; c < 0x80; ++c) {
    const std::string s = std::string("aB") + static_cast<char>(c) + "Zq";
    std::string expected;
    icu_fold->normalize(icu::UnicodeString::fromUTF8(s), status).toUTF8String(expected);
    ASSERT_TRUE(U_SUCCESS(status));
    EXPECT_EQ(FoldForMatch(s), FoldWhitespace(expected)) << "character " << c;
    EXPECT_EQ(Nfc(s), s) << "character " << c;
  }
}

// FoldWhitespace reads ASCII without ICU: every ASCII character must be
// space or not as ICU's White_Space says.
TEST(FoldWhitespace, AsciiAgreesWithIcuForEveryCharacter) {
  for (int c = 1; c < 0x80; ++c) {
    const std::string s = std::string("a") + static_cast<char>(c) + "b";
    EXPECT_EQ(FoldWhitespace(s), u_isUWhiteSpace(c) ? "a b" : s) << "character " << c;
  }
  EXPECT_EQ(FoldWhitespace("a\xFF b"), "a\xEF\xBF\xBD b");  // ill-formed byte: U+FFFD
  EXPECT_EQ(FoldWhitespace("\xC2\xA0x\xE2\x80\x83y "), "x y");  // no-break and em spaces
}

TEST(EditDistance, CountsCodePointEdits) {
  EXPECT_EQ(EditDistance("", ""), 0u);
  EXPECT_EQ(EditDistance("milestones", "milestanes"), 1u);
  EXPECT_EQ(EditDistance("kitten", "sitting"), 3u);
  EXPECT_EQ(EditDistance("үйл ажиллагаа", "үйл ажилагаа"), 1u);  // one Cyrillic letter, two bytes
  EXPECT_EQ(EditDistance("abc", "абв"), 3u);
  const std::string long_a(300, 'a'), long_b = std::string(150, 'a') + "b" + std::string(149, 'a');
  EXPECT_EQ(EditDistance(long_a, long_b), 1u);  // past the inline buffers
  EXPECT_EQ(EditDistance(long_a, "a"), 299u);
}

// WithinEditDistance answers EditDistance(a, b) <= limit, whatever shortcut
// it takes, on random strings of Latin and Cyrillic letters.
TEST(EditDistance, WithinAgreesWithTheFullDistance) {
  std::mt19937 random(17);
  const std::vector<std::string> letters = {"a", "b", "c", " ", "ө", "ү", "ж"};
  auto word = [&](std::size_t max) {
    std::string w;
    for (std::size_t n = random() % (max + 1); n > 0; --n) w += letters[random() % letters.size()];
    return w;
  };
  for (int i = 0; i < 2000; ++i) {
    const std::string a = word(i < 1000 ? 8 : 120), b = word(i < 1000 ? 8 : 120);
    const std::size_t d = EditDistance(a, b);
    for (std::size_t limit : {0u, 1u, 2u, 5u, 40u})
      ASSERT_EQ(WithinEditDistance(a, b, limit), d <= limit) << a << " / " << b << " limit " << limit;
  }
}

TEST(OrgKey, MongolianBecomesLatinPerMns) {
  EXPECT_EQ(OrgKey("Сангийн яам"), "sangiin yaam");
  EXPECT_EQ(OrgKey("Хүнс, хөдөө аж ахуйн яам"), "khüns khödöö aj akhuin yaam");
  const std::string key = OrgKey("Засгийн газрын Хэрэг эрхлэх газар");
  EXPECT_EQ(key.find('\xD0'), std::string::npos);  // no Cyrillic lead byte
  EXPECT_EQ(key.find('\xD1'), std::string::npos);
}

TEST(OrgKey, QuotesCaseAndSpacesDoNotMatter) {
  const std::string a = OrgKey("\"Транспэрэнси Интернэшнл Монголия\" ТББ");
  EXPECT_EQ(a, OrgKey("«Транспэрэнси  интернэшнл   Монголия» ТББ"));
  EXPECT_EQ(a, OrgKey("„ТРАНСПЭРЭНСИ ИНТЕРНЭШНЛ МОНГОЛИЯ“ ТББ"));
  EXPECT_EQ(a, OrgKey(" 'Транспэрэнси Интернэшнл Монголия' ТББ "));
  EXPECT_EQ(OrgKey("Ministry of Finance"), OrgKey("  MINISTRY OF  FINANCE. "));
  EXPECT_EQ(OrgKey("Ministry of Finance"), "ministry of finance");
  EXPECT_EQ(OrgKey("People's Open Government Forum"), "peoples open government forum");
}

TEST(OrgKey, DashesAndSlashesSeparateWords) {
  EXPECT_EQ(OrgKey("Ministry of Digital Development and Communications/MDDC"),
            "ministry of digital development and communications mddc");
  EXPECT_EQ(OrgKey("Мэдээлэл-технологийн газар"), OrgKey("Мэдээлэл технологийн газар"));
  EXPECT_EQ(OrgKey("Ministry of Finance (MOF)"), "ministry of finance mof");
}

TEST(OrgKey, DifferentNamesStayDifferent) {
  EXPECT_NE(OrgKey("Сангийн яам"), OrgKey("Сангийн сайд"));
  EXPECT_NE(OrgKey("Өргөн"), OrgKey("Органы"));
  EXPECT_EQ(OrgKey(""), "");
  EXPECT_EQ(OrgKey(" \"«»\" "), "");
}

TEST(OrgKey, SafeFromManyThreads) {
  std::vector<std::string> results(8);
  std::vector<std::thread> threads;
  for (size_t i = 0; i < results.size(); ++i) {
    threads.emplace_back([&results, i] {
      for (int k = 0; k < 50; ++k) results[i] = OrgKey("Хүнс, хөдөө аж ахуйн яам");
    });
  }
  for (auto& t : threads) t.join();
  for (const auto& r : results) EXPECT_EQ(r, "khüns khödöö aj akhuin yaam");
}

TEST(ScriptOf, DominantScript) {
  EXPECT_EQ(ScriptOf("Сангийн"), Script::kCyrillic);
  EXPECT_EQ(ScriptOf("Ministry"), Script::kLatin);
  EXPECT_EQ(ScriptOf("2023.12.27"), Script::kCommon);
  EXPECT_EQ(ScriptOf("—"), Script::kCommon);
  EXPECT_EQ(ScriptOf(""), Script::kCommon);
  EXPECT_EQ(ScriptOf("ᠮᠣᠩᠭᠣᠯ"), Script::kOther);  // traditional Mongolian script
  EXPECT_EQ(ScriptOf("Ж-2024"), Script::kCyrillic);
  EXPECT_EQ(ScriptOf("COVID-19-ийн"), Script::kLatin);  // 5 Latin vs 3 Cyrillic
}

TEST(LanguageOf, MongolianEnglishAndNeither) {
  EXPECT_EQ(LanguageOf("Засгийн газрын 2023 оны 12 дугаар сарын 27-ны өдрийн тогтоол"), "mn");
  EXPECT_EQ(LanguageOf("Commitment description and ambition"), "en");
  EXPECT_EQ(LanguageOf("2023.12.27 — 45%"), "");
  EXPECT_EQ(LanguageOf(""), "");
  // Ukrainian: і ї є with no ө ү is not Mongolian.
  EXPECT_EQ(LanguageOf("Київ є столицею України, і це відомо всім."), "");
  // Mostly accented Latin-1 (a legacy 8-bit layer) is not English.
  EXPECT_EQ(LanguageOf("ÇÀÑÃÈÉÍ ÃÀÇÐÛÍ ÒÓØÀÀË"), "");
}

TEST(ExpandLigatures, ExpandsAndRemovesSoftHyphen) {
  EXPECT_EQ(ExpandLigatures("\xEF\xAC\x81nance"), "finance");
  EXPECT_EQ(ExpandLigatures("e\xEF\xAC\x80" "ective"), "effective");
  EXPECT_EQ(ExpandLigatures("o\xEF\xAC\x83" "ce"), "office");
  EXPECT_EQ(ExpandLigatures("\xEF\xAC\x82ow"), "flow");
  EXPECT_EQ(ExpandLigatures("ba\xEF\xAC\x84" "e"), "baffle");
  EXPECT_EQ(ExpandLigatures("trans\xC2\xADparency"), "transparency");
  EXPECT_EQ(ExpandLigatures("Өргөн ﬁ"), "Өргөн fi");
  EXPECT_EQ(ExpandLigatures(""), "");
}

}  // namespace
}  // namespace ogpx::text
