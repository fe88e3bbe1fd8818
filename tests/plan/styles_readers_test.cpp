// The layouts of the second development batch of samples/styles/ (bench/
// styles/make_dev2.py), each read by a general rule: a table of activities
// under a narrative commitment (extract/plan/narrative.h ReadActivityTables),
// commitments numbered "1.1" under sections (ReadNumberedHeadings), a list
// of milestones numbered "1." whose items end in their date, and a status
// table with one column per completion level (extract/report/table.h).
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "extract/extract.h"
#include "ingest/ingest.h"

namespace ogpx::extract {
namespace {

model::Document Read(const std::string& name) {
  auto doc = ingest::Open(std::string(OGPX_SAMPLES_DIR) + "/styles/" + name + ".pdf");
  EXPECT_TRUE(doc.ok()) << name;
  return Extract(*doc);
}

const model::Commitment* Find(const model::ActionPlan& plan, const std::string& number) {
  for (const model::Commitment& c : plan.commitments)
    if (c.number == number) return &c;
  return nullptr;
}

TEST(StylesReaders, ATableOfActivitiesUnderACommitmentGivesItsMilestones) {
  const model::Document d = Read("rs-nap4-activity-tables");
  ASSERT_TRUE(d.action_plan);
  const model::Commitment* c = Find(*d.action_plan, "1.2");
  ASSERT_NE(c, nullptr);
  ASSERT_EQ(c->milestones.size(), 3u);
  // Numbered by the table's "Activity No." column, dated by "Completion date".
  EXPECT_EQ(c->milestones[2].number, "1.2.3");
  EXPECT_EQ(c->milestones[2].text, "Train journalists to use procurement data");
  ASSERT_TRUE(c->milestones[2].due);
  EXPECT_EQ(c->milestones[2].due->end, 2025);
  // "Commitment holder:" names the lead.
  EXPECT_EQ(c->lead, std::vector<std::string>{"Public Procurement Office"});
  // The table was read: no warning says otherwise.
  for (const Warning& w : d.warnings) EXPECT_NE(w.code, "table_not_understood") << w.message;
}

TEST(StylesReaders, CommitmentsNumberedUnderChaptersWithTablesWithoutNumbers) {
  const model::Document d = Read("jo-nap6-chapters");
  ASSERT_TRUE(d.action_plan);
  ASSERT_EQ(d.action_plan->commitments.size(), 3u);
  const model::Commitment* c = Find(*d.action_plan, "2.1");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->title, "Youth Councils in Governorates");
  EXPECT_EQ(c->theme, "Chapter 2: Public Participation");
  ASSERT_EQ(c->milestones.size(), 2u);
  EXPECT_EQ(c->milestones[1].number, "2.1.2");  // by position, with a warning
  ASSERT_TRUE(c->milestones[1].due);
  EXPECT_EQ(c->milestones[1].due->raw, "Q3 2025");
}

TEST(StylesReaders, MultiLevelHeadingsUnderUnnumberedSections) {
  const model::Document d = Read("md-nap5-multilevel-headings");
  ASSERT_TRUE(d.action_plan);
  std::vector<std::string> numbers;
  for (const model::Commitment& c : d.action_plan->commitments) numbers.push_back(c.number);
  EXPECT_EQ(numbers, (std::vector<std::string>{"1.1", "1.2", "2.1"}));
  const model::Commitment* c = Find(*d.action_plan, "2.1");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->lead, std::vector<std::string>{"Public Procurement Agency"});  // "Lead: …"
  EXPECT_EQ(c->milestones.size(), 3u);
}

TEST(StylesReaders, NumberedActivitiesAndDatesClosingTheItems) {
  const model::Document zm = Read("zm-nap1-numbered-activities");
  ASSERT_TRUE(zm.action_plan);
  const model::Commitment* c = Find(*zm.action_plan, "2");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->title, "Public Access to Court Decisions");  // "Commitment 2 – …": the dash is no title
  ASSERT_EQ(c->milestones.size(), 3u);
  ASSERT_TRUE(c->milestones[0].due);
  EXPECT_EQ(c->milestones[0].due->raw, "March 2025");  // "(by March 2025)"

  const model::Document pe = Read("pe-nap4-metas-es");
  ASSERT_TRUE(pe.action_plan);
  const model::Commitment* m = Find(*pe.action_plan, "2");
  ASSERT_NE(m, nullptr);
  ASSERT_EQ(m->milestones.size(), 3u);  // "Metas:" bullets drawn as shapes
  ASSERT_TRUE(m->milestones[1].due);
  EXPECT_EQ(m->milestones[1].due->raw, "septiembre 2023");  // "…, septiembre 2023."
}

TEST(StylesReaders, AStatusTableWithOneColumnPerLevel) {
  const model::Document d = Read("ua-nap5-self-assessment-dots");
  ASSERT_TRUE(d.progress_report);
  const model::ProgressReport& r = *d.progress_report;
  EXPECT_EQ(r.report_type, "self_assessment");  // its title names one
  EXPECT_EQ(r.plan.plan_number, 5);
  EXPECT_EQ(r.plan.country, "Ukraine");
  ASSERT_EQ(r.entries.size(), 5u);
  EXPECT_EQ(r.entries[0].milestone, "1.1");
  EXPECT_EQ(r.entries[0].status, model::Status::kSubstantial);
  EXPECT_EQ(r.entries[2].status, model::Status::kNotStarted);
  EXPECT_EQ(r.entries[4].status, model::Status::kComplete);
}

TEST(StylesReaders, AnAgencyQuarterlyReportWithARefColumn) {
  const model::Document d = Read("jm-nap2-quarterly-report");
  ASSERT_TRUE(d.progress_report);
  const model::ProgressReport& r = *d.progress_report;
  EXPECT_EQ(r.agency, "Ministry of Justice");  // named alone over the title
  EXPECT_EQ(r.report_type, "progress");
  ASSERT_EQ(r.entries.size(), 4u);
  EXPECT_EQ(r.entries[3].milestone, "5.4");  // from the "Ref." column
  EXPECT_EQ(r.entries[3].status, model::Status::kNotStarted);
}

TEST(StylesReaders, AStatusPerCommitmentNumberedInItsOwnColumn) {
  const model::Document d = Read("cv-nap2-commitment-numbers");
  ASSERT_TRUE(d.progress_report);
  ASSERT_EQ(d.progress_report->entries.size(), 3u);  // "Commitment No." 1, 2, 3
  EXPECT_EQ(d.progress_report->entries[1].milestone, "2");
  EXPECT_EQ(d.progress_report->entries[1].status, model::Status::kLimited);
}

TEST(StylesReaders, DecisionsAndResolutionsApprovingAPlanAreOrders) {
  const model::Document al = Read("al-decision-approving-plan");
  ASSERT_TRUE(al.order);
  EXPECT_EQ(al.order->date, "2022-02-02");  // "dated 2.2.2022": day first
  EXPECT_EQ(al.order->legal_basis, "Article 100 of the Constitution");  // not the proposal after it
  ASSERT_TRUE(al.order->approves);
  EXPECT_EQ(al.order->approves->title, "National Action Plan for Open Government Partnership 2022\u20132024");

  const model::Document ua = Read("ua-resolution-approving-plan");
  ASSERT_TRUE(ua.order);
  EXPECT_EQ(ua.order->place, "Kyiv");  // "Kyiv, 5 May 2022"
  EXPECT_EQ(ua.order->date, "2022-05-05");
  EXPECT_EQ(ua.order->legal_basis, "Article 116 of the Constitution of Ukraine");  // not the issuer acting
  EXPECT_EQ(ua.order->signatory.name, "D. SHMYHAL");
  EXPECT_EQ(ua.order->signatory.position, "Prime Minister of Ukraine");
  ASSERT_TRUE(ua.order->subject);
  EXPECT_TRUE(ua.order->subject->starts_with("On the approval of the Action Plan"));
}

TEST(StylesReaders, CommitmentsAsTablesOfLabelRows) {
  // Labels the vocabulary holds: "Key deliverables | one per line".
  const model::Document lv = Read("lv-nap5-commitment-tables");
  ASSERT_TRUE(lv.action_plan);
  const model::Commitment* c = Find(*lv.action_plan, "2");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->title, "Youth Participation in Policy Making");
  ASSERT_EQ(c->milestones.size(), 3u);
  ASSERT_TRUE(c->milestones[2].due);
  EXPECT_EQ(c->milestones[2].due->end, 2025);
  // Labels no vocabulary holds: read by what the values hold.
  const model::Document sc = Read("sc-nap1-unlabelled-boxes");
  ASSERT_TRUE(sc.action_plan);
  c = Find(*sc.action_plan, "2");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->title, "Community Budget Hearings");
  EXPECT_EQ(c->lead, std::vector<std::string>{"Ministry of Local Government"});
  ASSERT_EQ(c->milestones.size(), 3u);
  EXPECT_EQ(c->milestones[1].number, "2.2");
}

}  // namespace
}  // namespace ogpx::extract
