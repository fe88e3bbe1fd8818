// The SQLite backend keeps the statements its cursors give back and hands
// them out again for the same SQL (model/sql_sqlite.h, StmtCache): a statement
// taken again must start afresh, and a cursor may outlive its connection.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <memory>
#include <optional>

#include "model/sql_sqlite.h"

namespace ogpx::testing {
namespace {

std::unique_ptr<model::sql::SqliteConn> Memory() {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open(":memory:", &db), SQLITE_OK);
  return std::make_unique<model::sql::SqliteConn>(model::sql::Db(db), ":memory:");
}

TEST(SqliteStatements, ATakenAgainStatementHasNoBindingsAndStartsAtItsFirstRow) {
  auto conn = Memory();
  ASSERT_FALSE(conn->Exec("CREATE TABLE t(x INTEGER); INSERT INTO t VALUES (1), (2), (3)"));
  const char* sql = "SELECT x, ? FROM t ORDER BY x";
  std::optional<Error> error;
  {
    model::sql::Stmt s(*conn, sql);
    s.Bind(1, int64_t{42});
    ASSERT_TRUE(s.Step());  // one row read, two left: given back mid-way
    EXPECT_EQ(s.Int(1), 42);
  }
  model::sql::Stmt again(*conn, sql);
  // The connection's one statement has run once already: it is the first one.
  sqlite3_stmt* statement = sqlite3_next_stmt(conn->raw(), nullptr);
  ASSERT_NE(statement, nullptr);
  EXPECT_EQ(sqlite3_next_stmt(conn->raw(), statement), nullptr);
  EXPECT_EQ(sqlite3_stmt_status(statement, SQLITE_STMTSTATUS_RUN, 0), 1) << "the statement was prepared again";
  int rows = 0;
  while (again.Step()) {
    EXPECT_EQ(again.Int(0), ++rows);
    EXPECT_TRUE(again.IsNull(1)) << "a binding of the last user leaked";
  }
  EXPECT_EQ(rows, 3);
  EXPECT_FALSE(again.error());
}

TEST(SqliteStatements, ACursorOutlivingItsConnectionFinalisesItself) {
  auto conn = Memory();
  std::optional<Error> error;
  std::unique_ptr<model::sql::Cursor> cursor = conn->Prepare("SELECT 1", error);
  ASSERT_TRUE(cursor);
  conn.reset();  // sqlite3_close_v2 waits for the cursor's statement
  ASSERT_TRUE(cursor->Step(error));
  EXPECT_EQ(cursor->Int(0), 1);
  cursor.reset();  // no use after free (the ASan build checks)
}

}  // namespace
}  // namespace ogpx::testing
