// Store::Open with Access::kRead never writes (issue 22: status and export
// of a read-only database in a read-only folder failed), and alias tables
// that would merge two organisations are refused (model/store.h).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "db_fixture.h"
#include "model/schema.h"

namespace ogpx::testing {
namespace {

using Access = model::Store::Access;

std::string Bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

class OpenTest : public DbTest {};

TEST_F(OpenTest, ReadingWritesNothingNotEvenTheStampOfAnOlderDatabase) {
  {
    model::Store store = OpenStore();
    Ingest(store, Gold("order-120-mn.gold.json"));
  }
  Exec("PRAGMA application_id = 0");  // as an ogpx before the stamp left it
  const std::string before = Bytes(path_);
  {
    auto store = model::Store::Open(path_, Access::kRead);
    ASSERT_TRUE(store.ok()) << store.error().ToString();
    auto docs = store->Documents();
    ASSERT_TRUE(docs.ok());
    EXPECT_EQ(docs->size(), 1u);
    EXPECT_FALSE(store->Ingest(Gold("nap5-en.gold.json"), 1).ok());  // read-only connection
  }
  EXPECT_EQ(Bytes(path_), before);
  // SQLite may leave an empty -wal beside a WAL database it read: nothing in it.
  EXPECT_EQ(Bytes(path_ + "-wal"), "");
  // The next writing open stamps it.
  { OpenStore(); }
  EXPECT_EQ(Query("PRAGMA application_id"), model::schema::kApplicationId);
}

TEST_F(OpenTest, ReadingAnotherProgramsDatabaseIsRefusedAndLeavesItAlone) {
  Exec("CREATE TABLE t (x); INSERT INTO t VALUES (1)");
  const std::string before = Bytes(path_);
  auto store = model::Store::Open(path_, Access::kRead);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.error().kind, ErrorKind::kUsage);
  EXPECT_EQ(Bytes(path_), before);
}

TEST_F(OpenTest, ReadingAnOlderSchemaMigratesItFirst) {
  Exec("PRAGMA user_version = 0");  // an empty file: no schema yet
  auto store = model::Store::Open(path_, Access::kRead);
  ASSERT_TRUE(store.ok()) << store.error().ToString();
  EXPECT_EQ(Query("PRAGMA user_version"), model::schema::LatestVersion());
}

TEST_F(OpenTest, OneNameMappedToTwoOrganisationsIsRefusedNamingBothLines) {
  model::Store store = OpenStore();
  auto n = store.LoadAliasesText("Сангийн яам\tMinistry of Finance\n# x\n\nСАНГИЙН ЯАМ\tMinistry of Justice\n", "t.tsv");
  ASSERT_FALSE(n.ok());
  EXPECT_EQ(n.error().kind, ErrorKind::kUsage);
  EXPECT_EQ(n.error().ToString(),
            "t.tsv: line 4: 'САНГИЙН ЯАМ' is mapped to 'Ministry of Justice', but line 1 maps it to "
            "'Ministry of Finance': one name cannot stand for two organisations (they would be merged)");
  EXPECT_EQ(Count("organisations"), 0);
  // One organisation under two spellings, or two names for one: no conflict.
  n = store.LoadAliasesText("Сангийн яам\tMinistry of Finance\nСангийн Яам\tministry of finance\n"
                            "Сангийн яамны\tMinistry of Finance\n",
                            "ok.tsv");
  ASSERT_TRUE(n.ok()) << n.error().ToString();
  EXPECT_EQ(*n, 3);
}

}  // namespace
}  // namespace ogpx::testing
