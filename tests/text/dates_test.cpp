// Table tests of extract/dates.h and extract/numbers.h: every printed form the
// OGP documents use, plus malformed input that must be rejected.
#include "extract/common/dates.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "extract/common/numbers.h"

namespace ogpx::extract {
namespace {

std::string IsoOf(std::string_view text) {
  const auto d = ParseDate(text);
  return d ? d->Iso() : "none";
}

TEST(ParseDate, AcceptedForms) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"2023 оны 12 дугаар сарын 27", "2023-12-27"},
      {"2023 оны 12 дугаар сарын 27-ны өдөр", "2023-12-27"},
      {"2023 оны 12 дугаар сарын 27-ны өдрийн", "2023-12-27"},
      {"2025 оны 01 дүгээр сарын 12", "2025-01-12"},
      {"2024 оны 12-р сарын 5-нд", "2024-12-05"},
      {"2023 оны арванхоёрдугаар сарын 27", "2023-12-27"},
      {"2023 оны арван хоёрдугаар сарын 27", "2023-12-27"},
      {"2024 оны тавдугаар сарын 1", "2024-05-01"},
      {"2023.12.27", "2023-12-27"},
      {"2023-12-27", "2023-12-27"},
      {"2023/12/27", "2023-12-27"},
      {"2025.1.5", "2025-01-05"},
      {"December 27, 2023", "2023-12-27"},
      {"December 27 2023", "2023-12-27"},
      {"Dec 27, 2023", "2023-12-27"},
      {"Sept. 19, 2022", "2022-09-19"},
      {"27 December 2023", "2023-12-27"},
      {"27th of December, 2023", "2023-12-27"},
      {"1st July 2024", "2024-07-01"},
      {"  DECEMBER 27, 2023. ", "2023-12-27"},
      {"2024.02.29", "2024-02-29"},
      {"(2025.01.12)", "2025-01-12"},
      {"2024.12.05-нд", "2024-12-05"},
      {"2025.01.12-ны өдөр", "2025-01-12"},
      // Spanish: month names and "de" from lang/data/es.tsv.
      {"31 de diciembre de 2025", "2025-12-31"},
      {"1 de setiembre de 2024", "2024-09-01"},
  };
  for (const auto& [text, iso] : cases) EXPECT_EQ(IsoOf(text), iso) << text;
}

TEST(ParseDate, RejectsMalformed) {
  for (const char* text : {"2023.13.45", "2023.12.32", "2023-13-01", "2023.02.29", "2100.02.29",
                           "December 32, 2023", "February 30, 2024", "27 December",
                           "December 27", "27.12.2023", "12/27/2023", "2023 оны 13 дугаар сарын 5",
                           "2023 оны 12 дугаар сарын 32", "12 дугаар сарын 27", "2023",
                           "2023.12", "1899.01.01", "", "hello", "2023.12.27.5",
                           "Order 120 of 27 December 2023"}) {
    EXPECT_EQ(IsoOf(text), "none") << text;
  }
}

TEST(FindDate, InsideLongerLines) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Appendix to Order No.120 dated December 27, 2023", "2023-12-27"},
      {"order approving NAP V on Dec 27, 2023.", "2023-12-27"},
      {"2025.01.12 № 04/118", "2025-01-12"},
      {"Илгээсэн: 2025 оны 01 дүгээр сарын 12", "2025-01-12"},
      {"Засгийн газрын 2023 оны 12 дугаар сарын 27-ны өдрийн тогтоол", "2023-12-27"},
      {"Submitted: 10 October 2024, Ulaanbaatar", "2024-10-10"},
      {"bad 2023.13.45 then good 2024-01-31", "2024-01-31"},
  };
  for (const auto& [text, iso] : cases) {
    const auto d = FindDate(text);
    ASSERT_TRUE(d) << text;
    EXPECT_EQ(d->Iso(), iso) << text;
  }
  for (const char* text : {"Resolution No. 29 of 2016", "2024-2027", "Дугаар 120", "0023200449",
                           "2023.13.45", "version 1.2.3"}) {
    EXPECT_FALSE(FindDate(text)) << text;
  }
}

struct PeriodCase {
  std::string text, start, end, label;
};

TEST(ParsePeriod, AcceptedForms) {
  const std::vector<PeriodCase> cases = {
      {"2024.07.01–2024.09.30", "2024-07-01", "2024-09-30", "2024 Q3"},
      {"(2025.04.01–2025.06.30)", "2025-04-01", "2025-06-30", "2025 Q2"},
      {"2024.07.01 - 2024.08.15", "2024-07-01", "2024-08-15", ""},
      {"2024 Q3 (1 July – 30 September 2024)", "2024-07-01", "2024-09-30", "2024 Q3"},
      {"Q3 2024", "2024-07-01", "2024-09-30", "2024 Q3"},
      {"2024 Q4", "2024-10-01", "2024-12-31", "2024 Q4"},
      {"third quarter of 2024", "2024-07-01", "2024-09-30", "2024 Q3"},
      {"2024 оны IV улирал", "2024-10-01", "2024-12-31", "2024 оны IV улирал"},
      {"2024 оны III улирал", "2024-07-01", "2024-09-30", "2024 оны III улирал"},
      {"2024 оны 3-р улирал", "2024-07-01", "2024-09-30", "2024 оны III улирал"},
      {"2024 оны гуравдугаар улирал", "2024-07-01", "2024-09-30", "2024 оны III улирал"},
      {"2024 оны IV улирал (10 дугаар сарын 1 – 12 дугаар сарын 31)", "2024-10-01",
       "2024-12-31", "2024 оны IV улирал"},
      {"2025 оны 1–9 сар", "2025-01-01", "2025-09-30", "2025 оны 1–9 сар"},
      {"2025 H1", "2025-01-01", "2025-06-30", "2025 H1"},
      {"H2 2025", "2025-07-01", "2025-12-31", "2025 H2"},
      {"2025 H1 (1 January – 30 June 2025)", "2025-01-01", "2025-06-30", "2025 H1"},
      {"first half of 2025", "2025-01-01", "2025-06-30", "2025 H1"},
      {"2025 оны эхний хагас жил", "2025-01-01", "2025-06-30", "2025 оны I хагас жил"},
      {"January–September 2025", "2025-01-01", "2025-09-30", "January–September 2025"},
      {"2024.07.01-ээс 2024.09.30 хүртэл", "2024-07-01", "2024-09-30", "2024 Q3"},
      {"1 December 2024 – 28 February 2025", "2024-12-01", "2025-02-28", ""},
      {"Reporting period: Q3 2024", "2024-07-01", "2024-09-30", "2024 Q3"},
      {"Quarter 3, 2024", "2024-07-01", "2024-09-30", "2024 Q3"},
      {"2025 оны эхний хагас", "2025-01-01", "2025-06-30", "2025 оны I хагас жил"},
      {"2025 оны II хагас жил", "2025-07-01", "2025-12-31", "2025 оны II хагас жил"},
      {"Тайлант хугацаа: 2024 оны 4-р улирал", "2024-10-01", "2024-12-31", "2024 оны IV улирал"},
      // Spanish (lang/data/es.tsv); labelled the English way.
      {"primer semestre de 2025", "2025-01-01", "2025-06-30", "2025 H1"},
      {"tercer trimestre de 2024", "2024-07-01", "2024-09-30", "2024 Q3"},
      {"T3 2024", "2024-07-01", "2024-09-30", "2024 Q3"},
      {"enero–marzo de 2025", "2025-01-01", "2025-03-31", "January–March 2025"},
  };
  for (const auto& c : cases) {
    const auto p = ParsePeriod(c.text);
    ASSERT_TRUE(p) << c.text;
    EXPECT_EQ(p->start.Iso(), c.start) << c.text;
    EXPECT_EQ(p->end.Iso(), c.end) << c.text;
    EXPECT_EQ(p->label, c.label) << c.text;
  }
}

TEST(ParsePeriod, RejectsMalformed) {
  for (const char* text : {"Q5 2024", "Q3", "H3 2025", "2024 оны V улирал", "2025 оны 9–1 сар",
                           "2025 оны 1–13 сар", "2024.09.30–2024.07.01", "2024.07.01–2024.13.30",
                           "Q3 2024 Q4 2024", "2024 Q3 and something else", "", "2024",
                           "1 July – 30 September", "2024.07.01–2024.09.30, 2024.10.01–2024.12.31",
                           "Quarter 5, 2024", "2025 оны III хагас жил"}) {
    EXPECT_FALSE(ParsePeriod(text)) << text;
  }
}

struct SpanCase {
  std::string text;
  std::optional<int> start, end;
};

TEST(ParseYearSpan, AcceptedForms) {
  const std::vector<SpanCase> cases = {
      {"2025", 2025, 2025},
      {"2024-2025", 2024, 2025},
      {"2024–2027", 2024, 2027},
      {"2024-\n2025", 2024, 2025},
      {"2024 -\n 2028", 2024, 2028},
      {"2024-25", 2024, 2025},
      {"June 2025 – December 2026", 2025, 2026},
      {"Q1 2026 – Q1 2028", 2026, 2028},
      {"December 2025", 2025, 2025},
      {"starts in 2024", 2024, std::nullopt},
      {"2024 оноос эхлэн", 2024, std::nullopt},
      {"2024 онд", 2024, 2024},
      {"2025 оны IV улирал", 2025, 2025},
      {"2024-2027 он", 2024, 2027},
      {"Жил бүр", std::nullopt, std::nullopt},
      {"Annually", std::nullopt, std::nullopt},
      {"Continuous", std::nullopt, std::nullopt},
      {"Байнга", std::nullopt, std::nullopt},
      {"on-going", std::nullopt, std::nullopt},
  };
  for (const auto& c : cases) {
    const auto s = ParseYearSpan(c.text);
    ASSERT_TRUE(s) << c.text;
    EXPECT_EQ(s->start, c.start) << c.text;
    EXPECT_EQ(s->end, c.end) << c.text;
  }
}

TEST(ParseYearSpan, RejectsMalformed) {
  for (const char* text : {"", "TBD", "2023.13.45", "2027-2024", "1850", "3024", "2024-23",
                           "starts in 2024 and ends in 2025", "Next year", "2025 оны 13 дугаар сарын 5"}) {
    EXPECT_FALSE(ParseYearSpan(text)) << text;
  }
}

TEST(ParseOrdinal, WordsNumbersAndRoman) {
  const std::vector<std::pair<std::string, int>> cases = {
      {"тавдугаар", 5},  {"Тавдугаар", 5},     {"нэгдүгээр", 1},    {"хоёрдугаар", 2},
      {"гуравдугаар", 3}, {"дөрөвдүгээр", 4},  {"зургаадугаар", 6}, {"долоодугаар", 7},
      {"наймдугаар", 8}, {"есдүгээр", 9},      {"аравдугаар", 10},  {"арван нэгдүгээр", 11},
      {"арванхоёрдугаар", 12}, {"хорин нэгдүгээр", 21}, {"гуравдахь", 3}, {"эхний", 1},
      {"Fifth", 5},      {"first", 1},         {"twelfth", 12},     {"twenty-first", 21},
      {"5th", 5},        {"1st", 1},           {"22nd", 22},        {"13th", 13},
      {"5-р", 5},        {"12 дугаар", 12},    {"5", 5},            {"V", 5},
      {"iv", 4},         {"XII", 12},          {"MMXXIV", 2024},
  };
  for (const auto& [text, n] : cases) EXPECT_EQ(ParseOrdinal(text), std::optional<int>(n)) << text;
  for (const char* text : {"", "0", "1th", "11st", "IIII", "VX", "IC", "тав", "fifthly", "hello",
                           "дугаар", "5-х"}) {
    EXPECT_EQ(ParseOrdinal(text), std::nullopt) << text;
  }
  EXPECT_EQ(ToRoman(4), "IV");
  EXPECT_EQ(ToRoman(0), "");
}

TEST(Tokenize, FoldsCaseAndDashes) {
  const auto t = Tokenize("2024–2025 Q3 Өргөн");
  ASSERT_EQ(t.size(), 6u);
  EXPECT_EQ(t[0].value, 2024);
  EXPECT_EQ(t[1].text, "-");
  EXPECT_FALSE(t[1].space_before);
  EXPECT_EQ(t[3].text, "q");
  EXPECT_TRUE(t[3].space_before);
  EXPECT_EQ(t[4].kind, Token::Kind::kNumber);
  EXPECT_EQ(t[5].text, "өргөн");
}

}  // namespace
}  // namespace ogpx::extract

namespace ogpx::extract {
namespace {

// "START END START_DATE END_DATE" ('-' for absent), or "none" when rejected.
std::string DueOf(std::string_view text) {
  const auto d = ParseDue(text);
  if (!d) return "none";
  auto year = [](const std::optional<int>& y) { return y ? std::to_string(*y) : std::string("-"); };
  auto day = [](const std::optional<Date>& x) { return x ? x->Iso() : std::string("-"); };
  return year(d->start) + " " + year(d->end) + " " + day(d->start_date) + " " + day(d->end_date);
}

TEST(ParseDue, PrintedForms) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"2025", "2025 2025 2025-01-01 2025-12-31"},
      {"2024-2025", "2024 2025 2024-01-01 2025-12-31"},
      {"2024-25", "2024 2025 2024-01-01 2025-12-31"},
      {"December 2025", "2025 2025 2025-12-01 2025-12-31"},
      {"Dec. 2025", "2025 2025 2025-12-01 2025-12-31"},
      {"February 2028", "2028 2028 2028-02-01 2028-02-29"},
      {"Q2 2026", "2026 2026 2026-04-01 2026-06-30"},
      {"2nd quarter 2026", "2026 2026 2026-04-01 2026-06-30"},
      {"H1 2026", "2026 2026 2026-01-01 2026-06-30"},
      {"31.12.2025", "2025 2025 2025-12-31 2025-12-31"},
      {"31/12/2025", "2025 2025 2025-12-31 2025-12-31"},
      {"12/31/2025", "2025 2025 2025-12-31 2025-12-31"},
      {"2025-12-31", "2025 2025 2025-12-31 2025-12-31"},
      {"12/2025", "2025 2025 2025-12-01 2025-12-31"},
      {"June 2025 – December 2026", "2025 2026 2025-06-01 2026-12-31"},
      {"2025 оны 6 дугаар сар", "2025 2025 2025-06-01 2025-06-30"},
      {"starts in 2024", "2024 - 2024-01-01 -"},
      {"ongoing", "- - - -"},
      {"Continuous", "- - - -"},
      {"diciembre de 2025", "2025 2025 2025-12-01 2025-12-31"},
      {"junio 2025 – diciembre 2026", "2025 2026 2025-06-01 2026-12-31"},
  };
  for (const auto& [text, want] : cases) EXPECT_EQ(DueOf(text), want) << text;
}

TEST(ParseDue, RejectsWhatIsNotADate) {
  for (std::string_view text : {"", "Ministry of Finance", "31.02.2025", "2026-2024", "1066"})
    EXPECT_EQ(DueOf(text), "none") << text;
}

}  // namespace
}  // namespace ogpx::extract
