// The PostgreSQL backend of model/sql.h (libpq). Each distinct statement is
// prepared once per connection (PQprepare, named s1, s2, ...) and run with
// PQexecPrepared in text format: parameters as text, which the server types
// from their place in the statement; results read back as text and converted
// (booleans as 1 and 0). Prepared statements outlive transactions, so a
// document's hundreds of inserts are parsed and planned once per worker.
// Built into the PostgreSQL module ogpx_pg.so (pg_module.h): ConnectLibpq is
// what ConnectPostgres returns.
#include <libpq-fe.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <unordered_map>
#include <vector>

#include "model/pg_module.h"
#include "model/sql.h"

namespace ogpx::model::sql {
namespace {

// Key of the transaction advisory lock that writers of documents queue on
// ("OGPX" in ASCII, like the SQLite application_id).
constexpr long long kWriterLock = 0x4F475058;

struct ResultCloser {
  void operator()(PGresult* r) const { PQclear(r); }
};
using PgResult = std::unique_ptr<PGresult, ResultCloser>;

struct ConnCloser {
  void operator()(PGconn* c) const { PQfinish(c); }
};

std::string Field(const PGresult* r, int code) {
  const char* s = r ? PQresultErrorField(r, code) : nullptr;
  return s ? s : "";
}

// What failed, from the result (or the connection when there is none).
Error ResultError(PGconn* conn, const PGresult* r, std::string_view what) {
  std::string message = Field(r, PG_DIAG_MESSAGE_PRIMARY);
  if (message.empty()) {
    message = PQerrorMessage(conn);
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
  }
  const std::string detail = Field(r, PG_DIAG_MESSAGE_DETAIL);
  if (!detail.empty()) message += " (" + detail + ")";
  return Error{ErrorKind::kIo, "", std::nullopt, std::string(what) + ": " + message};
}

bool Succeeded(const PGresult* r) {
  const auto status = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
  return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
}

class PgConn;

class PgCursor : public Cursor {
 public:
  // Parameters not bound are NULL (as in SQLite).
  PgCursor(PgConn& conn, std::string_view sql) : conn_(conn) {
    int count = 0;
    sql_ = NumberedParameters(sql, &count);
    params_.resize(static_cast<std::size_t>(count));
  }

  void Bind(int index, int64_t value) override { Set(index, std::to_string(value)); }
  void Bind(int index, double value) override {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.17g", value);
    Set(index, buf);
  }
  void Bind(int index, std::string_view value) override { Set(index, std::string(value)); }
  void BindNull(int index) override {
    if (index >= 1) Slot(index) = std::nullopt;
  }
  bool Step(std::optional<Error>& error) override;
  void Reset() override {
    result_.reset();
    row_ = -1;
    std::fill(params_.begin(), params_.end(), std::nullopt);
  }
  int Columns() const override { return result_ ? PQnfields(result_.get()) : 0; }
  std::string ColumnName(int col) const override { return PQfname(result_.get(), col); }
  ValueType Type(int col) const override {
    if (PQgetisnull(result_.get(), row_, col)) return ValueType::kNull;
    switch (PQftype(result_.get(), col)) {
      case 16: case 20: case 21: case 23: return ValueType::kInt;  // bool, int8, int2, int4
      case 700: case 701: case 1700: return ValueType::kReal;      // float4, float8, numeric
      default: return ValueType::kText;
    }
  }
  int64_t Int(int col) const override {
    const char* v = PQgetvalue(result_.get(), row_, col);
    if (v[0] == 't' && v[1] == '\0') return 1;
    if (v[0] == 'f' && v[1] == '\0') return 0;
    return std::strtoll(v, nullptr, 10);
  }
  double Real(int col) const override { return std::strtod(PQgetvalue(result_.get(), row_, col), nullptr); }
  std::string Text(int col) const override {
    return std::string(PQgetvalue(result_.get(), row_, col),
                       static_cast<std::size_t>(PQgetlength(result_.get(), row_, col)));
  }
  bool UserError() const override { return user_error_; }

 private:
  std::optional<std::string>& Slot(int index) {
    if (params_.size() < static_cast<std::size_t>(index)) params_.resize(static_cast<std::size_t>(index));
    return params_[static_cast<std::size_t>(index - 1)];
  }
  void Set(int index, std::string value) {
    if (index >= 1) Slot(index) = std::move(value);
  }
  PgConn& conn_;
  std::string sql_;
  std::vector<std::optional<std::string>> params_;
  PgResult result_;
  int row_ = -1;
  bool user_error_ = false;
};

class PgConn : public Conn {
 public:
  PgConn(PGconn* conn, std::string name) : conn_(conn), name_(std::move(name)) {}
  Dialect dialect() const override { return Dialect::kPostgres; }
  const std::string& name() const override { return name_; }
  std::unique_ptr<Cursor> Prepare(std::string_view sql, std::optional<Error>&) override {
    return std::make_unique<PgCursor>(*this, sql);
  }
  std::optional<Error> Exec(const std::string& sql) override {
    PgResult r(PQexec(conn_.get(), sql.c_str()));
    if (Succeeded(r.get())) return std::nullopt;
    Note(r.get());
    return ResultError(conn_.get(), r.get(), "database error");
  }
  std::optional<Error> Begin(bool serialize_writers) override {
    if (auto e = Exec("BEGIN")) return e;
    if (!serialize_writers) return std::nullopt;
    if (auto e = Exec("SELECT pg_advisory_xact_lock(" + std::to_string(kWriterLock) + ")")) {
      Exec("ROLLBACK");
      return e;
    }
    return std::nullopt;
  }
  // The name `sql` is prepared under, preparing it the first time; "" and
  // `error` when the server refuses it.
  std::string Prepared(const std::string& sql, std::optional<Error>& error, bool& user_error) {
    if (auto it = prepared_.find(sql); it != prepared_.end()) return it->second;
    const std::string name = "s" + std::to_string(prepared_.size() + 1);
    PgResult r(PQprepare(conn_.get(), name.c_str(), sql.c_str(), 0, nullptr));
    if (!Succeeded(r.get())) {
      user_error = Note(r.get());
      error = ResultError(conn_.get(), r.get(), "database error");
      return "";
    }
    prepared_.emplace(sql, name);
    return name;
  }
  bool TakeRetryable() override {
    const bool r = retryable_;
    retryable_ = false;
    return r;
  }
  PGconn* raw() const { return conn_.get(); }
  // Remembers whether the failure in `r` is worth a retry; true for a
  // failure of the query itself (syntax, a bad value).
  bool Note(const PGresult* r) {
    const std::string state = Field(r, PG_DIAG_SQLSTATE);
    retryable_ = state == "40001" || state == "40P01" || state == "23505";
    return state.rfind("42", 0) == 0 || state.rfind("22", 0) == 0;
  }

 private:
  std::unique_ptr<PGconn, ConnCloser> conn_;
  std::string name_;
  bool retryable_ = false;
  std::unordered_map<std::string, std::string> prepared_;  // SQL -> statement name
};

bool PgCursor::Step(std::optional<Error>& error) {
  if (!result_) {
    const std::string name = conn_.Prepared(sql_, error, user_error_);
    if (error) return false;
    std::vector<const char*> values;
    for (const auto& p : params_) values.push_back(p ? p->c_str() : nullptr);
    result_.reset(PQexecPrepared(conn_.raw(), name.c_str(), static_cast<int>(values.size()), values.data(),
                                 nullptr, nullptr, 0));
    if (!Succeeded(result_.get())) {
      user_error_ = conn_.Note(result_.get());
      error = ResultError(conn_.raw(), result_.get(), "database error");
      result_.reset();
      return false;
    }
    row_ = 0;
  } else {
    ++row_;
  }
  return row_ < PQntuples(result_.get());
}

}  // namespace

Result<std::unique_ptr<Conn>> ConnectLibpq(const std::string& url) {
  std::unique_ptr<PGconn, ConnCloser> conn(PQconnectdb(url.c_str()));
  const std::string name = PrintableUrl(url);
  if (!conn || PQstatus(conn.get()) != CONNECTION_OK) {
    std::string message = conn ? PQerrorMessage(conn.get()) : "out of memory";
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
    // libpq's hints come on lines of their own: one line, as every ogpx error.
    for (std::size_t at; (at = message.find_first_of("\n\t")) != std::string::npos;)
      message.replace(at, message.find_first_not_of("\n\t", at) - at, at > 0 && message[at - 1] == '.' ? " " : "; ");
    return Error{ErrorKind::kIo, name, std::nullopt, "cannot connect to PostgreSQL: " + message};
  }
  // The server's notices (an IF NOT EXISTS that found something) are not ours to print.
  PQsetNoticeProcessor(conn.get(), [](void*, const char*) {}, nullptr);
  auto pg = std::make_unique<PgConn>(conn.release(), name);
  if (auto e = pg->Exec("SET client_encoding = 'UTF8'; SET TIME ZONE 'UTC'; SET client_min_messages = warning")) {
    e->file = name;
    return *e;
  }
  return std::unique_ptr<Conn>(std::move(pg));
}

}  // namespace ogpx::model::sql
