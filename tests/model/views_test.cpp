// SQLite as a product (docs/schema.md, version 4): the view milestone_status
// gives what `ogpx status` gives, the full-text index follows every insert,
// update and delete, a delete from a client with foreign keys OFF leaves no
// orphans, and an older database migrates (orphans repaired, index filled).
#include <gtest/gtest.h>

#include <algorithm>

#include "db_fixture.h"
#include "gold.h"
#include "model/schema.h"
#include "model/store.h"

namespace ogpx::testing {
namespace {

class ViewsTest : public DbTest {
 protected:
  // Rows of every table that point at a missing parent.
  long long Orphans() {
    return Query(
        "SELECT (SELECT count(*) FROM plans WHERE document_id NOT IN (SELECT id FROM documents))"
        " + (SELECT count(*) FROM reports WHERE document_id NOT IN (SELECT id FROM documents))"
        " + (SELECT count(*) FROM orders WHERE document_id NOT IN (SELECT id FROM documents))"
        " + (SELECT count(*) FROM warnings WHERE document_id NOT IN (SELECT id FROM documents))"
        " + (SELECT count(*) FROM pages WHERE document_id NOT IN (SELECT id FROM documents))"
        " + (SELECT count(*) FROM commitments WHERE plan_id NOT IN (SELECT id FROM plans))"
        " + (SELECT count(*) FROM milestones WHERE commitment_id NOT IN (SELECT id FROM commitments))"
        " + (SELECT count(*) FROM outputs WHERE milestone_id NOT IN (SELECT id FROM milestones))"
        " + (SELECT count(*) FROM stakeholder_roles WHERE coalesce(commitment_id, -1) NOT IN "
        "    (SELECT id FROM commitments) AND coalesce(milestone_id, -1) NOT IN (SELECT id FROM milestones))"
        " + (SELECT count(*) FROM report_entries WHERE report_id NOT IN (SELECT id FROM reports))"
        " + (SELECT count(*) FROM report_entries WHERE milestone_id IS NOT NULL AND milestone_id NOT IN "
        "    (SELECT id FROM milestones))"
        " + (SELECT count(*) FROM report_evidence WHERE entry_id NOT IN (SELECT id FROM report_entries))"
        " + (SELECT count(*) FROM order_clauses WHERE order_id NOT IN (SELECT id FROM orders))");
  }
  long long Indexed() { return Count("text_search"); }
  long long Texts() {
    return Count("commitments") + Count("milestones") + Count("report_entries") + Count("order_clauses");
  }
};

TEST_F(ViewsTest, MilestoneStatusViewAgreesWithTheStoreAsOfToday) {
  model::Store store = OpenStore();
  Ingest(store, Gold("nap5-en.gold.json"));
  Ingest(store, Gold("report-mof-2024q3-en.gold.json"));
  auto rows = store.MilestoneStatuses(std::nullopt);  // today, like the view
  ASSERT_TRUE(rows.ok()) << rows.error().ToString();
  ASSERT_EQ(static_cast<long long>(rows->size()), Count("milestone_status"));
  long long overdue = 0, unreported = 0;
  for (const auto& r : *rows) {
    overdue += r.overdue;
    unreported += r.no_report;
    const std::string id = std::to_string(r.milestone_id);
    EXPECT_EQ(Query("SELECT overdue FROM milestone_status WHERE milestone_id = " + id), r.overdue) << r.number;
    EXPECT_EQ(Query("SELECT no_report FROM milestone_status WHERE milestone_id = " + id), r.no_report)
        << r.number;
  }
  EXPECT_EQ(Query("SELECT count(*) FROM milestone_status WHERE overdue"), overdue);
  EXPECT_EQ(Query("SELECT count(*) FROM milestone_status WHERE no_report"), unreported);
  EXPECT_GT(unreported, 0);
  EXPECT_LT(unreported, static_cast<long long>(rows->size()));
  // The due date that decides: the printed period's last day, else 31 December.
  EXPECT_EQ(Query("SELECT count(*) FROM milestone_status WHERE due_raw IS NOT NULL AND due_date IS NULL "
                  "AND due_end IS NOT NULL"),
            0);
  EXPECT_EQ(Query("SELECT sum(overdue) FROM commitment_summary"), overdue);
  EXPECT_EQ(Query("SELECT reports FROM organisation_summary WHERE name = 'Ministry of Finance'"), 1);
  EXPECT_EQ(Query("SELECT milestones FROM document_summary WHERE kind = 'action_plan'"),
            static_cast<long long>(rows->size()));
}

TEST_F(ViewsTest, TheSearchIndexFollowsInsertsUpdatesAndDeletes) {
  model::Store store = OpenStore();
  Ingest(store, Gold("nap5-en.gold.json"));
  Ingest(store, Gold("report-mof-2024q3-en.gold.json"));
  Ingest(store, Gold("order-120-en-scan.gold.json"));
  EXPECT_EQ(Indexed(), Texts());
  auto hits = store.Search("beneficial ownership");
  ASSERT_TRUE(hits.ok()) << hits.error().ToString();
  ASSERT_FALSE(hits->empty());
  for (const auto& h : *hits) {
    EXPECT_NE(h.snippet.find('['), std::string::npos) << h.snippet;
    EXPECT_FALSE(h.file_name.empty());
    EXPECT_FALSE(h.number.empty());
  }
  auto kinds = [&](const std::string& q) {
    std::set<std::string> out;
    auto r = store.Search(q, 100);
    EXPECT_TRUE(r.ok()) << q;
    if (r.ok())
      for (const auto& h : *r) out.insert(h.kind);
    return out;
  };
  EXPECT_TRUE(kinds("budget").count("milestone"));
  EXPECT_TRUE(kinds("approve*").count("clause")) << "order clauses are indexed";
  // An edit made with plain SQL is followed.
  Exec("UPDATE milestones SET text = 'zanzibarquux study' WHERE id = (SELECT min(id) FROM milestones)");
  auto edited = store.Search("ZANZIBARQUUX");
  ASSERT_TRUE(edited.ok());
  ASSERT_EQ(edited->size(), 1u);
  EXPECT_EQ(edited->front().kind, "milestone");
  Exec("DELETE FROM documents WHERE kind = 'action_plan'");
  EXPECT_TRUE(store.Search("zanzibarquux")->empty());
  EXPECT_EQ(Indexed(), Texts());
  // FTS5 syntax only when asked for; a malformed query is a usage error.
  EXPECT_TRUE(store.Search("\"unbalanced (", 5).ok());
  auto bad = store.Search("\"unbalanced (", 5, true);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().kind, ErrorKind::kUsage);
}

TEST_F(ViewsTest, ADeleteWithForeignKeysOffLeavesNoOrphans) {
  model::Document plan = Gold("nap5-en.gold.json");
  {
    model::Store store = OpenStore();
    Ingest(store, plan);
    Ingest(store, Gold("report-mof-2024q3-en.gold.json"));
  }
  ASSERT_GT(Count("report_entries WHERE milestone_id IS NOT NULL"), 0);
  // The sqlite3 shell's default: foreign keys OFF.
  Exec("PRAGMA foreign_keys = OFF; DELETE FROM documents WHERE kind = 'action_plan'");
  EXPECT_EQ(Orphans(), 0);
  EXPECT_EQ(Count("commitments"), 0);
  EXPECT_EQ(Count("report_entries WHERE milestone_id IS NOT NULL"), 0);
  EXPECT_EQ(Indexed(), Texts());
  // Ingesting the plan again works and links the report again.
  model::Store store = OpenStore();
  auto again = store.Ingest(plan, 1, /*force=*/true);
  ASSERT_TRUE(again.ok()) << again.error().ToString();
  EXPECT_GT(Count("report_entries WHERE milestone_id IS NOT NULL"), 0);
  EXPECT_EQ(Query("PRAGMA foreign_key_check"), 0);
}

TEST_F(ViewsTest, RemoveDeletesEveryRowAndRelinks) {
  model::Store store = OpenStore();
  model::Document plan = Gold("nap5-en.gold.json");
  Ingest(store, plan);
  model::Document copy = plan;
  copy.source.file = "nap5-copy.pdf";
  copy.source.sha256 = std::string(64, 'c');
  Ingest(store, copy);
  Ingest(store, Gold("report-mof-2024q3-en.gold.json"));
  const long long linked = Count("report_entries WHERE milestone_id IS NOT NULL");
  ASSERT_GT(linked, 0);
  auto first = store.FindDocument(plan.source.sha256);
  ASSERT_TRUE(first.ok() && first->has_value());
  // An unknown id: nothing removed.
  EXPECT_TRUE(store.Remove({**first, 999999}).has_value());
  EXPECT_EQ(Count("documents"), 3);
  ASSERT_FALSE(store.Remove({**first}).has_value());
  EXPECT_EQ(Count("documents"), 2);
  EXPECT_EQ(Orphans(), 0);
  EXPECT_EQ(Indexed(), Texts());
  // The report now links to the copy.
  EXPECT_EQ(Count("report_entries WHERE milestone_id IS NOT NULL"), linked);
  EXPECT_EQ(Query("SELECT count(DISTINCT p.document_id) FROM report_entries e JOIN milestones m "
                  "ON m.id = e.milestone_id JOIN commitments c ON c.id = m.commitment_id "
                  "JOIN plans p ON p.id = c.plan_id"),
            1);
}

TEST_F(ViewsTest, AVersion3DatabaseWithOrphansMigrates) {
  {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
    ASSERT_FALSE(model::schema::Migrate(db, 3).has_value());
    sqlite3_close(db);
  }
  Exec("INSERT INTO documents (id, sha256, file_name, pages, kind, extractor_version, ingested_at) "
       "VALUES (1, 'x', 'a.pdf', 1, 'action_plan', 1, '2025-01-01T00:00:00Z');"
       "INSERT INTO plans (id, document_id) VALUES (1, 1), (2, 7);"
       "INSERT INTO commitments (id, plan_id, position, number, title) VALUES (1, 1, 0, '1', 'Open budgets'),"
       " (2, 2, 0, '1', 'Orphan');"
       "INSERT INTO milestones (id, commitment_id, position, number, text) VALUES (1, 1, 0, '1.1', 'Publish'),"
       " (2, 2, 0, '1.1', 'Orphan');");
  model::Store store = OpenStore();
  EXPECT_EQ(store.schema_version(), model::schema::LatestVersion());
  EXPECT_EQ(Orphans(), 0);
  EXPECT_EQ(Count("commitments"), 1);
  EXPECT_EQ(Indexed(), 2);
  auto hits = store.Search("budgets");
  ASSERT_TRUE(hits.ok());
  ASSERT_EQ(hits->size(), 1u);
  EXPECT_EQ(hits->front().file_name, "a.pdf");
}

}  // namespace
}  // namespace ogpx::testing
