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

LiteStmt::LiteStmt(sqlite3* db, std::string_view sql) : db_(db) {
  sqlite3_stmt* raw = nullptr;
  int rc = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &raw, nullptr);
  stmt_.reset(raw);
  if (rc != SQLITE_OK || !raw)
    error_ = DbError(db, "cannot prepare statement '" + std::string(sql.substr(0, 60)) + "'");
}

void LiteStmt::Check(int rc, const char* what) {
  if (rc != SQLITE_OK && !error_) error_ = DbError(db_, what);
}

LiteStmt& LiteStmt::Bind(int index, int64_t value) {
  if (stmt_) Check(sqlite3_bind_int64(stmt_.get(), index, value), "bind");
  return *this;
}

LiteStmt& LiteStmt::Bind(int index, double value) {
  if (stmt_) Check(sqlite3_bind_double(stmt_.get(), index, value), "bind");
  return *this;
}

LiteStmt& LiteStmt::Bind(int index, std::string_view value) {
  if (stmt_)
    Check(sqlite3_bind_text64(stmt_.get(), index, value.data(), value.size(), SQLITE_TRANSIENT,
                              SQLITE_UTF8),
          "bind");
  return *this;
}

LiteStmt& LiteStmt::BindNull(int index) {
  if (stmt_) Check(sqlite3_bind_null(stmt_.get(), index), "bind");
  return *this;
}

bool LiteStmt::Step() {
  if (!stmt_ || error_) return false;
  int rc = sqlite3_step(stmt_.get());
  if (rc == SQLITE_ROW) return true;
  if (rc != SQLITE_DONE) error_ = DbError(db_, "database error");
  return false;
}

std::optional<Error> LiteStmt::Run() {
  while (Step()) {
  }
  return error_;
}

void LiteStmt::Reset() {
  if (!stmt_) return;
  sqlite3_reset(stmt_.get());
  sqlite3_clear_bindings(stmt_.get());
}

bool LiteStmt::IsNull(int col) const { return sqlite3_column_type(stmt_.get(), col) == SQLITE_NULL; }
int64_t LiteStmt::Int(int col) const { return sqlite3_column_int64(stmt_.get(), col); }
double LiteStmt::Real(int col) const { return sqlite3_column_double(stmt_.get(), col); }

std::string LiteStmt::Text(int col) const {
  const unsigned char* p = sqlite3_column_text(stmt_.get(), col);
  int n = sqlite3_column_bytes(stmt_.get(), col);
  return p ? std::string(reinterpret_cast<const char*>(p), static_cast<std::size_t>(n)) : "";
}

std::optional<int64_t> LiteStmt::OptInt(int col) const {
  if (IsNull(col)) return std::nullopt;
  return Int(col);
}

std::optional<int> LiteStmt::OptInt32(int col) const {
  if (IsNull(col)) return std::nullopt;
  return static_cast<int>(Int(col));
}

std::optional<std::string> LiteStmt::OptText(int col) const {
  if (IsNull(col)) return std::nullopt;
  return Text(col);
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
  LiteStmt st(db, sql);
  if (!st.Step()) {
    err = st.error() ? *st.error() : DbError(db, "no row for '" + sql + "'");
    return std::nullopt;
  }
  return st.Int(0);
}

}  // namespace ogpx::model::sql
