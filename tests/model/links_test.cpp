// Store: organisation identity through the alias table, report -> milestone
// links in any ingestion order, link warnings, milestone statuses.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

#include "db_fixture.h"
#include "gold.h"
#include "base/text.h"
#include "model/store.h"

namespace ogpx::testing {
namespace {

using model::IngestOutcome;

const std::string kAliases = std::string(OGPX_SAMPLES_DIR) + "/../data/org-aliases-mn-en.tsv";
const char* kMmhiMn = "Уул уурхай, хүнд үйлдвэрийн яам";
const char* kMmhiEn = "Ministry of Mining and Heavy Industry";

class LinksTest : public DbTest {
 protected:
  int64_t IdOf(model::Store& store, const model::Document& doc) {
    auto id = store.FindDocument(doc.source.sha256);
    return id.ok() && id->has_value() ? **id : -1;
  }
  long long OrgIdOf(const std::string& name) {
    return Query("SELECT org_id FROM org_aliases WHERE org_key = '" + text::OrgKey(name) + "'");
  }
};

// Every ordering of: alias table, Mongolian report, English plan.
class AliasOrderTest : public LinksTest, public ::testing::WithParamInterface<std::string> {};

TEST_P(AliasOrderTest, MongolianAndEnglishNamesAreOneOrganisation) {
  model::Store store = OpenStore();
  for (char step : GetParam()) {
    if (step == 'a') {
      auto n = store.LoadAliases(kAliases);
      ASSERT_TRUE(n.ok()) << n.error().ToString();
      EXPECT_GE(*n, 30);
    } else if (step == 'r') {
      Ingest(store, Gold("report-mmhi-2024q4-mn.gold.json"));
    } else {
      Ingest(store, Gold("nap5-en.gold.json"));
    }
  }
  long long org = OrgIdOf(kMmhiEn);
  ASSERT_GT(org, 0);
  EXPECT_EQ(OrgIdOf(kMmhiMn), org);
  EXPECT_EQ(Query("SELECT count(*) FROM organisations WHERE id = " + std::to_string(org)), 1);
  EXPECT_EQ(Query("SELECT count(*) FROM organisations WHERE name = '" + std::string(kMmhiEn) +
                  "'"), 1);
  // The report's agency (Mongolian) and the plan's lead roles (English) point at it.
  EXPECT_EQ(Query("SELECT agency_org_id FROM reports"), org);
  EXPECT_GT(Query("SELECT count(*) FROM stakeholder_roles WHERE role = 'lead' AND org_id = " +
                  std::to_string(org)), 0);
  // Names stay as printed.
  auto docs = store.Documents();
  ASSERT_TRUE(docs.ok());
  for (const auto& info : *docs) {
    auto doc = store.Load(info.id);
    ASSERT_TRUE(doc.ok());
    if (doc->progress_report) {
      EXPECT_EQ(doc->progress_report->agency, kMmhiMn);
    }
  }
  auto orgs = store.Organisations();
  ASSERT_TRUE(orgs.ok());
  auto it = std::find_if(orgs->begin(), orgs->end(),
                         [&](const model::Organisation& o) { return o.id == org; });
  ASSERT_NE(it, orgs->end());
  EXPECT_EQ(it->name, kMmhiEn);
  EXPECT_EQ(it->aliases.size(), 2u);
}

INSTANTIATE_TEST_SUITE_P(Orders, AliasOrderTest,
                         ::testing::Values("arp", "apr", "rap", "par", "rpa", "pra"));

TEST_F(LinksTest, WithoutTheAliasTableTheNamesStayApart) {
  model::Store store = OpenStore();
  Ingest(store, Gold("report-mmhi-2024q4-mn.gold.json"));
  Ingest(store, Gold("nap5-en.gold.json"));
  EXPECT_NE(OrgIdOf(kMmhiMn), OrgIdOf(kMmhiEn));
}

TEST_F(LinksTest, MalformedAliasTableLoadsNothing) {
  std::string bad = (dir_ / "bad.tsv").string();
  {
    std::ofstream out(bad);
    out << "# comment\nСангийн яам\tMinistry of Finance\nno tab on this line\n";
  }
  model::Store store = OpenStore();
  auto n = store.LoadAliases(bad);
  ASSERT_FALSE(n.ok());
  EXPECT_NE(n.error().reason.find("line 3"), std::string::npos) << n.error().ToString();
  EXPECT_EQ(Count("organisations"), 0);
}

// Report entries get their milestone whether the plan or the report came first.
class ReportOrderTest : public LinksTest, public ::testing::WithParamInterface<bool> {};

TEST_P(ReportOrderTest, EntriesLinkToThePlansMilestones) {
  model::Store store = OpenStore();
  model::Document plan = Gold("nap5-en.gold.json");
  model::Document report = Gold("report-mof-2024q3-en.gold.json");
  if (GetParam()) {
    Ingest(store, plan);
    Ingest(store, report);
  } else {
    Ingest(store, report);
    EXPECT_EQ(Query("SELECT count(*) FROM report_entries WHERE milestone_id IS NOT NULL"), 0);
    Ingest(store, plan);
  }
  std::size_t entries = report.progress_report->entries.size();
  EXPECT_EQ(Query("SELECT count(*) FROM report_entries e JOIN milestones m "
                  "ON m.id = e.milestone_id WHERE m.number = e.milestone"),
            static_cast<long long>(entries));
  auto warnings = store.LinkWarnings(IdOf(store, report));
  ASSERT_TRUE(warnings.ok());
  EXPECT_TRUE(warnings->empty()) << warnings->front().message;
  // Link warnings are not part of the extracted document.
  EXPECT_EQ(*store.Load(IdOf(store, report)), report);
}

INSTANTIATE_TEST_SUITE_P(PlanFirst, ReportOrderTest, ::testing::Bool());

TEST_F(LinksTest, EntriesNamingMilestonesThePlanLacksAreWarnedAbout) {
  model::Store store = OpenStore();
  // The Mongolian excerpt has commitments 1 and 7 only; the report also
  // covers 2.3 and 2.4.
  Ingest(store, Gold("nap5-mn-excerpt.gold.json"));
  model::Document report = Gold("report-mmhi-2024q4-mn.gold.json");
  report.progress_report->entries[0].milestone = "1.1. ";  // trailing dot and space
  Ingest(store, report);
  EXPECT_EQ(Query("SELECT count(*) FROM report_entries WHERE milestone_id IS NOT NULL"), 2);
  auto warnings = store.LinkWarnings(IdOf(store, report));
  ASSERT_TRUE(warnings.ok());
  ASSERT_EQ(warnings->size(), 2u);
  for (std::size_t i = 0; i < 2; ++i) {
    const auto& entry = report.progress_report->entries[i + 2];
    EXPECT_EQ((*warnings)[i].code, "unknown_milestone");
    EXPECT_EQ((*warnings)[i].page, entry.pages.front());
    EXPECT_NE((*warnings)[i].message.find(entry.milestone), std::string::npos);
  }
  // The entries themselves are kept.
  EXPECT_EQ(store.Load(IdOf(store, report))->progress_report->entries.size(), 4u);
  EXPECT_EQ(Query("SELECT count(*) FROM warnings WHERE origin = 'link' AND code = 'unknown_milestone'"), 2);
}

TEST_F(LinksTest, AReportFromAnAgencyThatDoesNotLeadTheMilestoneIsWarnedAbout) {
  model::Store store = OpenStore();
  Ingest(store, Gold("nap5-en.gold.json"));
  model::Document report = Gold("report-mddc-2025h1-en-scan.gold.json");
  report.progress_report->agency = "Ministry of Finance";
  Ingest(store, report);
  auto warnings = store.LinkWarnings(IdOf(store, report));
  ASSERT_TRUE(warnings.ok());
  ASSERT_EQ(warnings->size(), report.progress_report->entries.size());
  for (const auto& w : *warnings) EXPECT_EQ(w.code, "not_lead_agency");
  // Linked all the same.
  EXPECT_EQ(Query("SELECT count(*) FROM report_entries WHERE milestone_id IS NOT NULL"),
            static_cast<long long>(report.progress_report->entries.size()));
}

TEST_F(LinksTest, ReportsOfAnotherPlanNumberDoNotLink) {
  model::Store store = OpenStore();
  Ingest(store, Gold("nap5-en.gold.json"));
  model::Document report = Gold("report-mof-2024q3-en.gold.json");
  report.progress_report->plan.plan_number = 4;
  Ingest(store, report);
  EXPECT_EQ(Query("SELECT count(*) FROM report_entries WHERE milestone_id IS NOT NULL"), 0);
  // One warning saying what was looked for.
  auto warnings = store.LinkWarnings(IdOf(store, report));
  ASSERT_TRUE(warnings.ok());
  ASSERT_EQ(warnings->size(), 1u);
  EXPECT_EQ(warnings->front().code, "report_plan_not_found");
  EXPECT_NE(warnings->front().message.find("plan number 4 of country 'Mongolia'"), std::string::npos)
      << warnings->front().message;
  // The plan arrives: linked, the warning is gone.
  model::Document plan4 = Gold("nap5-en.gold.json");
  plan4.source.sha256 = std::string(64, '4');
  plan4.action_plan->plan_number = 4;
  Ingest(store, plan4);
  EXPECT_GT(Query("SELECT count(*) FROM report_entries WHERE milestone_id IS NOT NULL"), 0);
  EXPECT_TRUE(store.LinkWarnings(IdOf(store, report))->empty());
}

TEST_F(LinksTest, ReportsLinkOnlyToThePlanOfTheirCountry) {
  // A second country on the same template, with the same plan number.
  model::Document plan_b = Gold("nap5-en.gold.json");
  plan_b.source.sha256 = std::string(64, 'c');
  plan_b.source.file = "nap5-other.pdf";
  plan_b.action_plan->country = "Republic of Testland";
  model::Document report_b = Gold("report-mof-2024q3-en.gold.json");
  report_b.source.sha256 = std::string(64, 'd');
  report_b.source.file = "report-other.pdf";
  report_b.progress_report->plan.country = "republic of TESTLAND.";  // same org_key
  report_b.progress_report->entries.resize(2);
  model::Store store = OpenStore();
  Ingest(store, report_b);
  Ingest(store, Gold("nap5-en.gold.json"));
  Ingest(store, Gold("report-mof-2024q3-en.gold.json"));
  Ingest(store, plan_b);
  EXPECT_EQ(Query("SELECT count(*) FROM report_entries e JOIN reports r ON r.id = e.report_id "
                  "JOIN milestones m ON m.id = e.milestone_id JOIN commitments c "
                  "ON c.id = m.commitment_id JOIN plans p ON p.id = c.plan_id "
                  "WHERE p.country_key = r.plan_country_key"),
            static_cast<long long>(2 + Gold("report-mof-2024q3-en.gold.json")
                                           .progress_report->entries.size()));
  EXPECT_EQ(Query("SELECT count(*) FROM report_entries WHERE milestone_id IS NULL"), 0);
  // A report that does not name its country links to the first plan with its number.
  model::Document anonymous = Gold("report-mddc-2025h1-en-scan.gold.json");
  anonymous.progress_report->plan.country.reset();
  Ingest(store, anonymous);
  EXPECT_EQ(Query("SELECT count(*) FROM report_entries WHERE milestone_id IS NULL"), 0);
}

TEST_F(LinksTest, IncrementalLinkingEqualsLinkingEverythingAgain) {
  model::Store store = OpenStore();
  // Reports before and after plans, a plan replaced by a version with
  // another plan number, then the original back again.
  Ingest(store, Gold("report-mof-2024q3-en.gold.json"));
  Ingest(store, Gold("report-mmhi-2024q4-mn.gold.json"));
  Ingest(store, Gold("nap5-mn-excerpt.gold.json"));
  model::Document plan = Gold("nap5-en.gold.json");
  Ingest(store, plan);
  Ingest(store, Gold("report-mddc-2025h1-en-scan.gold.json"));
  model::Document renumbered = plan;
  renumbered.action_plan->plan_number = 6;
  ASSERT_EQ(*store.Ingest(renumbered, 2), IngestOutcome::kReplaced);
  EXPECT_EQ(Query("SELECT count(*) FROM report_entries WHERE milestone_id IS NOT NULL"), 2);
  ASSERT_EQ(*store.Ingest(plan, 3), IngestOutcome::kReplaced);
  Ingest(store, Gold("nap5-en-scan.gold.json"));
  // Fingerprints of the link state: every entry's milestone, every link warning.
  const std::vector<std::string> probes = {
      "SELECT count(*) FROM report_entries WHERE milestone_id IS NOT NULL",
      "SELECT sum(id * 1000003 + COALESCE(milestone_id, 0)) FROM report_entries",
      "SELECT count(*) FROM warnings WHERE origin = 'link'",
      "SELECT sum(document_id * 100000 + position * 100 + length(code) + length(message)) "
      "FROM warnings WHERE origin = 'link'"};
  std::vector<long long> incremental;
  for (const auto& q : probes) incremental.push_back(Query(q));
  EXPECT_GT(incremental[0], 10);
  EXPECT_GT(incremental[2], 0);
  // Loading an (empty) alias table links every report again from scratch.
  std::string empty = (dir_ / "empty.tsv").string();
  std::ofstream(empty) << "# nothing\n";
  ASSERT_TRUE(store.LoadAliases(empty).ok());
  for (std::size_t i = 0; i < probes.size(); ++i) EXPECT_EQ(Query(probes[i]), incremental[i]) << probes[i];
}

TEST_F(LinksTest, MilestoneStatusesTakeTheLatestReport) {
  model::Store store = OpenStore();
  model::Document plan = Gold("nap5-en.gold.json");
  Ingest(store, plan);
  Ingest(store, Gold("report-mof-2024q3-en.gold.json"));
  // A later report (same agency) that completes 5.1.1.
  model::Document later = Gold("report-mof-2024q3-en.gold.json");
  later.source.file = "report-mof-2025q1-en.pdf";
  later.source.sha256 = std::string(64, 'b');
  later.progress_report->period = {"2025-01-01", "2025-03-31", "2025 Q1"};
  later.progress_report->entries.resize(3);
  later.progress_report->entries[2].status = model::Status::kComplete;
  later.progress_report->entries[2].progress_percent = 100;
  Ingest(store, later);

  auto rows = store.MilestoneStatuses("2026-06-01");
  ASSERT_TRUE(rows.ok()) << rows.error().ToString();
  std::size_t milestones = 0;
  for (const auto& c : plan.action_plan->commitments) milestones += c.milestones.size();
  ASSERT_EQ(rows->size(), milestones);
  auto find = [&](const std::string& number) {
    return *std::find_if(rows->begin(), rows->end(),
                         [&](const model::MilestoneStatus& s) { return s.number == number; });
  };
  auto m511 = find("5.1.1");
  EXPECT_EQ(m511.status, model::Status::kComplete);
  EXPECT_EQ(m511.progress_percent, 100);
  EXPECT_EQ(m511.report_file, "report-mof-2025q1-en.pdf");
  EXPECT_EQ(m511.period_label, "2025 Q1");
  EXPECT_FALSE(m511.overdue);
  EXPECT_FALSE(m511.no_report);
  EXPECT_EQ(m511.lead, std::vector<std::string>{"Ministry of Finance"});
  auto m513 = find("5.1.3");  // due 2024, latest status "limited" (2024 Q3)
  EXPECT_EQ(m513.status, model::Status::kLimited);
  EXPECT_EQ(m513.report_file, "report-mof-2024q3-en.pdf");
  EXPECT_TRUE(m513.overdue);
  auto m11 = find("1.1");  // never reported
  EXPECT_TRUE(m11.no_report);
  EXPECT_FALSE(m11.status.has_value());
  ASSERT_TRUE(m11.due.has_value());
  EXPECT_EQ(m11.overdue, m11.due->end && *m11.due->end < 2026);

  auto early = store.MilestoneStatuses("2024-01-01");
  ASSERT_TRUE(early.ok());
  for (const auto& s : *early) EXPECT_FALSE(s.overdue) << s.number;
  EXPECT_FALSE(store.MilestoneStatuses("June 2026").ok());
}

}  // namespace
}  // namespace ogpx::testing
