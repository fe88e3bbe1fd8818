// The store's database connection, whichever the backend (SQLite or
// PostgreSQL), private to model/: the store and the schema run the same SQL
// through it. docs/schema.md, "Backends".
//
// SQL is written once, in the dialect both backends agree on: positional
// parameters `?` (or `?N`, 1-based), `INSERT ... RETURNING id`,
// `ON CONFLICT (...) DO NOTHING`. What differs (types of the DDL, functions of
// the views, full-text search, row locks) is in model/dialect.h, and only
// there. PostgreSQL's parameters are translated ($N) when a statement is
// prepared.
//
// Ownership: Conn owns one connection (closed in its destructor); Stmt owns
// one statement; Transaction rolls back in its destructor unless Commit()
// succeeded. None of them throw: failures come back as ogpx::Error (kind kIo)
// with the backend's message. Thread-safety: one connection per thread.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "base/status.h"

namespace ogpx::model::sql {

enum class Dialect { kSqlite, kPostgres };

// The type of a column value as the backend reports it.
enum class ValueType { kNull, kInt, kReal, kText };

// One prepared statement of a backend (implemented in sql_sqlite.cpp and
// sql_postgres.cpp). Indexes of Bind are 1-based, of columns 0-based.
class Cursor {
 public:
  virtual ~Cursor() = default;
  virtual void Bind(int index, int64_t value) = 0;
  virtual void Bind(int index, double value) = 0;
  virtual void Bind(int index, std::string_view value) = 0;
  virtual void BindNull(int index) = 0;
  // True when a row is available; false when done or on error (set then).
  virtual bool Step(std::optional<Error>& error) = 0;
  virtual void Reset() = 0;  // back to the start, bindings cleared
  virtual int Columns() const = 0;
  virtual std::string ColumnName(int col) const = 0;
  virtual ValueType Type(int col) const = 0;
  virtual int64_t Int(int col) const = 0;   // booleans as 1 and 0
  virtual double Real(int col) const = 0;
  virtual std::string Text(int col) const = 0;
  // The last error was the query's own (a malformed search expression), not
  // the database's.
  virtual bool UserError() const = 0;
};

class Conn {
 public:
  virtual ~Conn() = default;
  virtual Dialect dialect() const = 0;
  // Where the connection goes, for messages (a file, or a URL without password).
  virtual const std::string& name() const = 0;
  // Prepares `sql` (shared dialect: `?` parameters); nullptr and `error` on failure.
  virtual std::unique_ptr<Cursor> Prepare(std::string_view sql, std::optional<Error>& error) = 0;
  // Runs one or more statements without parameters or results.
  virtual std::optional<Error> Exec(const std::string& sql) = 0;
  // Starts a write transaction: SQLite BEGIN IMMEDIATE (writers queue on
  // the database lock); PostgreSQL BEGIN and, when `serialize_writers`, a
  // transaction advisory lock that writers of documents queue on, so that
  // each sees the rows the one before committed (linking, docs/schema.md).
  virtual std::optional<Error> Begin(bool serialize_writers) = 0;
  // The last failure was one that a retry of the whole transaction may not
  // meet again (PostgreSQL: deadlock, serialization failure, a unique key
  // taken by a concurrent transaction). Cleared by the call.
  virtual bool TakeRetryable() = 0;
};

// Opens `target`: a postgresql:// or postgres:// URL (the PG* environment
// variables fill what it leaves out), else a SQLite file path. For SQLite
// this is only the raw connection; model::Store::Open does the checks.
// PostgreSQL is reached through the module ogpx_pg.so (pg_module.h), opened
// by the first call: when it cannot be opened, the Error names its path and
// why.
Result<std::unique_ptr<Conn>> ConnectPostgres(const std::string& url);

// `url` without its password, for messages.
std::string PrintableUrl(const std::string& url);

// Wraps a Cursor with chaining binders and an error kept until checked, as
// the store's code uses it.
class Stmt {
 public:
  Stmt(Conn& conn, std::string_view sql);

  bool ok() const { return cursor_ != nullptr; }
  Stmt& Bind(int index, int64_t value);
  Stmt& Bind(int index, int value) { return Bind(index, static_cast<int64_t>(value)); }
  Stmt& Bind(int index, double value);
  Stmt& Bind(int index, std::string_view value);
  Stmt& Bind(int index, const char* value) { return Bind(index, std::string_view(value)); }
  Stmt& Bind(int index, const std::string& value) { return Bind(index, std::string_view(value)); }
  Stmt& BindNull(int index);
  template <typename T>
  Stmt& Bind(int index, const std::optional<T>& value) {
    return value ? Bind(index, *value) : BindNull(index);
  }

  bool Step();
  std::optional<Error> Run();  // steps to completion
  // Steps once and returns the first column (an INSERT ... RETURNING id).
  Result<int64_t> Id();
  const std::optional<Error>& error() const { return error_; }
  bool user_error() const { return cursor_ && cursor_->UserError(); }
  void Reset();

  int Columns() const { return cursor_->Columns(); }
  std::string ColumnName(int col) const { return cursor_->ColumnName(col); }
  ValueType Type(int col) const { return cursor_->Type(col); }
  bool IsNull(int col) const { return cursor_->Type(col) == ValueType::kNull; }
  int64_t Int(int col) const { return cursor_->Int(col); }
  double Real(int col) const { return cursor_->Real(col); }
  std::string Text(int col) const { return cursor_->Text(col); }
  std::optional<int64_t> OptInt(int col) const;
  std::optional<int> OptInt32(int col) const;
  std::optional<std::string> OptText(int col) const;

 private:
  std::unique_ptr<Cursor> cursor_;
  std::optional<Error> error_;
};

// A write transaction (Conn::Begin); rolled back on destruction without Commit().
class Transaction {
 public:
  explicit Transaction(Conn& conn, bool serialize_writers = false);
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  ~Transaction();
  const std::optional<Error>& begin_error() const { return begin_error_; }
  std::optional<Error> Commit();

 private:
  Conn& conn_;
  bool open_ = false;
  std::optional<Error> begin_error_;
};

// Value of a query returning one integer.
Result<int64_t> QueryInt(Conn& conn, const std::string& sql);

// `sql` with its `?` and `?N` parameters as PostgreSQL's $N (string literals,
// quoted names and comments left alone); `count` gets the highest N.
std::string NumberedParameters(std::string_view sql, int* count = nullptr);

}  // namespace ogpx::model::sql
