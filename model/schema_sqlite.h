// Thin RAII layer over the SQLite C API, private to model/ (the SQLite schema
// and its connection, model/sql_sqlite.h; the store itself uses model/sql.h).
//
// Ownership: Db owns one sqlite3 connection (closed in its destructor);
// LiteTransaction rolls back in its destructor unless Commit() succeeded.
// Statements with parameters go through model/sql.h (SqliteConn). None of them throw:
// failures come back as ogpx::Error (kind kIo) carrying sqlite3_errmsg().
// Thread-safety: one connection per thread; these objects are not shared.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "base/status.h"

namespace ogpx::model::sql {

struct DbCloser {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using Db = std::unique_ptr<sqlite3, DbCloser>;

// Error (kIo) for the last failure on `db`, prefixed by `what`.
Error DbError(sqlite3* db, std::string_view what);

// Runs one or more SQL statements without results.
std::optional<Error> Exec(sqlite3* db, const std::string& sql);

// BEGIN IMMEDIATE ... COMMIT; rolled back on destruction without Commit().
class LiteTransaction {
 public:
  explicit LiteTransaction(sqlite3* db);
  LiteTransaction(const LiteTransaction&) = delete;
  LiteTransaction& operator=(const LiteTransaction&) = delete;
  ~LiteTransaction();
  const std::optional<Error>& begin_error() const { return begin_error_; }
  std::optional<Error> Commit();

 private:
  sqlite3* db_;
  bool open_ = false;
  std::optional<Error> begin_error_;
};

// Value of `SELECT ...` returning one integer (nullopt with `err` set on failure).
std::optional<int64_t> QueryInt(sqlite3* db, const std::string& sql, std::optional<Error>& err);

}  // namespace ogpx::model::sql
