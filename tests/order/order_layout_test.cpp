// ReadOrder on synthetic page geometry: orders of other bodies on the same
// kind of form, with other number forms ("А/268", "347 тоот"), the name on
// its own line under the position, one unnumbered clause, an order running
// onto a second page and an appendix page after it.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "extract/extract.h"
#include "extract/order/text.h"

namespace ogpx::extract {
namespace {

// Words of `text` from x, on the row at y (12 pt high, 6 pt per character).
void Put(ingest::Page& page, double y, double x, const std::string& text) {
  ingest::TextLine line;
  for (const auto& w : order::Tokens(text)) {
    ingest::Word word;
    word.text = w;
    const double width = 6.0 * static_cast<double>(order::LetterCount(w) + 1);
    word.box = {x, y, x + width, y + 12};
    x += width + 3;
    line.words.push_back(static_cast<int>(page.words.size()));
    line.box = line.words.size() == 1 ? word.box : ingest::Box{line.box.x0, y, word.box.x1, y + 12};
    page.words.push_back(word);
  }
  page.lines.push_back(line);
}

ingest::Page NewPage(int number) {
  ingest::Page p;
  p.number = number;
  p.width = 595;
  p.height = 842;
  p.has_text_layer = true;
  p.source = ingest::PageSource::kText;
  return p;
}

ingest::Document Doc(std::vector<ingest::Page> pages) {
  ingest::Document d;
  d.file_name = "synthetic.pdf";
  d.page_count = static_cast<int>(pages.size());
  d.pages = std::move(pages);
  return d;
}

TEST(OrderLayout, MongolianMinisterOrderWithTootNumber) {
  ingest::Page p = NewPage(1);
  Put(p, 100, 220, "САНГИЙН САЙДЫН ТУШААЛ");
  Put(p, 150, 80, "2021 оны 04 дүгээр сарын 02");
  Put(p, 150, 300, "347 тоот");
  Put(p, 150, 450, "Улаанбаатар хот");
  Put(p, 190, 220, "Журам батлах тухай");
  Put(p, 220, 110, "Төсвийн тухай хуулийн 6 дугаар зүйлийн 6.1 дэх хэсгийг үндэслэн ТУШААХ нь:");
  Put(p, 240, 80, "“Төсвийн ил тод байдлын журам”-ыг хавсралт ёсоор баталсугай.");
  Put(p, 320, 80, "САЙД");
  Put(p, 320, 420, "Б.ЖАВХЛАН");
  std::vector<Warning> warnings;
  const model::Order o = ReadOrder(Doc({p}), warnings);
  EXPECT_EQ(o.title, "Сангийн сайдын тушаал");
  EXPECT_EQ(o.issuer, "Сангийн сайд");
  EXPECT_EQ(o.number, "347 тоот");
  EXPECT_EQ(o.date, "2021-04-02");
  EXPECT_EQ(o.place, "Улаанбаатар хот");
  EXPECT_EQ(o.subject, "Журам батлах тухай");
  EXPECT_EQ(o.legal_basis, "Төсвийн тухай хуулийн 6 дугаар зүйлийн 6.1 дэх хэсгийг");
  ASSERT_EQ(o.clauses.size(), 1u);  // one clause, no number
  EXPECT_EQ(o.clauses[0], "“Төсвийн ил тод байдлын журам”-ыг хавсралт ёсоор баталсугай.");
  ASSERT_TRUE(o.approves.has_value());
  EXPECT_EQ(o.approves->title, "Төсвийн ил тод байдлын журам");
  EXPECT_EQ(o.approves->period.start, std::nullopt);
  EXPECT_EQ(o.signatory.name, "Б.ЖАВХЛАН");
  EXPECT_EQ(o.signatory.position, "Сайд");
  EXPECT_EQ(o.pages, std::vector<int>{1});
  EXPECT_TRUE(warnings.empty());
}

TEST(OrderLayout, EnglishOrderOverTwoPagesThenAnAppendix) {
  ingest::Page p1 = NewPage(1);
  Put(p1, 90, 150, "ORDER OF THE MINISTER OF JUSTICE");
  Put(p1, 108, 200, "REPUBLIC OF EXAMPLE");
  Put(p1, 150, 80, "March 5, 2024");
  Put(p1, 150, 300, "No. А/268");
  Put(p1, 150, 460, "Capital City");
  Put(p1, 190, 80, "On the action plan");
  Put(p1, 220, 100, "Pursuant to Article 12 of the Law on Open Government, I hereby ORDER:");
  Put(p1, 245, 100, "1. The Second National Action Plan 2024-2026 is approved as attached.");
  Put(p1, 265, 100, "2. The Director of Strategic Planning shall report on its");
  Put(p1, 800, 290, "1");  // page number
  ingest::Page p2 = NewPage(2);
  Put(p2, 80, 80, "implementation every year.");
  Put(p2, 160, 80, "MINISTER OF JUSTICE");
  Put(p2, 176, 80, "AND HOME AFFAIRS");
  Put(p2, 200, 80, "K. Sample-Name");
  ingest::Page p3 = NewPage(3);
  Put(p3, 60, 300, "Appendix to Order No. А/268");
  Put(p3, 100, 150, "SECOND NATIONAL ACTION PLAN");
  Put(p3, 130, 80, "1. Commitment one text.");
  std::vector<Warning> warnings;
  const model::Order o = ReadOrder(Doc({p1, p2, p3}), warnings);
  EXPECT_EQ(o.title, "Order of the Minister of Justice");
  EXPECT_EQ(o.issuer, "Minister of Justice, Republic of Example");
  EXPECT_EQ(o.number, "А/268");
  EXPECT_EQ(o.date, "2024-03-05");
  EXPECT_EQ(o.place, "Capital City");
  EXPECT_EQ(o.subject, "On the action plan");
  EXPECT_EQ(o.legal_basis, "Article 12 of the Law on Open Government");
  ASSERT_EQ(o.clauses.size(), 2u);
  EXPECT_EQ(o.clauses[1], "The Director of Strategic Planning shall report on its implementation every year.");
  ASSERT_TRUE(o.approves.has_value());
  EXPECT_EQ(o.approves->title, "Second National Action Plan 2024-2026");
  EXPECT_EQ(o.approves->period.end, 2026);
  EXPECT_EQ(o.signatory.name, "K. Sample-Name");
  EXPECT_EQ(o.signatory.position, "Minister of Justice and Home Affairs");
  EXPECT_EQ(o.pages, (std::vector<int>{1, 2}));
}

TEST(OrderLayout, AcronymsOfACapitalHeadingKeepTheirCapitals) {
  // The heading is printed in capitals and re-cased; "OGP" is an acronym
  // because the body prints it so, "ORDER" is the formula.
  ingest::Page p = NewPage(1);
  Put(p, 90, 150, "ORDER OF THE HEAD OF THE OGP SECRETARIAT");
  Put(p, 150, 80, "March 5, 2024");
  Put(p, 150, 300, "No. 12");
  Put(p, 150, 460, "Capital City");
  Put(p, 190, 80, "On the OGP action plan");
  Put(p, 220, 100, "Pursuant to the OGP Articles of Governance, I hereby ORDER:");
  Put(p, 245, 100, "1. The Third National Action Plan 2024-2026 is approved as attached.");
  Put(p, 300, 80, "HEAD OF THE OGP SECRETARIAT");
  Put(p, 320, 80, "K. Sample-Name");
  std::vector<Warning> warnings;
  const model::Order o = ReadOrder(Doc({p}), warnings);
  EXPECT_EQ(o.title, "Order of the Head of the OGP Secretariat");
  EXPECT_EQ(o.signatory.position, "Head of the OGP Secretariat");
}

TEST(OrderLayout, DateNumberAndPlaceOnRowsOfTheirOwn) {
  ingest::Page p = NewPage(1);
  Put(p, 80, 200, "DECREE OF THE NATIONAL STATISTICS OFFICE");
  Put(p, 120, 80, "No. 45");
  Put(p, 136, 80, "Date: 5 March 2024");
  Put(p, 152, 80, "Place: Erdenet");
  Put(p, 190, 80, "Approval of the plan");
  Put(p, 220, 100, "In accordance with Article 7 of the Law on Statistics, hereby ORDER:");
  Put(p, 240, 80, "Approve the Third National Action Plan 2022-2024 as annexed.");
  Put(p, 300, 80, "CHAIRMAN");
  Put(p, 300, 420, "T. Example");
  std::vector<Warning> warnings;
  const model::Order o = ReadOrder(Doc({p}), warnings);
  EXPECT_EQ(o.title, "Decree of the National Statistics Office");
  EXPECT_EQ(o.issuer, "National Statistics Office");
  EXPECT_EQ(o.number, "45");
  EXPECT_EQ(o.date, "2024-03-05");
  EXPECT_EQ(o.place, "Erdenet");
  EXPECT_EQ(o.subject, "Approval of the plan");
  EXPECT_EQ(o.legal_basis, "Article 7 of the Law on Statistics");
  ASSERT_EQ(o.clauses.size(), 1u);
  ASSERT_TRUE(o.approves.has_value());
  EXPECT_EQ(o.approves->title, "Third National Action Plan 2022-2024");
  EXPECT_EQ(o.signatory.name, "T. Example");
  EXPECT_EQ(o.signatory.position, "Chairman");
}

TEST(OrderLayout, NameWrittenOutBesideThePosition) {
  ingest::Page p = NewPage(1);
  Put(p, 80, 200, "ORDER OF THE MINISTER OF FINANCE");
  Put(p, 110, 80, "12 January 2025");
  Put(p, 110, 300, "No. 3");
  Put(p, 150, 100, "Based on the Budget Law, hereby ORDER:");
  Put(p, 170, 80, "1. The Fiscal Openness Plan 2025-2026 is approved.");
  Put(p, 240, 80, "Minister of Finance");
  Put(p, 240, 400, "Jane Example");
  std::vector<Warning> warnings;
  const model::Order o = ReadOrder(Doc({p}), warnings);
  EXPECT_EQ(o.signatory.name, "Jane Example");
  EXPECT_EQ(o.signatory.position, "Minister of Finance");
  EXPECT_EQ(o.legal_basis, "Budget Law");
  EXPECT_EQ(o.subject, std::nullopt);
}

TEST(OrderLayout, NumberPrintedInTheHeading) {
  ingest::Page p = NewPage(1);
  Put(p, 80, 200, "ORDER No. 7");
  Put(p, 110, 80, "12 January 2025");
  Put(p, 110, 450, "Ulaanbaatar");
  std::vector<Warning> warnings;
  const model::Order o = ReadOrder(Doc({p}), warnings);
  EXPECT_EQ(o.number, "7");
  EXPECT_EQ(o.date, "2025-01-12");
  EXPECT_EQ(o.place, "Ulaanbaatar");
}

TEST(OrderLayout, ClauseMentioningTheAppendixIsNotAnAppendixPage) {
  ingest::Page p1 = NewPage(1);
  Put(p1, 100, 150, "ҮНДЭСНИЙ СТАТИСТИКИЙН ХОРООНЫ ДАРГЫН ТУШААЛ");
  Put(p1, 150, 80, "2022.05.10");
  Put(p1, 150, 300, "№ А/12");
  Put(p1, 150, 450, "Улаанбаатар хот");
  Put(p1, 190, 220, "Төлөвлөгөө батлах тухай");
  Put(p1, 220, 110, "Статистикийн тухай хуулийн 12 дугаар зүйлийг үндэслэн ТУШААХ нь:");
  Put(p1, 240, 110, "1. “Гуравдугаар төлөвлөгөө 2022-2024”-г");
  ingest::Page p2 = NewPage(2);
  Put(p2, 80, 80, "хавсралт ёсоор баталсугай.");
  Put(p2, 160, 80, "ДАРГА");
  Put(p2, 160, 420, "Г.ЖИШЭЭ");
  ingest::Page p3 = NewPage(3);
  Put(p3, 60, 250, "Үндэсний статистикийн хорооны даргын 2022 оны А/12 дугаар тушаалын хавсралт");
  Put(p3, 100, 150, "ГУРАВДУГААР ТӨЛӨВЛӨГӨӨ");
  std::vector<Warning> warnings;
  const model::Order o = ReadOrder(Doc({p1, p2, p3}), warnings);
  EXPECT_EQ(o.issuer, "Үндэсний статистикийн хороо");
  EXPECT_EQ(o.number, "А/12");
  EXPECT_EQ(o.date, "2022-05-10");
  ASSERT_EQ(o.clauses.size(), 1u);
  EXPECT_EQ(o.clauses[0], "“Гуравдугаар төлөвлөгөө 2022-2024”-г хавсралт ёсоор баталсугай.");
  ASSERT_TRUE(o.approves.has_value());
  EXPECT_EQ(o.approves->period.start, 2022);
  EXPECT_EQ(o.signatory.name, "Г.ЖИШЭЭ");
  EXPECT_EQ(o.signatory.position, "Дарга");
  EXPECT_EQ(o.pages, (std::vector<int>{1, 2}));
}

TEST(OrderLayout, MissingFieldsAreWarnings) {
  ingest::Page p = NewPage(1);
  Put(p, 100, 220, "ДАРГЫН ТУШААЛ");
  Put(p, 200, 80, "Зарим текст энд байна.");
  std::vector<Warning> warnings;
  const model::Order o = ReadOrder(Doc({p}), warnings);
  EXPECT_EQ(o.number, std::nullopt);
  EXPECT_EQ(o.date, std::nullopt);
  auto has = [&](const std::string& code) {
    for (const auto& w : warnings) {
      if (w.code == code) return w.page == 1;
    }
    return false;
  };
  EXPECT_TRUE(has("order_number_missing"));
  EXPECT_TRUE(has("order_date_missing"));
  EXPECT_TRUE(has("order_signatory_missing"));
}

TEST(OrderLayout, EmptyDocument) {
  std::vector<Warning> warnings;
  const model::Order o = ReadOrder(Doc({NewPage(1)}), warnings);
  EXPECT_EQ(o, model::Order{});
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].code, "order_empty");
}

TEST(OrderLayout, HostileWordsNeverThrow) {
  // Random bytes (ill-formed UTF-8 included), empty words, zero-size and
  // overlapping boxes, line indexes out of range: a result, never a crash.
  std::uint32_t seed = 12345;
  auto next = [&seed] {
    seed = seed * 1664525u + 1013904223u;
    return seed >> 8;
  };
  for (int round = 0; round < 50; ++round) {
    ingest::Page p = NewPage(1);
    for (int i = 0; i < 60; ++i) {
      ingest::Word w;
      const int len = static_cast<int>(next() % 12);
      for (int k = 0; k < len; ++k) w.text += static_cast<char>(next() % 256);
      if (i % 7 == 0) w.text = (i % 2) ? "1." : "ТУШААЛ";
      if (i % 11 == 0) w.text = "No.";
      const double x = next() % 500, y = next() % 800;
      w.box = {x, y, x + (next() % 3 ? 20.0 : 0.0), y + (next() % 5 ? 12.0 : 0.0)};
      p.words.push_back(w);
    }
    ingest::TextLine bad;
    bad.words = {-1, 0, 1, 1000};
    p.lines.push_back(bad);
    std::vector<Warning> warnings;
    EXPECT_NO_THROW(ReadOrder(Doc({p}), warnings));
  }
}

}  // namespace
}  // namespace ogpx::extract
