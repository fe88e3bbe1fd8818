#include "model/sql_sqlite.h"

namespace ogpx::model::sql {
namespace {

class SqliteCursor : public Cursor {
 public:
  SqliteCursor(sqlite3* db, sqlite3_stmt* stmt, std::string sql, std::weak_ptr<StmtCache> cache)
      : db_(db), stmt_(stmt), sql_(std::move(sql)), cache_(std::move(cache)) {}
  ~SqliteCursor() override {
    if (auto cache = cache_.lock()) {
      cache->Give(std::move(sql_), stmt_);
    } else {
      sqlite3_finalize(stmt_);
    }
  }
  SqliteCursor(const SqliteCursor&) = delete;
  SqliteCursor& operator=(const SqliteCursor&) = delete;

  void Bind(int index, int64_t value) override { Check(sqlite3_bind_int64(stmt_, index, value)); }
  void Bind(int index, double value) override { Check(sqlite3_bind_double(stmt_, index, value)); }
  void Bind(int index, std::string_view value) override {
    Check(sqlite3_bind_text64(stmt_, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8));
  }
  void BindNull(int index) override { Check(sqlite3_bind_null(stmt_, index)); }

  bool Step(std::optional<Error>& error) override {
    if (bind_error_) {
      error = bind_error_;
      return false;
    }
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc != SQLITE_DONE) {
      error = DbError(db_, "database error");
      user_error_ = sqlite3_errcode(db_) == SQLITE_ERROR;
    }
    return false;
  }
  void Reset() override {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }
  int Columns() const override { return sqlite3_column_count(stmt_); }
  std::string ColumnName(int col) const override {
    const char* name = sqlite3_column_name(stmt_, col);
    return name ? name : "";
  }
  ValueType Type(int col) const override {
    switch (sqlite3_column_type(stmt_, col)) {
      case SQLITE_NULL: return ValueType::kNull;
      case SQLITE_INTEGER: return ValueType::kInt;
      case SQLITE_FLOAT: return ValueType::kReal;
      default: return ValueType::kText;
    }
  }
  int64_t Int(int col) const override { return sqlite3_column_int64(stmt_, col); }
  double Real(int col) const override { return sqlite3_column_double(stmt_, col); }
  std::string Text(int col) const override {
    const unsigned char* p = sqlite3_column_text(stmt_, col);
    const int n = sqlite3_column_bytes(stmt_, col);
    return p ? std::string(reinterpret_cast<const char*>(p), static_cast<std::size_t>(n)) : "";
  }
  bool UserError() const override { return user_error_; }

 private:
  void Check(int rc) {
    if (rc != SQLITE_OK && !bind_error_) bind_error_ = DbError(db_, "bind");
  }
  sqlite3* db_;
  sqlite3_stmt* stmt_;
  std::string sql_;
  std::weak_ptr<StmtCache> cache_;
  std::optional<Error> bind_error_;
  bool user_error_ = false;
};

}  // namespace

StmtCache::~StmtCache() {
  for (auto& [sql, stmt] : idle_) sqlite3_finalize(stmt);
}

sqlite3_stmt* StmtCache::Take(std::string_view sql) {
  auto it = idle_.find(std::string(sql));
  if (it == idle_.end()) return nullptr;
  sqlite3_stmt* stmt = it->second;
  idle_.erase(it);
  return stmt;
}

void StmtCache::Give(std::string sql, sqlite3_stmt* stmt) {
  sqlite3_reset(stmt);
  sqlite3_clear_bindings(stmt);
  if (idle_.size() >= kMaxIdle) {
    sqlite3_finalize(stmt);
    return;
  }
  idle_.emplace(std::move(sql), stmt);
}

std::unique_ptr<Cursor> SqliteConn::Prepare(std::string_view sql, std::optional<Error>& error) {
  if (sqlite3_stmt* cached = cache_->Take(sql))
    return std::make_unique<SqliteCursor>(db_.get(), cached, std::string(sql), cache_);
  sqlite3_stmt* raw = nullptr;
  const int rc = sqlite3_prepare_v2(db_.get(), sql.data(), static_cast<int>(sql.size()), &raw, nullptr);
  if (rc != SQLITE_OK || !raw) {
    sqlite3_finalize(raw);
    error = DbError(db_.get(), "cannot prepare statement '" + std::string(sql.substr(0, 60)) + "'");
    return nullptr;
  }
  return std::make_unique<SqliteCursor>(db_.get(), raw, std::string(sql), cache_);
}

std::optional<Error> SqliteConn::Begin(bool /*serialize_writers*/) { return sql::Exec(db_.get(), "BEGIN IMMEDIATE"); }

}  // namespace ogpx::model::sql
