// `ogpx db copy` both ways (issue 24): SQLite -> PostgreSQL -> SQLite gives
// the same exports, statuses and search hits, verified by counts and
// checksums; the copy into PostgreSQL takes new documents afterwards (its
// id sequences moved past the copied ids); a target with rows is refused.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>

#include "tests/cli/batch_helpers.h"
#include "tests/cli/run_cli.h"
#include "tests/support/test_pg.h"

namespace ogpx::testing {
namespace {

namespace fs = std::filesystem;

class DbCopy : public TempDirTest {
 protected:
  std::string Out(const std::string& args) {
    auto run = RunOgpx(args);
    EXPECT_EQ(run.exit_code, 0) << args << "\n" << run.err;
    return run.out;
  }
};

TEST_F(DbCopy, SqliteToPostgresAndBackKeepsEveryRow) {
  if (!PostgresBaseUrl()) GTEST_SKIP() << kNoPostgres;
  PgSchema pg("dbcopy" + std::to_string(::getpid()));
  const std::string a = Path("a.sqlite"), b = Path("b.sqlite");
  auto ingest = RunOgpx("ingest --quiet --ocr never --db '" + a + "' '" + std::string(OGPX_SAMPLES_DIR) + "'/*.pdf");
  ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
  auto there = RunOgpx("db copy --from '" + a + "' --to '" + pg.url() + "'");
  ASSERT_EQ(there.exit_code, 0) << there.err;
  EXPECT_NE(there.err.find("from sqlite to postgresql; counts and checksums equal"), std::string::npos) << there.err;
  EXPECT_NE(there.err.find("  documents: 13 rows"), std::string::npos) << there.err;
  auto back = RunOgpx("db copy --from '" + pg.url() + "' --to '" + b + "'");
  ASSERT_EQ(back.exit_code, 0) << back.err;
  EXPECT_NE(back.err.find("from postgresql to sqlite"), std::string::npos) << back.err;
  // The same checksums all the way.
  EXPECT_EQ(there.err.substr(0, there.err.find("db copy:")), back.err.substr(0, back.err.find("db copy:")));
  const auto exported = Exported(a, Path("out-a"));
  EXPECT_EQ(exported.size(), 13u);
  EXPECT_EQ(Exported(pg.url(), Path("out-pg")), exported);
  EXPECT_EQ(Exported(b, Path("out-b")), exported);
  const std::string status = " status --format csv --as-of 2025-07-01";
  EXPECT_GT(Out(status + " --db '" + a + "'").size(), 1000u);
  EXPECT_EQ(Out(status + " --db '" + b + "'"), Out(status + " --db '" + a + "'"));
  EXPECT_EQ(Out(status + " --db '" + pg.url() + "'"), Out(status + " --db '" + a + "'"));
  // SQLite's search index is rebuilt by the copy into b.
  const std::string search = " search --format json beneficial ownership";
  EXPECT_NE(Out(search + " --db '" + b + "'").find("nap5-en.pdf"), std::string::npos);
  EXPECT_EQ(Out(search + " --db '" + b + "'"), Out(search + " --db '" + a + "'"));
  // A target with rows: refused, unchanged.
  auto again = RunOgpx("db copy --from '" + a + "' --to '" + pg.url() + "'");
  EXPECT_EQ(again.exit_code, 2) << again.err;
  EXPECT_NE(again.err.find("not empty"), std::string::npos) << again.err;
  EXPECT_EQ(pg.Query("SELECT count(*) FROM documents"), 13);
  // New documents after the copy get new ids (the sequences moved on).
  fs::copy_file(Sample("nap5-en.pdf"), Path("nap5-en-copy.pdf"));
  std::ofstream(Path("nap5-en-copy.pdf"), std::ios::app) << "\n% another edition\n";
  auto more = RunOgpx("ingest --quiet --ocr never --db '" + pg.url() + "' '" + Path("nap5-en-copy.pdf") + "'");
  EXPECT_EQ(more.exit_code, 0) << more.err;
  EXPECT_EQ(pg.Query("SELECT count(*) FROM documents"), 14);
  EXPECT_EQ(pg.Query("SELECT max(id) FROM documents"), 14);
}

TEST_F(DbCopy, UsageErrors) {
  EXPECT_EQ(RunOgpx("db copy --from x.sqlite").exit_code, 2);
  EXPECT_EQ(RunOgpx("db move --from a --to b").exit_code, 2);
  EXPECT_EQ(RunOgpx("db copy --from '" + Path("a.sqlite") + "' --to '" + Path("a.sqlite") + "'").exit_code, 2);
  auto missing = RunOgpx("db copy --from '" + Path("none.sqlite") + "' --to '" + Path("b.sqlite") + "'");
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.err.find("no such database"), std::string::npos) << missing.err;
  EXPECT_FALSE(fs::exists(Path("b.sqlite")));
}

}  // namespace
}  // namespace ogpx::testing
