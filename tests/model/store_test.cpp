// Store: round trip of every gold file, idempotent re-ingest, replacement on an
// extractor version bump, all-or-nothing ingest, schema migration (a
// version-1 database, and a version-5 one whose provenance has no OCR
// confidence yet).
#include "model/store.h"

#include <gtest/gtest.h>

#include <fstream>

#include "db_fixture.h"
#include "export/json.h"
#include "gold.h"
#include "model/schema.h"

namespace ogpx::testing {
namespace {

using model::IngestOutcome;

class StoreTest : public DbTest {};

TEST_F(StoreTest, EveryGoldFileRoundTripsThroughTheDatabase) {
  auto golds = GoldFiles();
  ASSERT_GE(golds.size(), 12u);
  model::Store store = OpenStore();
  for (const auto& name : golds) {
    SCOPED_TRACE(name);
    model::Document doc = Gold(name);
    // Provenance is not in ogpx/1 but is kept by the store, with its OCR
    // confidence when it has one.
    doc.provenance.push_back({"/source/file", 1, 10.5, 20.25, 300, 40, std::nullopt});
    doc.provenance.push_back({"/source/sha256", 2, 1, 2, 3, 4, 87.5});
    auto outcome = store.Ingest(doc, 1);
    ASSERT_TRUE(outcome.ok()) << outcome.error().ToString();
    EXPECT_EQ(*outcome, IngestOutcome::kInserted);
    auto id = store.FindDocument(doc.source.sha256);
    ASSERT_TRUE(id.ok() && id->has_value());
    auto loaded = store.Load(**id);
    ASSERT_TRUE(loaded.ok()) << loaded.error().ToString();
    EXPECT_EQ(*loaded, doc);
    nlohmann::json back =
        nlohmann::json::parse(exporter::ToJson(*loaded, {.optional_fields = false}).dump());
    EXPECT_EQ(back, GoldJson(name));
  }
  auto docs = store.Documents();
  ASSERT_TRUE(docs.ok());
  EXPECT_EQ(docs->size(), golds.size());
  EXPECT_EQ(docs->front().file_name, Gold(golds.front()).source.file);
}

TEST_F(StoreTest, ReingestingTheSameBytesWithTheSameVersionDoesNothing) {
  model::Document plan = Gold("nap5-en.gold.json");
  {
    model::Store store = OpenStore();
    ASSERT_EQ(*store.Ingest(plan, 1), IngestOutcome::kInserted);
  }
  long long milestones = Count("milestones"), roles = Count("stakeholder_roles");
  long long doc_id = Query("SELECT id FROM documents");
  ASSERT_GT(milestones, 30);
  model::Store store = OpenStore();
  auto again = store.Ingest(plan, 1);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*again, IngestOutcome::kSkipped);
  EXPECT_EQ(Count("documents"), 1);
  EXPECT_EQ(Query("SELECT id FROM documents"), doc_id);
  EXPECT_EQ(Count("milestones"), milestones);
  EXPECT_EQ(Count("stakeholder_roles"), roles);
}

TEST_F(StoreTest, AnotherExtractorVersionReplacesTheDocumentsRows) {
  model::Store store = OpenStore();
  model::Document plan = Gold("nap5-en.gold.json");
  ASSERT_EQ(*store.Ingest(plan, 1), IngestOutcome::kInserted);
  long long milestones = Count("milestones");

  model::Document v2 = plan;
  v2.action_plan->title = "Re-extracted title";
  v2.action_plan->commitments.pop_back();
  v2.warnings.clear();
  auto outcome = store.Ingest(v2, 2);
  ASSERT_TRUE(outcome.ok()) << outcome.error().ToString();
  EXPECT_EQ(*outcome, IngestOutcome::kReplaced);
  EXPECT_EQ(Count("documents"), 1);
  EXPECT_EQ(Query("SELECT extractor_version FROM documents"), 2);
  EXPECT_EQ(Count("milestones"),
            milestones - static_cast<long long>(plan.action_plan->commitments.back().milestones.size()));
  EXPECT_EQ(Count("warnings"), 0);
  auto docs = store.Documents();
  ASSERT_TRUE(docs.ok() && docs->size() == 1);
  EXPECT_EQ(*store.Load(docs->front().id), v2);
}

TEST_F(StoreTest, AFailureInTheMiddleOfADocumentLeavesNoRows) {
  model::Store store = OpenStore();
  model::Document order = Gold("order-120-mn.gold.json");
  ASSERT_EQ(*store.Ingest(order, 1), IngestOutcome::kInserted);
  long long orgs = Count("organisations");
  // Sabotage: the 20th milestone insert fails, long after the document row,
  // the organisations and the first commitments were written.
  Exec("CREATE TRIGGER fail_late BEFORE INSERT ON milestones "
       "WHEN (SELECT count(*) FROM milestones) >= 19 "
       "BEGIN SELECT RAISE(ABORT, 'injected failure'); END;");

  model::Document plan = Gold("nap5-en.gold.json");
  auto outcome = store.Ingest(plan, 1);
  ASSERT_FALSE(outcome.ok());
  EXPECT_NE(outcome.error().reason.find("injected failure"), std::string::npos)
      << outcome.error().ToString();
  EXPECT_EQ(outcome.error().file, "nap5-en.pdf");
  EXPECT_EQ(Count("documents"), 1);
  EXPECT_EQ(Count("plans"), 0);
  EXPECT_EQ(Count("commitments"), 0);
  EXPECT_EQ(Count("milestones"), 0);
  EXPECT_EQ(Count("stakeholder_roles"), 0);
  EXPECT_EQ(Count("organisations"), orgs);
  EXPECT_EQ(Count("pages"), order.source.pages);
  auto docs = store.Documents();
  ASSERT_TRUE(docs.ok() && docs->size() == 1);
  EXPECT_EQ(*store.Load(docs->front().id), order);

  // A failed replacement keeps the old version.
  ASSERT_EQ(*store.Ingest(Gold("nap5-mn-excerpt.gold.json"), 1), IngestOutcome::kInserted);
  Exec("DROP TRIGGER fail_late; CREATE TRIGGER fail_any BEFORE INSERT ON milestones "
       "BEGIN SELECT RAISE(ABORT, 'injected failure'); END;");
  model::Document excerpt = Gold("nap5-mn-excerpt.gold.json");
  ASSERT_FALSE(store.Ingest(excerpt, 2).ok());
  EXPECT_EQ(Query("SELECT extractor_version FROM documents WHERE file_name = 'nap5-mn-excerpt.pdf'"), 1);
  EXPECT_GT(Count("milestones"), 0);

  Exec("DROP TRIGGER fail_any");
  EXPECT_EQ(*store.Ingest(plan, 1), IngestOutcome::kInserted);
  EXPECT_EQ(*store.Ingest(excerpt, 2), IngestOutcome::kReplaced);
}

TEST_F(StoreTest, MigratesAVersion1DatabaseKeepingItsRows) {
  {
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open(path_.c_str(), &raw), SQLITE_OK);
    model::sql::Db db(raw);
    ASSERT_FALSE(model::schema::Migrate(raw, 1).has_value());
  }
  ASSERT_EQ(Query("PRAGMA user_version"), 1);
  // Rows as a version-1 ogpx wrote them (no link columns yet).
  Exec("INSERT INTO documents (id, sha256, file_name, pages, kind, language, ocr_pages, "
       "extractor_version, ingested_at) VALUES (7, 'abc', 'old.pdf', 2, 'other', 'en', '2', 1, "
       "'2025-01-01T00:00:00Z');"
       "INSERT INTO pages VALUES (7, 1, 'text'), (7, 2, 'ocr');"
       "INSERT INTO warnings (document_id, position, page, code, message) "
       "VALUES (7, 0, 2, 'ocr_low_confidence', 'page 2 is hard to read');");
  EXPECT_EQ(Query("SELECT count(*) FROM pragma_table_info('report_entries') "
                  "WHERE name = 'milestone_id'"), 0);

  model::Store store = OpenStore();
  EXPECT_EQ(store.schema_version(), model::schema::LatestVersion());
  EXPECT_EQ(Query("PRAGMA user_version"), model::schema::LatestVersion());
  EXPECT_EQ(Query("SELECT count(*) FROM pragma_table_info('report_entries') "
                  "WHERE name = 'milestone_id'"), 1);
  auto old = store.Load(7);
  ASSERT_TRUE(old.ok()) << old.error().ToString();
  EXPECT_EQ(old->source.file, "old.pdf");
  EXPECT_EQ(old->source.ocr_pages, std::vector<int>{2});
  ASSERT_EQ(old->warnings.size(), 1u);
  EXPECT_EQ(old->warnings[0], (Warning{2, "ocr_low_confidence", "page 2 is hard to read"}));
  // The migrated database takes new documents and links them.
  EXPECT_EQ(*store.Ingest(Gold("nap5-en.gold.json"), 1), IngestOutcome::kInserted);
  EXPECT_EQ(*store.Ingest(Gold("report-mof-2024q3-en.gold.json"), 1), IngestOutcome::kInserted);
  EXPECT_EQ(Query("SELECT count(*) FROM report_entries WHERE milestone_id IS NOT NULL"), 10);
}

TEST_F(StoreTest, MigratesAVersion5DatabaseKeepingItsProvenanceWithoutConfidence) {
  {
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open(path_.c_str(), &raw), SQLITE_OK);
    model::sql::Db db(raw);
    ASSERT_FALSE(model::schema::Migrate(raw, 5).has_value());
  }
  // A scanned document's box as a version-5 ogpx wrote it (no confidence yet).
  Exec("INSERT INTO documents (id, sha256, file_name, pages, kind, language, ocr_pages, "
       "extractor_version, ingested_at) VALUES (3, 'def', 'scan.pdf', 1, 'other', 'en', '1', 2, "
       "'2025-06-01T00:00:00Z');"
       "INSERT INTO pages VALUES (3, 1, 'ocr');"
       "INSERT INTO provenance (document_id, position, field, page, x0, y0, x1, y1) "
       "VALUES (3, 0, '/order/title', 1, 10, 20, 30, 40);");
  EXPECT_EQ(Query("SELECT count(*) FROM pragma_table_info('provenance') WHERE name = 'ocr_confidence'"), 0);

  model::Store store = OpenStore();
  EXPECT_EQ(Query("PRAGMA user_version"), model::schema::LatestVersion());
  EXPECT_EQ(Query("SELECT count(*) FROM pragma_table_info('provenance') WHERE name = 'ocr_confidence'"), 1);
  auto old = store.Load(3);
  ASSERT_TRUE(old.ok()) << old.error().ToString();
  ASSERT_EQ(old->provenance.size(), 1u);
  EXPECT_EQ(old->provenance[0], (model::Provenance{"/order/title", 1, 10, 20, 30, 40, std::nullopt}));
  // New rows keep their confidence; one outside 0..100 is refused.
  model::Document scan = Gold("order-120-en-scan.gold.json");
  scan.provenance.push_back({"/order/title", 1, 50, 60, 70, 80, 58.4});
  ASSERT_EQ(*store.Ingest(scan, 3), IngestOutcome::kInserted);
  auto id = store.FindDocument(scan.source.sha256);
  ASSERT_TRUE(id.ok() && id->has_value());
  EXPECT_EQ(store.Load(**id)->provenance, scan.provenance);
  scan.source.sha256 = std::string(64, 'a');
  scan.provenance[0].ocr_confidence = 100.5;
  EXPECT_FALSE(store.Ingest(scan, 3).ok());
}

TEST_F(StoreTest, StampsItsApplicationIdAndRefusesAnotherProgramsDatabase) {
  { OpenStore(); }
  EXPECT_EQ(Query("PRAGMA application_id"), model::schema::kApplicationId);
  // An older ogpx database (application_id 0) is accepted and stamped.
  Exec("PRAGMA application_id = 0");
  { OpenStore(); }
  EXPECT_EQ(Query("PRAGMA application_id"), model::schema::kApplicationId);
  // Another program's: its own tables and no application_id, or another id.
  std::filesystem::remove(path_);
  Exec("CREATE TABLE t (x); CREATE TABLE documents (id)");
  auto store = model::Store::Open(path_);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.error().kind, ErrorKind::kUsage);
  EXPECT_EQ(store.error().file, path_);
  EXPECT_NE(store.error().reason.find("not an ogpx database"), std::string::npos) << store.error().reason;
  EXPECT_EQ(Query("SELECT count(*) FROM sqlite_master"), 2);  // nothing added
  EXPECT_EQ(Query("PRAGMA user_version"), 0);
  std::filesystem::remove(path_);
  Exec("PRAGMA application_id = 1234; CREATE TABLE t (x)");
  store = model::Store::Open(path_);
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.error().reason.find("application_id is 0x000004D2"), std::string::npos) << store.error().reason;
}

TEST_F(StoreTest, RefusesADatabaseFromANewerOgpx) {
  Exec("PRAGMA user_version = 99");
  auto store = model::Store::Open(path_);
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.error().reason.find("newer"), std::string::npos);
  EXPECT_EQ(store.error().file, path_);
}

TEST_F(StoreTest, AwkwardValuesComeBackExactly) {
  model::Document doc;
  doc.source = {"o'brien \"quoted\".pdf", std::string(64, 'e'), 3, {"en", "mn"}, {2, 2, 3}};
  doc.kind = model::Kind::kActionPlan;
  doc.action_plan.emplace();
  doc.action_plan->country = "'; DROP TABLE documents; --";
  doc.action_plan->period = {std::nullopt, 2027};
  model::Commitment c;
  c.number = "";
  c.lead = {"", "Same Name", "Same Name"};  // duplicates and an empty name keep their places
  c.supporting.other = {"Ministry of Finance", "MINISTRY OF FINANCE."};
  c.problem.causes = std::string("line\nbreak\ttab \xE2\x80\x9Cquotes\xE2\x80\x9D");
  model::Milestone m;
  m.number = "1.1.";
  m.group = model::MilestoneGroup{"", ""};
  m.due = model::Due{"", std::nullopt, std::nullopt, std::string(), std::nullopt};
  c.id = "";
  c.analysis = model::Analysis{std::nullopt, "", std::nullopt};
  c.contact = model::Contact{std::nullopt, std::nullopt, std::nullopt, "+1 (555) 0100"};
  m.outputs = {"", "-"};
  m.pages = {0, 3, 1};
  c.milestones = {m, m};
  doc.action_plan->commitments = {c};
  doc.warnings = {{std::nullopt, "", ""}, {0, "x", "y"}};
  model::Store store = OpenStore();
  ASSERT_EQ(*store.Ingest(doc, 1), IngestOutcome::kInserted);
  auto id = store.FindDocument(doc.source.sha256);
  ASSERT_TRUE(id.ok() && id->has_value());
  auto loaded = store.Load(**id);
  ASSERT_TRUE(loaded.ok()) << loaded.error().ToString();
  EXPECT_EQ(*loaded, doc);
  // The two spellings of one ministry are one organisation.
  EXPECT_EQ(Query("SELECT count(DISTINCT org_id) FROM stakeholder_roles WHERE sector = 'other'"), 1);
}

TEST_F(StoreTest, AFileThatIsNotADatabaseIsAnErrorNamingIt) {
  {
    std::ofstream out(path_, std::ios::binary);
    out << "%PDF-1.7\n" << std::string(4096, 'x');
  }
  auto store = model::Store::Open(path_);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.error().kind, ErrorKind::kIo);
  EXPECT_EQ(store.error().file, path_);
  EXPECT_NE(store.error().reason.find("not a database"), std::string::npos) << store.error().reason;
  auto missing = model::Store::Open((dir_ / "no" / "such" / "folder.sqlite").string());
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.error().file.find("folder.sqlite"), std::string::npos);
}

TEST_F(StoreTest, LoadOfAnUnknownIdIsNotFound) {
  model::Store store = OpenStore();
  auto doc = store.Load(42);
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.error().kind, ErrorKind::kNotFound);
}

}  // namespace
}  // namespace ogpx::testing
