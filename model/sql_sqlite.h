// The SQLite backend of model/sql.h: a Conn over one sqlite3 connection
// (model/schema_sqlite.h), private to model/. model::Store::Open opens the
// file and checks it (owner, version, WAL); this only runs the SQL.
#pragma once

#include <string>

#include "model/schema_sqlite.h"
#include "model/sql.h"

namespace ogpx::model::sql {

class SqliteConn : public Conn {
 public:
  SqliteConn(Db db, std::string name) : db_(std::move(db)), name_(std::move(name)) {}
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
};

}  // namespace ogpx::model::sql
