// Post-OCR repairs (ingest/ocr.h FixOcrLine) on strings as Tesseract returns them.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ingest/ocr.h"

namespace ogpx::ingest {
namespace {

std::vector<std::string> Fixed(std::vector<std::string> words) {
  FixOcrLine(words);
  return words;
}

TEST(FixOcrLine, LatinLookAlikeInsideCyrillicWordBecomesCyrillic) {
  // "Мoнгол" with a Latin o, "Улaанбаатар" with a Latin a.
  const auto out = Fixed({"Мoнгол", "Улaанбаатар", "хот"});
  EXPECT_EQ(out[0], "Монгол");
  EXPECT_EQ(out[1], "Улаанбаатар");
  EXPECT_EQ(out[2], "хот");
}

TEST(FixOcrLine, CyrillicLookAlikeInsideLatinWordBecomesLatin) {
  // "Gоvernment" with a Cyrillic о, "Aсtion" with a Cyrillic с.
  const auto out = Fixed({"Open", "Gоvernment", "Aсtion", "Plan"});
  EXPECT_EQ(out[1], "Government");
  EXPECT_EQ(out[2], "Action");
}

TEST(FixOcrLine, WordsOfOneScriptAreLeftAlone) {
  const std::vector<std::string> in{"OGP", "Засгийн", "газар", "2024-2027", "CSO"};
  EXPECT_EQ(Fixed(in), in);
}

TEST(FixOcrLine, RomanNumeralReadAsStrokesOrCyrillicPe) {
  EXPECT_EQ(Fixed({"Commitment", "П.", "Title"})[1], "II.");
  EXPECT_EQ(Fixed({"Section", "||", "and"})[1], "II");
  EXPECT_EQ(Fixed({"NAP", "Ш", "2019"})[1], "III");
  EXPECT_EQ(Fixed({"Plan", "|V", "was"})[1], "IV");
  // A lone stroke group at the end of a line is a table border, not a numeral.
  EXPECT_EQ(Fixed({"Ministry", "||"})[1], "||");
  // Strokes of any kind; one stroke before "улирал" (quarter) / "хагас" (half).
  EXPECT_EQ(Fixed({"2026", "оны", "Ill", "улирал"})[2], "III");
  EXPECT_EQ(Fixed({"2026", "оны", "!!!", "улирал"})[2], "III");
  EXPECT_EQ(Fixed({"2026", "оны", "|", "улирал"})[2], "I");
  EXPECT_EQ(Fixed({"2025", "оны", "!V", "улирал"})[2], "IV");
  EXPECT_EQ(Fixed({"Table", "|", "and"})[1], "|");
  EXPECT_EQ(Fixed({"page", "11", "of"})[1], "11");
}

TEST(FixOcrLine, DigitThreeReadAsCyrillicZe) {
  EXPECT_EQ(Fixed({"З.", "Иргэд", "уур", "амьсгалын"})[0], "3.");
  EXPECT_EQ(Fixed({"З.", "Энхболд"})[0], "З.");  // an initial
  EXPECT_EQ(Fixed({"2", "З.", "Иргэд", "уур", "амьсгалын"})[1], "3.");  // after the serial
  EXPECT_EQ(Fixed({"З.1.", "Журам"})[0], "3.1.");
  EXPECT_EQ(Fixed({"Зөвлөл", "З"})[0], "Зөвлөл");
  EXPECT_EQ(Fixed({"Зөвлөл", "З"})[1], "З");
}

TEST(FixOcrLine, NumeroSignOnCyrillicLinesOnly) {
  EXPECT_EQ(Fixed({"Тушаал", "Ne", "120"})[1], "№");
  EXPECT_EQ(Fixed({"Тогтоол", "No120", "дугаар"})[1], "№120");
  EXPECT_EQ(Fixed({"Дугаар", "Nо.5", "хавсралт"})[1], "№5");
  // English keeps its own abbreviation; a "No" not before a number stays.
  EXPECT_EQ(Fixed({"Order", "No.120", "of", "the"})[1], "No.120");
  EXPECT_EQ(Fixed({"Хариу", "No", "байна"})[1], "No");
}

TEST(FixOcrLine, OutputIsNfc) {
  // "й" as и + combining breve (U+0306) -> precomposed U+0439.
  const auto out = Fixed({"Засги\xD0\xB8\xCC\x86н"});
  EXPECT_EQ(out[0], "Засги\xD0\xB9н");
}

Page PageOf(const std::vector<std::string>& texts) {
  Page page;
  for (const std::string& t : texts) {
    Word w;
    w.text = t;
    w.font_size = 10;
    w.confidence = 90;
    page.words.push_back(std::move(w));
  }
  return page;
}

TEST(FixOcrPageScript, CyrillicLookAlikeWordsOnALatinPageBecomeLatin) {
  // "СОМ" and "ВАТ" typed with Cyrillic letters, among English words.
  Page page = PageOf({"The", "Ministry", "СОМ", "and", "ВАТ", "approved", "the", "Open", "Government", "Plan"});
  FixOcrPageScript(page);
  EXPECT_EQ(page.words[2].text, "COM");
  EXPECT_EQ(page.words[4].text, "BAT");
  EXPECT_EQ(page.words[1].text, "Ministry");
}

TEST(FixOcrPageScript, LatinAcronymsOnACyrillicPageStay) {
  Page page = PageOf({"Засгийн", "газар", "OGP", "CSO", "төлөвлөгөө", "баталсугай", "Улаанбаатар"});
  const Page before = page;
  FixOcrPageScript(page);
  for (std::size_t i = 0; i < page.words.size(); ++i) EXPECT_EQ(page.words[i].text, before.words[i].text);
}

TEST(FixOcrPageScript, LatinCapitalsReadingLikeACyrillicWordOfThePageBecomeIt) {
  // The mixed reading gave "TBB" for the abbreviation it reads as "ТББ"
  // elsewhere on the page (B stands for both В and Б); "OGP" has no twin.
  Page page = PageOf({"судалгааны", "төв", "ТББ", "“Data", "Development”", "TBB", "OGP", "НҮБ", "засгийн", "газар"});
  FixOcrPageScript(page);
  EXPECT_EQ(page.words[5].text, "ТББ");
  EXPECT_EQ(page.words[6].text, "OGP");
  EXPECT_EQ(page.words[4].text, "Development”");
}

TEST(FixOcrLine, NoIJSIsMadeCyrillic) {
  // A word mostly Cyrillic with a Latin "s" keeps the "s": Mongolian has no "ѕ".
  EXPECT_EQ(Fixed({"Засгsийн"})[0], "Засгsийн");
}

TEST(CountScripts, CountsLettersOfEachScript) {
  const ScriptCount n = CountScripts("Улаанбаатар 2023 OGP");
  EXPECT_EQ(n.cyrillic, 11);
  EXPECT_EQ(n.latin, 3);
}

// The eng reading of a Cyrillic word beside English words is taken only
// when it is another word, not the same letters named in Latin.
TEST(LatinTwin, TheSameInkInLatinIsATwinAnotherWordIsNot) {
  EXPECT_TRUE(LatinTwin("TBB", "ТББ"));
  EXPECT_TRUE(LatinTwin("“TBB”", "ТББ"));
  EXPECT_FALSE(LatinTwin("“Transparency", "“Тгапврагепсу"));
  EXPECT_FALSE(LatinTwin("Data", "Монгол"));
}

}  // namespace
}  // namespace ogpx::ingest
