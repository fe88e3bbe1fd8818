// Store tests run on both backends (TEST_P over Backend): SQLite in a file
// of a private temporary folder, PostgreSQL in a schema of its own on the
// server named by OGPX_TEST_PG (tests/support/test_pg.h; skipped, saying
// why, without it). Query() and Exec() go through a second connection of
// the same backend.
#pragma once

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "gold.h"
#include "model/sql_sqlite.h"
#include "model/store.h"
#include "tests/support/test_pg.h"

namespace ogpx::testing {

// Column 0 of every row of `sql` on the database `db` (a SQLite file or a
// PostgreSQL URL), as text, sorted.
inline std::vector<std::string> ColumnOf(const std::string& db, const std::string& sql) {
  std::unique_ptr<model::sql::Conn> conn;
  if (model::IsPostgresUrl(db)) {
    auto pg = model::sql::ConnectPostgres(db);
    EXPECT_TRUE(pg.ok()) << (pg.ok() ? "" : pg.error().ToString());
    if (!pg) return {};
    conn = std::move(pg).value();
  } else {
    sqlite3* raw = nullptr;
    sqlite3_open(db.c_str(), &raw);
    conn = std::make_unique<model::sql::SqliteConn>(model::sql::Db(raw), db);
  }
  std::vector<std::string> out;
  model::sql::Stmt st(*conn, sql);
  while (st.Step()) out.push_back(st.Text(0));
  if (st.error()) ADD_FAILURE() << st.error()->ToString() << " in " << sql;
  std::sort(out.begin(), out.end());
  return out;
}

class BackendTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    const std::string name = std::string(info->test_suite_name()) + "-" + info->name();
    if (GetParam() == Backend::kPostgres) {
      if (!PostgresBaseUrl()) GTEST_SKIP() << kNoPostgres;
      pg_ = std::make_unique<PgSchema>(name);
      db_ = pg_->url();
      return;
    }
    std::string file;
    for (char c : name) file += c == '/' ? '-' : c;
    dir_ = std::filesystem::temp_directory_path() / ("ogpx-backend-" + file + "-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    db_ = (dir_ / "ogpx.sqlite").string();
  }
  void TearDown() override {
    raw_.reset();
    pg_.reset();
    if (!dir_.empty()) std::filesystem::remove_all(dir_);
  }

  bool postgres() const { return GetParam() == Backend::kPostgres; }

  model::Store OpenStore(const std::string& db = "") {
    auto store = model::Store::Open(db.empty() ? db_ : db);
    EXPECT_TRUE(store.ok()) << (store.ok() ? "" : store.error().ToString());
    return std::move(store).value();
  }

  model::Document Gold(const std::string& name) {
    auto doc = GoldDocument(name);
    EXPECT_TRUE(doc.ok()) << name << ": " << (doc.ok() ? "" : doc.error().ToString());
    return doc.ok() ? *doc : model::Document{};
  }

  // The document stored with these bytes (an Error when there is none).
  static Result<model::Document> Stored(model::Store& store, const std::string& sha256) {
    auto id = store.FindDocument(sha256);
    if (!id) return id.error();
    if (!*id) return Error{ErrorKind::kNotFound, "", std::nullopt, "no document " + sha256};
    return store.Load(**id);
  }

  // The first column of the first row as an integer (0 without a row).
  long long Query(const std::string& sql) {
    if (pg_) return pg_->Query(sql);
    model::sql::Stmt st(Raw(), sql);
    if (st.Step()) return st.Int(0);
    if (st.error()) ADD_FAILURE() << st.error()->ToString() << " in " << sql;
    return 0;
  }
  void Exec(const std::string& sql) {
    if (pg_) return pg_->Exec(sql);
    if (auto e = Raw().Exec(sql)) ADD_FAILURE() << e->ToString() << " in " << sql;
  }
  long long Count(const std::string& table) { return Query("SELECT count(*) FROM " + table); }

  std::string db_;  // what Store::Open takes: a file or a URL
  std::filesystem::path dir_;

 private:
  model::sql::Conn& Raw() {
    if (!raw_) {
      sqlite3* db = nullptr;
      sqlite3_open(db_.c_str(), &db);
      sqlite3_busy_timeout(db, 10000);
      raw_ = std::make_unique<model::sql::SqliteConn>(model::sql::Db(db), db_);
    }
    return *raw_;
  }
  std::unique_ptr<PgSchema> pg_;
  std::unique_ptr<model::sql::Conn> raw_;
};

}  // namespace ogpx::testing
