// PostgreSQL in tests: the server that ./test starts (tests/pg/cluster.sh)
// is named by the environment variable OGPX_TEST_PG (a postgresql:// URL).
// Each test works in a schema of its own (created empty, dropped at the
// end), reached through the URL's options=-csearch_path=..., so that tests
// run in parallel on one database. Without OGPX_TEST_PG the tests that need
// it skip, saying why (kNoPostgres).
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <memory>
#include <optional>
#include <string>

#include "model/sql.h"

namespace ogpx::testing {

inline constexpr const char* kNoPostgres =
    "OGPX_TEST_PG is not set: no PostgreSQL server to test against (./test starts a throwaway one with "
    "tests/pg/cluster.sh and sets it)";

// The two stores a test runs on (TEST_P).
enum class Backend { kSqlite, kPostgres };

inline std::string BackendName(const ::testing::TestParamInfo<Backend>& info) {
  return info.param == Backend::kSqlite ? "SQLite" : "PostgreSQL";
}

#define OGPX_ON_BOTH_BACKENDS(Suite) \
  INSTANTIATE_TEST_SUITE_P(Backends, Suite, ::testing::Values(Backend::kSqlite, Backend::kPostgres), BackendName)

inline std::optional<std::string> PostgresBaseUrl() {
  const char* url = std::getenv("OGPX_TEST_PG");
  if (!url || !*url) return std::nullopt;
  return std::string(url);
}

class PgSchema {
 public:
  // A fresh schema named after `hint` (letters and digits kept) and the
  // process; the base URL must be set (check PostgresBaseUrl first).
  explicit PgSchema(const std::string& hint) {
    name_ = "t";
    for (char c : hint)
      if (name_.size() < 40 && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) name_ += c;
      else if (name_.size() < 40 && c >= 'A' && c <= 'Z') name_ += static_cast<char>(c - 'A' + 'a');
    name_ += "_" + std::to_string(::getpid());
    const std::string base = *PostgresBaseUrl();
    url_ = base + (base.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" + name_;
    auto conn = model::sql::ConnectPostgres(base);
    if (!conn) {
      ADD_FAILURE() << conn.error().ToString();
      return;
    }
    admin_ = std::move(conn).value();
    Exec("DROP SCHEMA IF EXISTS " + name_ + " CASCADE; CREATE SCHEMA " + name_ + "; SET search_path = " + name_);
  }
  ~PgSchema() {
    if (admin_) admin_->Exec("DROP SCHEMA IF EXISTS " + name_ + " CASCADE");
  }
  PgSchema(const PgSchema&) = delete;
  PgSchema& operator=(const PgSchema&) = delete;

  const std::string& url() const { return url_; }
  const std::string& name() const { return name_; }

  // The first column of the first row as an integer (0 without a row). An
  // error fails the test, unless `polling` (a table not made yet): -1.
  long long Query(const std::string& sql, bool polling = false) {
    if (!admin_) return 0;
    model::sql::Stmt st(*admin_, sql);
    if (st.Step()) return st.Int(0);
    if (st.error() && polling) return -1;
    if (st.error()) ADD_FAILURE() << st.error()->ToString() << " in " << sql;
    return 0;
  }
  void Exec(const std::string& sql) {
    if (!admin_) return;
    if (auto e = admin_->Exec(sql)) ADD_FAILURE() << e->ToString() << " in " << sql;
  }

 private:
  std::string name_, url_;
  std::unique_ptr<model::sql::Conn> admin_;
};

}  // namespace ogpx::testing
