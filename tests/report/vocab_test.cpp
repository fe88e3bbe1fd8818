// Wording of progress reports: status vocabulary, column and header labels,
// dates, periods and the plan named in a title (no PDF needed).
#include <gtest/gtest.h>

#include "extract/report/dates.h"
#include "extract/report/header.h"
#include "extract/report/vocab.h"

namespace ogpx::extract::report {
namespace {

using model::Status;

TEST(ReportStatus, EnglishAndMongolianWordingMapToOneVocabulary) {
  EXPECT_EQ(StatusFromWording("Not started"), Status::kNotStarted);
  EXPECT_EQ(StatusFromWording("Эхлээгүй"), Status::kNotStarted);
  EXPECT_EQ(StatusFromWording("Limited"), Status::kLimited);
  EXPECT_EQ(StatusFromWording("Хязгаарлагдмал"), Status::kLimited);
  EXPECT_EQ(StatusFromWording("SUBSTANTIAL"), Status::kSubstantial);
  EXPECT_EQ(StatusFromWording("Ихээхэн"), Status::kSubstantial);
  EXPECT_EQ(StatusFromWording("Complete"), Status::kComplete);
  EXPECT_EQ(StatusFromWording("Бүрэн"), Status::kComplete);
}

TEST(ReportStatus, StartedAloneIsNotNotStartedAndUnknownWordingIsNothing) {
  EXPECT_EQ(StatusFromWording("Not  started."), Status::kNotStarted);
  EXPECT_EQ(StatusFromWording("On track"), std::nullopt);
  EXPECT_EQ(StatusFromWording(""), std::nullopt);
}

TEST(ReportStatus, OneOcrTypoInALongWordIsTolerated) {
  EXPECT_EQ(StatusFromWording("Substantiai"), Status::kSubstantial);
  EXPECT_EQ(StatusFromWording("Limitcd"), Status::kLimited);
  EXPECT_EQ(StatusFromWording("Бүрзн"), std::nullopt);  // short words must match exactly
}

TEST(ReportColumns, LabelsInBothLanguages) {
  EXPECT_EQ(ColumnFromLabel("No."), Column::kSerial);
  EXPECT_EQ(ColumnFromLabel("№"), Column::kSerial);
  EXPECT_EQ(ColumnFromLabel("Milestone"), Column::kMilestone);
  EXPECT_EQ(ColumnFromLabel("Үе шат"), Column::kMilestone);
  EXPECT_EQ(ColumnFromLabel("Status"), Column::kStatus);
  EXPECT_EQ(ColumnFromLabel("Төлөв"), Column::kStatus);
  EXPECT_EQ(ColumnFromLabel("Progress, %"), Column::kProgress);
  EXPECT_EQ(ColumnFromLabel("Гүйцэтгэл, %"), Column::kProgress);
  EXPECT_EQ(ColumnFromLabel("Actions taken and results"), Column::kResults);
  EXPECT_EQ(ColumnFromLabel("Хэрэгжүүлсэн арга хэмжээ, үр дүн"), Column::kResults);
  EXPECT_EQ(ColumnFromLabel("Evidence"), Column::kEvidence);
  EXPECT_EQ(ColumnFromLabel("Нотлох баримт"), Column::kEvidence);
  EXPECT_EQ(ColumnFromLabel("Remarks"), std::nullopt);
}

TEST(ReportHeader, LabelledLines) {
  auto h = SplitHeaderLine("Reporting agency: Ministry of Finance");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->field, HeaderField::kAgency);
  EXPECT_EQ(h->value, "Ministry of Finance");
  h = SplitHeaderLine("Илгээсэн: 2025 оны 01 дүгээр сарын 12");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->field, HeaderField::kSubmitted);
  EXPECT_FALSE(SplitHeaderLine("To: Secretary of the National Council"));
  EXPECT_FALSE(SplitHeaderLine("Status uses the OGP completion levels: Not started"));
}

TEST(ReportHeader, CommitmentRows) {
  EXPECT_TRUE(IsCommitmentLabel("Commitment 5. Increase participation"));
  EXPECT_TRUE(IsCommitmentLabel("Амлалт 1. Олборлох үйлдвэрийн"));
  EXPECT_FALSE(IsCommitmentLabel("5.1. Improve budget transparency"));
}

TEST(ReportDates, PrintedForms) {
  EXPECT_EQ(ParseReportDate("10 October 2024"), "2024-10-10");
  EXPECT_EQ(ParseReportDate("October 10, 2024"), "2024-10-10");
  EXPECT_EQ(ParseReportDate("2025 оны 01 дүгээр сарын 12"), "2025-01-12");
  EXPECT_EQ(ParseReportDate("2025.01.12"), "2025-01-12");
  EXPECT_EQ(ParseReportDate("31 June 2025"), std::nullopt);
  EXPECT_EQ(ParseReportDate("soon"), std::nullopt);
}

TEST(ReportPeriods, QuarterHalfAndRanges) {
  auto p = ParseReportPeriod("2024 Q3 (1 July – 30 September 2024)");
  EXPECT_EQ(p.label, "2024 Q3");
  EXPECT_EQ(p.start, "2024-07-01");
  EXPECT_EQ(p.end, "2024-09-30");
  p = ParseReportPeriod("2024 оны IV улирал (10 дугаар сарын 1 – 12 дугаар сарын 31)");
  EXPECT_EQ(p.label, "2024 оны IV улирал");
  EXPECT_EQ(p.start, "2024-10-01");
  EXPECT_EQ(p.end, "2024-12-31");
  p = ParseReportPeriod("2025 H1 (1 January — 30 June 2025)");
  EXPECT_EQ(p.start, "2025-01-01");
  EXPECT_EQ(p.end, "2025-06-30");
  p = ParseReportPeriod("2025 II улирал (2025.04.01–2025.06.30)");
  EXPECT_EQ(p.start, "2025-04-01");
  EXPECT_EQ(p.end, "2025-06-30");
  p = ParseReportPeriod("2025 H1");  // no dates printed: from the label
  EXPECT_EQ(p.start, "2025-01-01");
  EXPECT_EQ(p.end, "2025-06-30");
  p = ParseReportPeriod("2024 оны IV улирал");
  EXPECT_EQ(p.end, "2024-12-31");
  p = ParseReportPeriod("last year");
  EXPECT_EQ(p.start, std::nullopt);
}

TEST(ReportPlan, TitleNamesCountryAndPlanNumber) {
  auto ref = PlanFromTitle("OGP Mongolia — Fifth National Action Plan 2024-2027");
  EXPECT_EQ(ref.country, "Mongolia");
  EXPECT_EQ(ref.plan_number, 5);
  ref = PlanFromTitle("Нээлттэй засгийн түншлэл — Монгол Улсын үндэсний тавдугаар төлөвлөгөө 2024-2027");
  EXPECT_EQ(ref.country, "Монгол Улс");
  EXPECT_EQ(ref.plan_number, 5);
  ref = PlanFromTitle("Open Government Partnership — Kenya's Fourth National Action Plan");
  EXPECT_EQ(ref.country, "Kenya");
  EXPECT_EQ(ref.plan_number, 4);
  ref = PlanFromTitle("Ministry of Finance — OGP NAP V progress report, 2024 Q3");
  EXPECT_EQ(ref.plan_number, 5);
  EXPECT_EQ(ref.country, std::nullopt);
  EXPECT_EQ(PlanFromTitle("Implementation progress report").plan_number, std::nullopt);
}

}  // namespace
}  // namespace ogpx::extract::report
