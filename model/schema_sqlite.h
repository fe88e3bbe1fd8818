// Thin RAII layer over the SQLite C API, private to model/ (the SQLite schema
// and its connection, model/sql_sqlite.h; the store itself uses model/sql.h).
//
// Ownership: Db owns one sqlite3 connection (closed in its destructor);
// LiteStmt owns one prepared statement (finalized in its destructor); LiteTransaction
// rolls back in its destructor unless Commit() succeeded. None of them throw:
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

class LiteStmt {
 public:
  // Prepares `sql`; check ok() / error() before use.
  LiteStmt(sqlite3* db, std::string_view sql);
  LiteStmt(const LiteStmt&) = delete;
  LiteStmt& operator=(const LiteStmt&) = delete;
  LiteStmt(LiteStmt&&) = default;
  LiteStmt& operator=(LiteStmt&&) = default;

  bool ok() const { return stmt_ != nullptr; }

  // Binders, 1-based like SQLite. Return *this for chaining.
  LiteStmt& Bind(int index, int64_t value);
  LiteStmt& Bind(int index, int value) { return Bind(index, static_cast<int64_t>(value)); }
  LiteStmt& Bind(int index, double value);
  LiteStmt& Bind(int index, std::string_view value);
  LiteStmt& Bind(int index, const char* value) { return Bind(index, std::string_view(value)); }
  LiteStmt& Bind(int index, const std::string& value) { return Bind(index, std::string_view(value)); }
  LiteStmt& BindNull(int index);
  template <typename T>
  LiteStmt& Bind(int index, const std::optional<T>& value) {
    return value ? Bind(index, *value) : BindNull(index);
  }

  // Steps once: true when a row is available, false when done. An error
  // (including a bind error recorded earlier) is kept in error().
  bool Step();
  // Steps to completion (INSERT/UPDATE/DELETE); nullopt on success.
  std::optional<Error> Run();
  const std::optional<Error>& error() const { return error_; }
  void Reset();  // reset and clear bindings for reuse

  bool IsNull(int col) const;
  int64_t Int(int col) const;
  double Real(int col) const;
  std::string Text(int col) const;
  std::optional<int64_t> OptInt(int col) const;
  std::optional<int> OptInt32(int col) const;
  std::optional<std::string> OptText(int col) const;

 private:
  struct Finalizer {
    void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
  };
  sqlite3* db_ = nullptr;
  std::unique_ptr<sqlite3_stmt, Finalizer> stmt_;
  std::optional<Error> error_;
  void Check(int rc, const char* what);
};

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
