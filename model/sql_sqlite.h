// The SQLite backend of model/sql.h: a Conn over one sqlite3 connection
// (model/schema_sqlite.h), private to model/. model::Store::Open opens the
// file and checks it (owner, version, WAL); this only runs the SQL.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>

#include "model/schema_sqlite.h"
#include "model/sql.h"

namespace ogpx::model::sql {

// Statements the connection has prepared and its cursors have given back,
// reset, by their SQL: the store runs the same few INSERTs for every row, and
// parsing them again was a tenth of an ingest's time. Finalised before the
// connection closes (a member after `db_`).
class StmtCache {
 public:
  StmtCache() = default;
  StmtCache(const StmtCache&) = delete;
  StmtCache& operator=(const StmtCache&) = delete;
  ~StmtCache();
  sqlite3_stmt* Take(std::string_view sql);
  void Give(std::string sql, sqlite3_stmt* stmt);

 private:
  // At most this many idle statements (more different SQL than the store
  // has: ad-hoc queries of `ogpx sql` are finalised instead).
  static constexpr std::size_t kMaxIdle = 256;
  std::unordered_multimap<std::string, sqlite3_stmt*> idle_;
};

class SqliteConn : public Conn {
 public:
  SqliteConn(Db db, std::string name)
      : db_(std::move(db)), name_(std::move(name)), cache_(std::make_shared<StmtCache>()) {}
  Dialect dialect() const override { return Dialect::kSqlite; }
  const std::string& name() const override { return name_; }
  std::unique_ptr<Cursor> Prepare(std::string_view sql, std::optional<Error>& error) override;
  std::optional<Error> Exec(const std::string& sql) override { return sql::Exec(db_.get(), sql); }
  // BEGIN IMMEDIATE: the database's write lock, whatever `serialize_writers`.
  std::optional<Error> Begin(bool serialize_writers) override;
  bool TakeRetryable() override { return false; }  // writers wait on the lock (busy timeout)
  sqlite3* raw() const { return db_.get(); }

 private:
  Db db_;
  std::string name_;
  // Shared with the cursors, which may outlive the connection (they then
  // finalise their statement themselves); sqlite3_close_v2 waits for those.
  std::shared_ptr<StmtCache> cache_;
};

}  // namespace ogpx::model::sql
