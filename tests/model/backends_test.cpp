// The store on both backends (issue 24): SQLite and PostgreSQL give the same
// documents, links, statuses, views and search hits for the same input; the
// same idempotency (SHA-256 + extractor version) and all-or-nothing writes;
// concurrent writers store each document once; claims are taken once and
// taken over after their lease.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <thread>

#include "backend_fixture.h"
#include "export/json.h"
#include "model/schema.h"

namespace ogpx::testing {
namespace {

using model::IngestOutcome;

const std::string kAliases = std::string(OGPX_SAMPLES_DIR) + "/../data/org-aliases-mn-en.tsv";

class StoreOnBackend : public BackendTest {
 protected:
  // Every gold file and the alias table, in file-name order.
  void IngestAll(model::Store& store) {
    ASSERT_TRUE(store.LoadAliases(kAliases).ok());
    for (const auto& name : GoldFiles()) ASSERT_EQ(*store.Ingest(Gold(name), 1), IngestOutcome::kInserted) << name;
  }
  // The same into a SQLite file beside this test's (the reference).
  model::Store Reference() {
    reference_dir_ = std::filesystem::temp_directory_path() / ("ogpx-reference-" + std::to_string(::getpid()) + "-" +
                                                               ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(reference_dir_);
    std::filesystem::create_directories(reference_dir_);
    model::Store ref = OpenStore((reference_dir_ / "ref.sqlite").string());
    IngestAll(ref);
    return ref;
  }
  void TearDown() override {
    if (!reference_dir_.empty()) std::filesystem::remove_all(reference_dir_);
    BackendTest::TearDown();
  }
  // A sabotage: the 20th milestone insert fails ('injected failure').
  void FailTheTwentiethMilestone() {
    if (postgres())
      Exec("CREATE FUNCTION fail_late() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
           "IF (SELECT count(*) FROM milestones) >= 19 THEN RAISE EXCEPTION 'injected failure'; END IF; "
           "RETURN NEW; END $$; CREATE TRIGGER fail_late BEFORE INSERT ON milestones FOR EACH ROW "
           "EXECUTE FUNCTION fail_late()");
    else
      Exec("CREATE TRIGGER fail_late BEFORE INSERT ON milestones WHEN (SELECT count(*) FROM milestones) >= 19 "
           "BEGIN SELECT RAISE(ABORT, 'injected failure'); END;");
  }
  std::filesystem::path reference_dir_;
};

TEST_P(StoreOnBackend, EveryGoldFileRoundTrips) {
  model::Store store = OpenStore();
  EXPECT_EQ(store.schema_version(), model::schema::LatestVersion());
  EXPECT_STREQ(store.backend(), postgres() ? "postgresql" : "sqlite");
  for (const auto& name : GoldFiles()) {
    SCOPED_TRACE(name);
    model::Document doc = Gold(name);
    doc.provenance.push_back({"/source/file", 1, 10.5, 20.25, 300, 1.0 / 3, 87.5});  // the OCR confidence too
    ASSERT_EQ(*store.Ingest(doc, 1), IngestOutcome::kInserted);
    auto loaded = Stored(store, doc.source.sha256);
    ASSERT_TRUE(loaded.ok()) << loaded.error().ToString();
    EXPECT_EQ(*loaded, doc);
    nlohmann::json back = nlohmann::json::parse(exporter::ToJson(*loaded, {.optional_fields = false}).dump());
    EXPECT_EQ(back, GoldJson(name));
  }
  EXPECT_EQ(Count("documents"), static_cast<long long>(GoldFiles().size()));
}

TEST_P(StoreOnBackend, SameBytesAndVersionAreSkippedAnotherVersionReplaces) {
  model::Store store = OpenStore();
  model::Document plan = Gold("nap5-en.gold.json");
  ASSERT_EQ(*store.Ingest(plan, 1), IngestOutcome::kInserted);
  const long long milestones = Count("milestones"), id = Query("SELECT id FROM documents");
  EXPECT_EQ(*store.Ingest(plan, 1), IngestOutcome::kSkipped);
  EXPECT_EQ(Query("SELECT id FROM documents"), id);
  EXPECT_EQ(Count("milestones"), milestones);
  model::Document v2 = plan;
  v2.action_plan->commitments.pop_back();
  ASSERT_EQ(*store.Ingest(v2, 2), IngestOutcome::kReplaced);
  EXPECT_EQ(Count("documents"), 1);
  EXPECT_EQ(Query("SELECT extractor_version FROM documents"), 2);
  EXPECT_EQ(Count("milestones"),
            milestones - static_cast<long long>(plan.action_plan->commitments.back().milestones.size()));
  EXPECT_EQ(*store.Ingest(v2, 2, /*force=*/true), IngestOutcome::kReplaced);
  EXPECT_EQ(Count("documents"), 1);
}

TEST_P(StoreOnBackend, AFailureInTheMiddleOfADocumentLeavesNoRows) {
  model::Store store = OpenStore();
  model::Document order = Gold("order-120-mn.gold.json");
  ASSERT_EQ(*store.Ingest(order, 1), IngestOutcome::kInserted);
  const long long orgs = Count("organisations");
  FailTheTwentiethMilestone();
  auto outcome = store.Ingest(Gold("nap5-en.gold.json"), 1);
  ASSERT_FALSE(outcome.ok());
  EXPECT_NE(outcome.error().reason.find("injected failure"), std::string::npos) << outcome.error().ToString();
  EXPECT_EQ(outcome.error().file, "nap5-en.pdf");
  EXPECT_EQ(Count("documents"), 1);
  EXPECT_EQ(Count("plans"), 0);
  EXPECT_EQ(Count("milestones"), 0);
  EXPECT_EQ(Count("stakeholder_roles"), 0);
  EXPECT_EQ(Count("organisations"), orgs);
  // The connection is usable after the rolled-back transaction.
  auto docs = store.Documents();
  ASSERT_TRUE(docs.ok() && docs->size() == 1);
  EXPECT_EQ(*store.Load(docs->front().id), order);
}

TEST_P(StoreOnBackend, RemoveDeletesEveryRowAndRelinks) {
  model::Store store = OpenStore();
  model::Document plan = Gold("nap5-en.gold.json"), report = Gold("report-mof-2024q3-en.gold.json");
  ASSERT_TRUE(store.Ingest(plan, 1).ok());
  ASSERT_TRUE(store.Ingest(report, 1).ok());
  EXPECT_EQ(Query("SELECT count(*) FROM report_entries WHERE milestone_id IS NOT NULL"), 10);
  auto plan_id = store.FindDocument(plan.source.sha256);
  auto report_id = store.FindDocument(report.source.sha256);
  ASSERT_TRUE(plan_id.ok() && *plan_id && report_id.ok() && *report_id);
  auto missing = store.Remove({**plan_id, 999999});
  ASSERT_TRUE(missing.has_value());
  EXPECT_EQ(missing->kind, ErrorKind::kNotFound);
  EXPECT_EQ(Count("documents"), 2);  // nothing removed
  ASSERT_FALSE(store.Remove({**plan_id}).has_value());
  EXPECT_EQ(Count("documents"), 1);
  EXPECT_EQ(Count("plans") + Count("commitments") + Count("milestones") + Count("outputs"), 0);
  EXPECT_EQ(Query("SELECT count(*) FROM report_entries WHERE milestone_id IS NOT NULL"), 0);
  auto warnings = store.LinkWarnings(**report_id);
  ASSERT_TRUE(warnings.ok());
  ASSERT_EQ(warnings->size(), 1u);
  EXPECT_EQ(warnings->front().code, "report_plan_not_found");
  EXPECT_EQ(Count("text_search"), Count("report_entries"));
}

TEST_P(StoreOnBackend, LinksStatusesAndViewsAgreeWithSqlite) {
  model::Store store = OpenStore();
  IngestAll(store);
  model::Store ref = Reference();
  for (const char* as_of : {"2024-01-01", "2025-07-01", "2027-01-01"}) {
    auto mine = store.MilestoneStatuses(std::string(as_of)), theirs = ref.MilestoneStatuses(std::string(as_of));
    ASSERT_TRUE(mine.ok() && theirs.ok()) << (mine.ok() ? theirs.error() : mine.error()).ToString();
    ASSERT_EQ(mine->size(), theirs->size());
    ASSERT_GT(mine->size(), 30u);
    for (std::size_t i = 0; i < mine->size(); ++i) {
      const auto &a = (*mine)[i], &b = (*theirs)[i];
      SCOPED_TRACE(a.plan_file + " " + a.number);
      EXPECT_EQ(a.milestone_id, b.milestone_id);
      EXPECT_EQ(a.number, b.number);
      EXPECT_EQ(a.lead, b.lead);
      EXPECT_EQ(a.lead_org_ids, b.lead_org_ids);
      EXPECT_EQ(a.due_date, b.due_date);
      EXPECT_EQ(a.status, b.status);
      EXPECT_EQ(a.report_file, b.report_file);
      EXPECT_EQ(a.plan_key, b.plan_key);
      EXPECT_EQ(a.overdue, b.overdue);
      EXPECT_EQ(a.no_report, b.no_report);
    }
  }
  auto docs = store.Documents();
  ASSERT_TRUE(docs.ok());
  for (const auto& d : *docs) {
    EXPECT_EQ(*store.LinkWarnings(d.id), *ref.LinkWarnings(d.id)) << d.file_name;
    auto a = store.Keys(d.id), b = ref.Keys(d.id);
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_EQ(a->commitments, b->commitments);
    EXPECT_EQ(a->entry_milestones, b->entry_milestones);
  }
  auto orgs = store.Organisations(), ref_orgs = ref.Organisations();
  ASSERT_TRUE(orgs.ok() && ref_orgs.ok());
  ASSERT_EQ(orgs->size(), ref_orgs->size());
  for (std::size_t i = 0; i < orgs->size(); ++i) EXPECT_EQ((*orgs)[i].name, (*ref_orgs)[i].name);
  // The views (the as-of day of milestone_status is today on both).
  auto statuses = ref.MilestoneStatuses(std::nullopt);
  long long overdue = 0, unreported = 0;
  for (const auto& s : *statuses) overdue += s.overdue, unreported += s.no_report;
  EXPECT_EQ(Query("SELECT sum(overdue) FROM milestone_status"), overdue);
  EXPECT_EQ(Query("SELECT sum(overdue) FROM commitment_summary"), overdue);
  EXPECT_EQ(Query("SELECT sum(unreported) FROM commitment_summary"), unreported);
  EXPECT_EQ(Query("SELECT reports FROM organisation_summary WHERE name = 'Ministry of Finance'"), 1);
  EXPECT_EQ(Query("SELECT sum(milestones) FROM document_summary"), Count("milestones"));
  EXPECT_EQ(Query("SELECT count(*) FROM milestone_status WHERE lead IS NULL"), 0);
}

// Search hits as a set of "kind:row id".
std::set<std::string> Hits(model::Store& store, const std::string& query, bool fts = false) {
  auto hits = store.Search(query, 1000, fts);
  EXPECT_TRUE(hits.ok()) << query << ": " << (hits.ok() ? "" : hits.error().ToString());
  std::set<std::string> out;
  if (hits.ok())
    for (const auto& h : *hits) out.insert(h.kind + ":" + std::to_string(h.row_id) + ":" + h.file_name + ":" + h.number);
  return out;
}

TEST_P(StoreOnBackend, SearchFindsWhatSqliteFinds) {
  model::Store store = OpenStore();
  IngestAll(store);
  model::Store ref = Reference();
  for (const char* q : {"beneficial ownership", "BUDGET*", "Сангийн яам", "procurement data", "өмчлөгч*"}) {
    auto mine = Hits(store, q);
    EXPECT_FALSE(mine.empty()) << q;
    EXPECT_EQ(mine, Hits(ref, q)) << q;
  }
  EXPECT_EQ(Hits(store, "ownership OR procurement", true), Hits(ref, "ownership OR procurement", true));
  auto hits = store.Search("beneficial ownership", 3);
  ASSERT_TRUE(hits.ok());
  ASSERT_EQ(hits->size(), 3u);
  EXPECT_NE(hits->front().snippet.find("["), std::string::npos) << hits->front().snippet;
  // Accents ignored, any case.
  model::Document doc = Gold("order-120-en-scan.gold.json");
  doc.source.sha256 = std::string(64, 'a');
  doc.order->clauses = {"Participación ciudadana en el PRESUPUESTO"};
  ASSERT_TRUE(store.Ingest(doc, 1).ok());
  auto accents = store.Search("participacion presupuesto");
  ASSERT_TRUE(accents.ok());
  ASSERT_EQ(accents->size(), 1u);
  EXPECT_EQ(accents->front().kind, "clause");
  EXPECT_EQ(accents->front().number, "1");
  EXPECT_TRUE(store.Search("\"unbalanced (", 5).ok());
}

TEST_P(StoreOnBackend, ConcurrentWritersStoreEachDocumentOnce) {
  { OpenStore(); }  // the schema, so that the writers race on documents only
  const auto golds = GoldFiles();
  std::vector<std::thread> writers;
  std::vector<std::string> failures(4);
  for (int w = 0; w < 4; ++w)
    writers.emplace_back([&, w] {
      auto store = model::Store::Open(db_);
      if (!store) {
        failures[w] = store.error().ToString();
        return;
      }
      if (auto n = store->LoadAliases(kAliases); !n) failures[w] = n.error().ToString();
      for (std::size_t i = 0; i < golds.size(); ++i) {  // every writer all files, each from another start
        auto doc = GoldDocument(golds[(i + static_cast<std::size_t>(w) * 3) % golds.size()]);
        auto outcome = store->Ingest(*doc, 1);
        if (!outcome) failures[w] += outcome.error().ToString() + "\n";
      }
    });
  for (auto& t : writers) t.join();
  for (const auto& f : failures) EXPECT_EQ(f, "");
  EXPECT_EQ(Count("documents"), static_cast<long long>(golds.size()));
  EXPECT_EQ(Query("SELECT count(*) FROM (SELECT sha256 FROM documents GROUP BY sha256 HAVING count(*) > 1) AS d"), 0);
  // The links one writer gives: which entry links to which milestone number
  // (which copy of a plan, and so which ids, depends on the order of writes).
  model::Store store = OpenStore();
  { Reference(); }
  const std::string links =
      "SELECT d.file_name || ':' || e.position || ':' || coalesce(m.number, '-') FROM report_entries e "
      "JOIN reports r ON r.id = e.report_id JOIN documents d ON d.id = r.document_id "
      "LEFT JOIN milestones m ON m.id = e.milestone_id";
  auto mine = ColumnOf(db_, links);
  EXPECT_GT(mine.size(), 20u);
  EXPECT_EQ(mine, ColumnOf((reference_dir_ / "ref.sqlite").string(), links));
  for (const auto& name : golds) {
    auto doc = Gold(name);
    auto stored = Stored(store, doc.source.sha256);
    ASSERT_TRUE(stored.ok()) << name;
    EXPECT_EQ(*stored, doc) << name;
  }
}

TEST_P(StoreOnBackend, ClaimsAreTakenOnceAndTakenOverAfterTheirLease) {
  model::Store a = OpenStore(), b = OpenStore();
  std::vector<model::ClaimFile> files;
  std::set<std::string> all;
  for (char c : std::string("12345")) {
    files.push_back({std::string(64, c), std::string("f") + c + ".pdf"});
    all.insert(files.back().sha256);
  }
  ASSERT_FALSE(a.AddClaims(files).has_value());
  ASSERT_FALSE(b.AddClaims(files).has_value());  // a second registration changes nothing
  EXPECT_EQ(Count("claims"), 5);
  auto first = a.Claim("a", 0, all);  // a lease that passes within a second
  auto second = b.Claim("b", 600, all);
  ASSERT_TRUE(first.ok() && *first && second.ok() && *second);
  EXPECT_NE(**first, **second);
  // Not a file of b's inputs: never given to b.
  auto none = b.Claim("b", 600, {std::string(64, 'x')});
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none->has_value());
  std::this_thread::sleep_for(std::chrono::milliseconds(2100));
  auto taken = b.Claim("b", 600, all);  // a's claim, its lease passed
  ASSERT_TRUE(taken.ok() && *taken);
  EXPECT_EQ(**taken, **first);
  EXPECT_EQ(Query("SELECT attempts FROM claims WHERE sha256 = '" + **first + "'"), 2);
  EXPECT_FALSE(a.EndClaim(**first, "a", model::ClaimEnd::kDone).has_value());  // no longer a's: nothing
  EXPECT_EQ(Query("SELECT count(*) FROM claims WHERE state = 'done'"), 0);
  EXPECT_FALSE(b.EndClaim(**taken, "b", model::ClaimEnd::kDone).has_value());
  EXPECT_FALSE(b.EndClaim(**second, "b", model::ClaimEnd::kFailed, "broken").has_value());
  std::set<std::string> rest;
  for (;;) {
    auto next = a.Claim("a", 600, all);
    ASSERT_TRUE(next.ok());
    if (!*next) break;
    EXPECT_TRUE(rest.insert(**next).second);
    ASSERT_FALSE(a.EndClaim(**next, "a", model::ClaimEnd::kDone).has_value());
  }
  EXPECT_EQ(rest.size(), 3u);
  auto counts = a.CountClaims();
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->done, 4);
  EXPECT_EQ(counts->failed, 1);
  ASSERT_FALSE(b.AddClaims(files).has_value());  // a new batch opens the failed one again
  EXPECT_EQ(a.CountClaims()->open, 1);
}

TEST_P(StoreOnBackend, WorkersStartingTogetherMigrateOnce) {
  std::vector<std::thread> openers;
  std::vector<std::string> errors(4);
  for (int i = 0; i < 4; ++i)
    openers.emplace_back([&, i] {
      auto s = model::Store::Open(db_);
      if (!s) errors[i] = s.error().ToString();
      else if (s->schema_version() != model::schema::LatestVersion()) errors[i] = "old version";
    });
  for (auto& t : openers) t.join();
  for (const auto& e : errors) EXPECT_EQ(e, "");
  EXPECT_EQ(Count("documents"), 0);
}

TEST_P(StoreOnBackend, AnotherProgramsDatabaseIsRefusedAndLeftAlone) {
  Exec("CREATE TABLE t (x INTEGER); CREATE TABLE documents (id INTEGER)");
  auto store = model::Store::Open(db_);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.error().kind, ErrorKind::kUsage);
  EXPECT_NE(store.error().reason.find("not an ogpx database"), std::string::npos) << store.error().reason;
  EXPECT_EQ(Query(postgres() ? "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"
                             : "SELECT count(*) FROM sqlite_master"),
            2);
}

OGPX_ON_BOTH_BACKENDS(StoreOnBackend);

}  // namespace
}  // namespace ogpx::testing
