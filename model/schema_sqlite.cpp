#include "model/schema_sqlite.h"

namespace ogpx::model::sql {

Error DbError(sqlite3* db, std::string_view what) {
  std::string reason(what);
  if (db) reason += std::string(": ") + sqlite3_errmsg(db);
  return Error{ErrorKind::kIo, "", std::nullopt, reason};
}

std::optional<Error> Exec(sqlite3* db, const std::string& sql) {
  char* msg = nullptr;
  int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &msg);
  if (rc == SQLITE_OK) return std::nullopt;
  std::string reason = "database error: ";
  reason += msg ? msg : sqlite3_errstr(rc);
  sqlite3_free(msg);
  return Error{ErrorKind::kIo, "", std::nullopt, reason};
}

LiteTransaction::LiteTransaction(sqlite3* db) : db_(db) {
  begin_error_ = Exec(db, "BEGIN IMMEDIATE");
  open_ = !begin_error_;
}

LiteTransaction::~LiteTransaction() {
  if (open_) Exec(db_, "ROLLBACK");
}

std::optional<Error> LiteTransaction::Commit() {
  if (!open_) return Error{ErrorKind::kInternal, "", std::nullopt, "no open transaction"};
  auto err = Exec(db_, "COMMIT");
  if (!err) open_ = false;
  return err;
}

std::optional<int64_t> QueryInt(sqlite3* db, const std::string& sql, std::optional<Error>& err) {
  sqlite3_stmt* raw = nullptr;
  std::optional<int64_t> value;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &raw, nullptr) == SQLITE_OK && raw) {
    const int rc = sqlite3_step(raw);
    if (rc == SQLITE_ROW) value = sqlite3_column_int64(raw, 0);
    else err = DbError(db, rc == SQLITE_DONE ? "no row for '" + sql + "'" : std::string("database error"));
  } else {
    err = DbError(db, "cannot prepare statement '" + sql.substr(0, 60) + "'");
  }
  sqlite3_finalize(raw);
  return value;
}

}  // namespace ogpx::model::sql
