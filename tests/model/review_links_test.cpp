// What `ogpx review` reads from the store: where each PDF was read from
// (documents.source_path, schema version 5) and which documents a
// milestone's status comes from.
#include <gtest/gtest.h>

#include "db_fixture.h"

namespace ogpx::testing {
namespace {

class ReviewLinksTest : public DbTest {};

TEST_F(ReviewLinksTest, TheSourcePathIsStoredAndLoaded) {
  auto store = OpenStore();
  model::Document plan = Gold("nap5-en.gold.json");
  plan.source_path = "/data/plans/nap5-en.pdf";
  Ingest(store, plan);
  Ingest(store, Gold("order-120-mn.gold.json"));  // no path known
  auto docs = store.Documents();
  ASSERT_TRUE(docs.ok());
  ASSERT_EQ(docs->size(), 2u);
  auto loaded = store.Load((*docs)[0].id);
  ASSERT_TRUE(loaded.ok());
  EXPECT_EQ(loaded->source_path, "/data/plans/nap5-en.pdf");
  EXPECT_EQ(*loaded, plan);
  auto other = store.Load((*docs)[1].id);
  ASSERT_TRUE(other.ok());
  EXPECT_EQ(other->source_path, "");
  EXPECT_EQ(Query("SELECT count(*) FROM documents WHERE source_path IS NULL"), 1);
}

TEST_F(ReviewLinksTest, AStatusNamesThePlanAndTheReportDocuments) {
  auto store = OpenStore();
  Ingest(store, Gold("nap5-en.gold.json"));
  Ingest(store, Gold("report-mof-2024q3-en.gold.json"));
  const long long plan = Query("SELECT id FROM documents WHERE file_name = 'nap5-en.pdf'");
  const long long report = Query("SELECT id FROM documents WHERE file_name = 'report-mof-2024q3-en.pdf'");
  auto rows = store.MilestoneStatuses("2026-01-01");
  ASSERT_TRUE(rows.ok());
  int reported = 0;
  for (const auto& m : *rows) {
    EXPECT_EQ(m.plan_document_id, plan);
    EXPECT_EQ(m.report_document_id.has_value(), m.report_file.has_value());
    if (m.report_document_id) {
      EXPECT_EQ(*m.report_document_id, report);
      ++reported;
    }
  }
  EXPECT_GT(reported, 0);
}

}  // namespace
}  // namespace ogpx::testing
