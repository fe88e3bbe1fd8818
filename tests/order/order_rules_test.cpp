// The order reader's text rules on synthetic lines: other number forms
// ("А/268", "347 тоот", "№ 45"), form serials, dates in both languages, the
// legal basis, clause numbers, the approved plan and signatory names.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "extract/order/rules.h"

namespace ogpx::extract::order {
namespace {

TEST(OrderNumber, LabelledForms) {
  EXPECT_EQ(NumberIn("Дугаар 120"), "120");
  EXPECT_EQ(NumberIn("No.120"), "120");
  EXPECT_EQ(NumberIn("No. А/268"), "А/268");
  EXPECT_EQ(NumberIn("№ 45"), "45");
  EXPECT_EQ(NumberIn("№А/12"), "А/12");
  EXPECT_EQ(NumberIn("Number 7"), "7");
  EXPECT_EQ(NumberIn("347 тоот"), "347 тоот");
}

TEST(OrderNumber, BareNumberWithAPrefix) {
  EXPECT_EQ(NumberIn("А/268"), "А/268");
  EXPECT_EQ(NumberIn("04/118"), "04/118");
}

TEST(OrderNumber, NotNumbers) {
  EXPECT_EQ(NumberIn("0023200449"), std::nullopt);  // a form serial
  EXPECT_EQ(NumberIn("2023.12.27"), std::nullopt);
  EXPECT_EQ(NumberIn("Улаанбаатар хот"), std::nullopt);
  EXPECT_EQ(NumberIn("12 дугаар сарын 27"), std::nullopt);  // "дугаар" of the month
  EXPECT_EQ(NumberIn("November 5"), std::nullopt);
}

TEST(OrderDateLine, ThreePieces) {
  const DateLine d = ReadDateLine({"2021 оны 04 дүгээр сарын 02", "347 тоот", "Дархан-Уул аймаг"});
  EXPECT_EQ(d.date, "2021-04-02");
  EXPECT_EQ(d.number, "347 тоот");
  EXPECT_EQ(d.place, "Дархан-Уул аймаг");
}

TEST(OrderDateLine, OnePieceCutAtTheLabel) {
  const DateLine d = ReadDateLine({"2023.12.27 No.120 Ulaanbaatar"});
  EXPECT_EQ(d.date, "2023-12-27");
  EXPECT_EQ(d.number, "120");
  EXPECT_EQ(d.place, "Ulaanbaatar");
}

TEST(OrderDateLine, EnglishDateAndSlashNumber) {
  const DateLine d = ReadDateLine({"March 5, 2024", "No. А/268", "Erdenet"});
  EXPECT_EQ(d.date, "2024-03-05");
  EXPECT_EQ(d.number, "А/268");
  EXPECT_EQ(d.place, "Erdenet");
}

TEST(OrderDateLine, NoDateNoNumber) {
  const DateLine d = ReadDateLine({"Төлөвлөгөө батлах тухай"});
  EXPECT_EQ(d.found(), 0);
}

TEST(OrderHeading, MongolianBodyInTheNominative) {
  const Heading h = ReadHeading({"ЗАСГИЙН ГАЗРЫН ХЭРЭГ ЭРХЛЭХ ГАЗРЫН", "ДАРГЫН ТУШААЛ"}, Lang::kMn);
  EXPECT_EQ(h.title, "Засгийн газрын Хэрэг эрхлэх газрын даргын тушаал");
  EXPECT_EQ(h.issuer, "Засгийн газрын Хэрэг эрхлэх газар");
}

TEST(OrderHeading, MongolianMinisterKeepsTheHead) {
  const Heading h = ReadHeading({"САНГИЙН САЙДЫН ТУШААЛ"}, Lang::kMn);
  EXPECT_EQ(h.title, "Сангийн сайдын тушаал");
  EXPECT_EQ(h.issuer, "Сангийн сайд");
}

TEST(OrderHeading, MongolianCommitteeResolution) {
  const Heading h = ReadHeading({"ҮНДЭСНИЙ СТАТИСТИКИЙН ХОРООНЫ ТОГТООЛ"}, Lang::kMn);
  EXPECT_EQ(h.issuer, "Үндэсний статистикийн хороо");
}

TEST(OrderHeading, EnglishQualifierLine) {
  const Heading h = ReadHeading({"ORDER OF THE CHIEF CABINET SECRETARIAT", "GOVERNMENT OF MONGOLIA"}, Lang::kEn);
  EXPECT_EQ(h.title, "Order of the Chief Cabinet Secretariat");
  EXPECT_EQ(h.issuer, "Chief Cabinet Secretariat, Government of Mongolia");
}

TEST(OrderHeading, EnglishWrappedTitle) {
  const Heading h = ReadHeading({"RESOLUTION OF THE MINISTRY OF", "FINANCE"}, Lang::kEn);
  EXPECT_EQ(h.title, "Resolution of the Ministry of Finance");
  EXPECT_EQ(h.issuer, "Ministry of Finance");
}

TEST(OrderCase, MongolianPartsAndProperWords) {
  EXPECT_EQ(NormalCase("МОНГОЛ УЛСЫН САЙД, ЗАСГИЙН ГАЗРЫН ХЭРЭГ ЭРХЛЭХ ГАЗРЫН ДАРГА", Lang::kMn),
            "Монгол Улсын сайд, Засгийн газрын Хэрэг эрхлэх газрын дарга");
  EXPECT_EQ(NormalCase("ДАРХАН-УУЛ АЙМГИЙН ЗАСАГ ДАРГА", Lang::kMn, {"Дархан-Уул"}),
            "Дархан-Уул аймгийн засаг дарга");
}

TEST(OrderCase, EnglishTitleCase) {
  EXPECT_EQ(NormalCase("MINISTER OF MONGOLIA, HEAD OF GOVERNMENT AFFAIRS", Lang::kEn),
            "Minister of Mongolia, Head of Government Affairs");
}

TEST(OrderPreamble, MongolianBasisBeforeUndeslen) {
  const std::string text = "Засгийн газрын тухай хуулийн 24 дүгээр зүйлийн 2 дахь хэсгийг үндэслэн ТУШААХ нь:";
  const Preamble p = ReadPreamble(text, Lang::kMn);
  EXPECT_EQ(p.legal_basis, "Засгийн газрын тухай хуулийн 24 дүгээр зүйлийн 2 дахь хэсгийг");
  EXPECT_EQ(p.operative, text.size());
}

TEST(OrderPreamble, EnglishBasisBetweenMarkers) {
  const Preamble a = ReadPreamble("Based on the Law on the Government of Mongolia Part 2, Article 24, hereby ORDER:", Lang::kEn);
  EXPECT_EQ(a.legal_basis, "Law on the Government of Mongolia Part 2, Article 24");
  const Preamble b = ReadPreamble("Pursuant to Article 5 of the Law on Statistics, I hereby ORDER: 1. Approve", Lang::kEn);
  EXPECT_EQ(b.legal_basis, "Article 5 of the Law on Statistics");
  ASSERT_NE(b.operative, std::string::npos);
}

TEST(OrderPreamble, NoFormula) {
  const Preamble p = ReadPreamble("Some introductory words", Lang::kEn);
  EXPECT_EQ(p.legal_basis, std::nullopt);
  EXPECT_EQ(p.operative, std::string::npos);
}

TEST(OrderClauses, NumberAtLineStart) {
  EXPECT_EQ(ClauseNumberLength("1. “Нээлттэй засгийн"), 3u);
  EXPECT_EQ(ClauseNumberLength("1.Text"), 2u);
  EXPECT_EQ(ClauseNumberLength("3) text"), 3u);
  EXPECT_EQ(ClauseNumberLength("2.1. sub clause"), 5u);
  EXPECT_EQ(ClauseNumberLength("2024-2027”-г хавсралт"), 0u);
  EXPECT_EQ(ClauseNumberLength("24 дүгээр зүйл"), 0u);
  EXPECT_EQ(ClauseNumberLength("2023.12.27"), 0u);
}

TEST(OrderClauses, JoinLinesMendsBreaks) {
  EXPECT_EQ(JoinLines({"төлөвлөгөө 2024-", "2027 он"}), "төлөвлөгөө 2024-2027 он");
  EXPECT_EQ(JoinLines({"the imple-", "mentation"}), "the implementation");
  EXPECT_EQ(JoinLines({"two", " lines "}), "two lines");
}

TEST(OrderClauses, OcrDebrisAtLineStart) {
  EXPECT_EQ(DropLeadingDebris("-:2024-2027”-г хавсралт"), "2024-2027”-г хавсралт");
  EXPECT_EQ(DropLeadingDebris("- a bullet"), "- a bullet");
  EXPECT_EQ(DropLeadingDebris("1. Text"), "1. Text");
}

TEST(OrderSignatory, StampDebrisLeavesThePosition) {
  EXPECT_EQ(CleanPosition("МОНГОЛ УЛСЫН САЙД, ҮЛ222 “ЗАСГИЙН ГАЗРЫН ХЭРЭГ"), "МОНГОЛ УЛСЫН САЙД, ЗАСГИЙН ГАЗРЫН ХЭРЭГ");
  EXPECT_EQ(CleanPosition("HEAD OF AFFAIRS |"), "HEAD OF AFFAIRS");
}

TEST(OrderApproves, QuotedTitleWithCaseSuffix) {
  const auto a = ApprovedIn(
      "“Нээлттэй засгийн түншлэлийн Монгол Улсын үндэсний тавдугаар төлөвлөгөө 2024-2027”-г хавсралт ёсоор баталсугай.");
  ASSERT_TRUE(a.has_value());
  EXPECT_EQ(a->title, "Нээлттэй засгийн түншлэлийн Монгол Улсын үндэсний тавдугаар төлөвлөгөө 2024-2027");
  EXPECT_EQ(a->period.start, 2024);
  EXPECT_EQ(a->period.end, 2027);
}

TEST(OrderApproves, EnglishPassiveAndActive) {
  const auto a = ApprovedIn("The Open Government Partnership 5th National Action Plan 2024-2027 is approved as attached.");
  ASSERT_TRUE(a.has_value());
  EXPECT_EQ(a->title, "Open Government Partnership 5th National Action Plan 2024-2027");
  const auto b = ApprovedIn("Approve the Fourth National Action Plan 2021-2023 as annexed.");
  ASSERT_TRUE(b.has_value());
  EXPECT_EQ(b->title, "Fourth National Action Plan 2021-2023");
  EXPECT_EQ(b->period.start, 2021);
  EXPECT_EQ(b->period.end, 2023);
}

TEST(OrderApproves, NotAnApproval) {
  EXPECT_EQ(ApprovedIn("Тушаалын хэрэгжилтэд хяналт тавьж ажиллахыг үүрэг болгосугай."), std::nullopt);
}

TEST(OrderSignatory, Names) {
  EXPECT_TRUE(IsPersonName("Д.АМАРБАЯСГАЛАН"));
  EXPECT_TRUE(IsPersonName("D. AMARBAYASGALAN"));
  EXPECT_TRUE(IsPersonName("Ts. Bat-Erdene"));
  EXPECT_TRUE(IsPersonName("Б.Жавхлан"));
  EXPECT_FALSE(IsPersonName("МОНГОЛ УЛСЫН САЙД"));
  EXPECT_FALSE(IsPersonName("/Б.Болорсайхан/-д"));
  EXPECT_FALSE(IsPersonName("2.1."));
  EXPECT_FALSE(IsPersonName("D."));
}

TEST(OrderSignatory, NameAtTheEndOfThePositionLine) {
  const std::string line = "ЭРХЛЭХ ГАЗРЫН ДАРГА Д.АМАРБАЯСГАЛАН";
  EXPECT_EQ(line.substr(NameAtEnd(line)), "Д.АМАРБАЯСГАЛАН");
  const std::string en = "HEAD OF GOVERNMENT AFFAIRS D. AMARBAYASGALAN";
  EXPECT_EQ(en.substr(NameAtEnd(en)), "D. AMARBAYASGALAN");
  EXPECT_EQ(NameAtEnd("MINISTER OF MONGOLIA,"), std::string::npos);
}

TEST(OrderRules, HostileTextNeverThrows) {
  // Random bytes (ill-formed UTF-8 included) mixed with the words the rules
  // look for: every rule returns, none throws.
  const std::vector<std::string> words = {"No.", "№", "Дугаар", "тоот", "үндэслэн", "ТУШААХ", "нь:",
                                          "“", "”", "approved", "2024-", "1.", "Based", "on", "the"};
  std::uint32_t seed = 7;
  auto next = [&seed] {
    seed = seed * 1664525u + 1013904223u;
    return seed >> 8;
  };
  for (int round = 0; round < 300; ++round) {
    std::string text;
    const int parts = static_cast<int>(next() % 10);
    for (int k = 0; k < parts; ++k) {
      if (next() % 2) {
        text += words[next() % words.size()];
      } else {
        const int len = static_cast<int>(next() % 6);
        for (int b = 0; b < len; ++b) text += static_cast<char>(next() % 256);
      }
      if (next() % 3) text += ' ';
    }
    EXPECT_NO_THROW({
      (void)NumberIn(text);
      (void)ReadDateLine({text, text});
      (void)ReadHeading({text}, Lang::kMn);
      (void)ReadHeading({text}, Lang::kEn);
      (void)NormalCase(text, Lang::kMn, {text});
      (void)ReadPreamble(text, Lang::kEn);
      (void)ReadPreamble(text, Lang::kMn);
      (void)ClauseNumberLength(text, true);
      (void)JoinLines({text, text});
      (void)ApprovedIn(text);
      (void)IsPersonName(text);
      (void)NameAtEnd(text);
      (void)CleanPosition(text);
      (void)DropLeadingDebris(text);
    });
  }
}

}  // namespace
}  // namespace ogpx::extract::order
