// Test fixture: a fresh database file in a private temporary folder, and a
// second raw SQLite connection to inspect (or sabotage) it.
#pragma once

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "model/store.h"
#include "gold.h"

namespace ogpx::testing {

class DbTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = std::filesystem::temp_directory_path() /
           ("ogpx-model-" + std::string(info->test_suite_name()) + "-" + info->name() + "-" +
            std::to_string(::getpid()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    path_ = (dir_ / "ogpx.sqlite").string();
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  // A sample's gold file as a document (an empty one, with a failure, when
  // it cannot be read).
  model::Document Gold(const std::string& name) {
    auto doc = GoldDocument(name);
    EXPECT_TRUE(doc.ok()) << name << ": " << (doc.ok() ? "" : doc.error().ToString());
    return doc.ok() ? *doc : model::Document{};
  }

  void Ingest(model::Store& store, const model::Document& doc) {
    auto outcome = store.Ingest(doc, 1);
    ASSERT_TRUE(outcome.ok()) << outcome.error().ToString();
  }

  model::Store OpenStore() {
    auto store = model::Store::Open(path_);
    EXPECT_TRUE(store.ok()) << (store.ok() ? "" : store.error().ToString());
    return std::move(store).value();
  }

  // Runs SQL on a separate connection; returns the first column of the first
  // row as an integer (0 when there is no row).
  long long Query(const std::string& sql) {
    sqlite3* db = nullptr;
    sqlite3_open(path_.c_str(), &db);
    sqlite3_stmt* st = nullptr;
    long long value = 0;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK) {
      if (sqlite3_step(st) == SQLITE_ROW) value = sqlite3_column_int64(st, 0);
    } else {
      ADD_FAILURE() << sqlite3_errmsg(db) << " in " << sql;
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    return value;
  }

  void Exec(const std::string& sql) {
    sqlite3* db = nullptr;
    sqlite3_open(path_.c_str(), &db);
    char* msg = nullptr;
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &msg) != SQLITE_OK)
      ADD_FAILURE() << (msg ? msg : "") << " in " << sql;
    sqlite3_free(msg);
    sqlite3_close(db);
  }

  long long Count(const std::string& table) { return Query("SELECT count(*) FROM " + table); }

  std::filesystem::path dir_;
  std::string path_;
};

}  // namespace ogpx::testing
