// Cell text of progress reports: evidence lists, result paragraphs, numbers.
#include <gtest/gtest.h>

#include "extract/report/text.h"

namespace ogpx::extract::report {
namespace {

using Lines = std::vector<TextLine>;

TEST(ReportEvidence, OneItemPerLineUrlsOrNot) {
  const Lines lines{{"https://shilendans.gov.mn/ngo-contracts", false},
                    {"Minutes of the working meeting of 21 August 2024", false}};
  EXPECT_EQ(SplitEvidence(lines),
            (std::vector<std::string>{"https://shilendans.gov.mn/ngo-contracts",
                                      "Minutes of the working meeting of 21 August 2024"}));
}

TEST(ReportEvidence, DashMeansNoEvidence) {
  EXPECT_TRUE(SplitEvidence({{"-", false}}).empty());
  EXPECT_TRUE(SplitEvidence({{"–", false}}).empty());
  EXPECT_TRUE(SplitEvidence({}).empty());
}

TEST(ReportEvidence, ItemsWrappedAfterAConnectorOrBeforeLowerCase) {
  // "2024 оны" (of 2024) cannot end a title; "тушаал" in lower case goes on.
  const Lines lines{{"Засгийн газрын 2024 оны", false}, {"454 дүгээр тогтоол", false},
                    {"Сайдын 2024 оны А/37", false}, {"! дугаар тушаал", false},
                    {"Report of the working group.", false}, {"Minutes", false}};
  EXPECT_EQ(SplitEvidence(lines),
            (std::vector<std::string>{"Засгийн газрын 2024 оны 454 дүгээр тогтоол",
                                      "Сайдын 2024 оны А/37 дугаар тушаал", "Report of the working group.",
                                      "Minutes"}));
}

TEST(ReportEvidence, OcrSpecksAreNoItems) {
  const Lines lines{{"‘", false}, {"Order No. 12", false}, {":", false}, {"Тушаал", false}};
  EXPECT_EQ(SplitEvidence(lines), (std::vector<std::string>{"Order No. 12", "Тушаал"}));
}

TEST(ReportEvidence, UrlWrappedAtAHyphenIsJoined) {
  const Lines lines{{"https://shilendans.gov.mn", false},
                    {"https://mof.gov.mn/files/ogp/2024q3/shilendans-user-", true},
                    {"survey-report-final.pdf", false}};
  EXPECT_EQ(SplitEvidence(lines),
            (std::vector<std::string>{
                "https://shilendans.gov.mn",
                "https://mof.gov.mn/files/ogp/2024q3/shilendans-user-survey-report-final.pdf"}));
}

TEST(ReportEvidence, UrlWithoutSchemeWrappedAtTheEdgeIsJoined) {
  const Lines lines{{"opendata.gov.mn/organization/mm", true}, {"hi/datasets", false}};
  EXPECT_EQ(SplitEvidence(lines),
            (std::vector<std::string>{"opendata.gov.mn/organization/mmhi/datasets"}));
}

TEST(ReportEvidence, TwoUrlsOnTwoLinesStayTwo) {
  const Lines lines{{"opendata.gov.mn/guideline", false}, {"mddc.gov.mn/docs/a.pdf", false}};
  EXPECT_EQ(SplitEvidence(lines).size(), 2u);
}

TEST(ReportEvidence, TextItemWrappedAtTheEdgeIsJoined) {
  const Lines lines{{"Сайдын 2024 оны А/212 дугаар", true}, {"тушаал", false}};
  EXPECT_EQ(SplitEvidence(lines), (std::vector<std::string>{"Сайдын 2024 оны А/212 дугаар тушаал"}));
}

TEST(ReportEvidence, OcrSpacesAndCommasInsideUrlsAreRepaired) {
  EXPECT_EQ(CleanUrl("https://mddc.gov.mn/files/od-assessment. pdf"),
            "https://mddc.gov.mn/files/od-assessment.pdf");
  EXPECT_EQ(CleanUrl("https://shilen,gov.mn/report/2025-h1"), "https://shilen.gov.mn/report/2025-h1");
  EXPECT_EQ(CleanUrl("https://opendata.gov.mn/guideline i"), "https://opendata.gov.mn/guideline");
}

TEST(ReportResults, LinesJoinWithSpacesAndHyphenBreaksKeepTheHyphen) {
  const Lines lines{{"In the reporting period 46 data-", true}, {"responsible organisations", false}};
  EXPECT_EQ(JoinLines(lines), "In the reporting period 46 data-responsible organisations");
  EXPECT_EQ(JoinLines({{"A list of", true}, {"147 projects", false}}), "A list of 147 projects");
}

TEST(ReportNumbers, MilestoneNumberStartsTheCell) {
  EXPECT_EQ(LeadingMilestoneNumber("5.1.2. Include annexes"), "5.1.2");
  EXPECT_EQ(LeadingMilestoneNumber("1.3.Funding for transparency"), "1.3");
  EXPECT_EQ(LeadingMilestoneNumber("7.2 Regularly evaluate"), "7.2");
  EXPECT_EQ(LeadingMilestoneNumber("Commitment 5."), std::nullopt);
  EXPECT_EQ(LeadingMilestoneNumber("12 aimags"), std::nullopt);
  // A text that starts with a number after the milestone's own.
  EXPECT_EQ(LeadingMilestoneNumber("1.1. 12 байгууллагын албан хаагчдад"), "1.1");
  EXPECT_EQ(LeadingMilestoneNumber("5. 1. Title read with OCR spacing"), "5.1");
}

TEST(ReportNumbers, Percent) {
  EXPECT_EQ(ParsePercent("40"), 40);
  EXPECT_EQ(ParsePercent("100 %"), 100);
  EXPECT_EQ(ParsePercent("0"), 0);
  // OCR reads "%" as "96".
  EXPECT_EQ(ParsePercent("7096"), 70);
  EXPECT_EQ(ParsePercent("096"), 0);
  EXPECT_EQ(ParsePercent("10096"), 100);
  EXPECT_EQ(ParsePercent("96"), 96);
  EXPECT_EQ(ParsePercent("O"), 0);
  EXPECT_EQ(ParsePercent("250"), std::nullopt);
  EXPECT_EQ(ParsePercent(""), std::nullopt);
}

}  // namespace
}  // namespace ogpx::extract::report

namespace ogpx::extract::report {
namespace {

TEST(ReportHostile, VeryLongLinesDoNotCrashTheParsers) {
  const std::string dots(200000, '.');
  std::string numbers;
  for (int i = 0; i < 50000; ++i) numbers += "1.";
  const std::string url = "https://a.example/" + std::string(200000, 'x');
  EXPECT_FALSE(LooksLikeUrl(dots));
  EXPECT_EQ(LeadingMilestoneNumber(numbers).value_or("").size() <= 64, true);
  EXPECT_EQ(ParsePercent(numbers), 1);
  const auto items = SplitEvidence({{url, true}, {std::string(100000, 'y'), false}});
  EXPECT_FALSE(items.empty());
}

}  // namespace
}  // namespace ogpx::extract::report
