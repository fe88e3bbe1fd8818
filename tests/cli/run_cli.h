// Runs the ogpx binary in a shell with a fixed locale and captures its exit
// code, stdout and stderr (test helper).
#pragma once

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>
#include <sys/wait.h>

namespace ogpx::testing {

struct CliRun {
  int exit_code = -1;
  std::string out, err;
};

inline std::string ReadAll(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Runs the shell command line `command` (quote yourself) with LC_ALL=C.UTF-8.
inline CliRun RunShell(const std::string& command) {
  namespace fs = std::filesystem;
  static int counter = 0;
  fs::path base = fs::temp_directory_path() /
                  ("ogpx-cli-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
  std::string cmd = "LC_ALL=C.UTF-8 " + command + " >'" + base.string() + ".out' 2>'" + base.string() +
                    ".err' </dev/null";
  int status = std::system(cmd.c_str());
  CliRun run;
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  run.out = ReadAll(base.string() + ".out");
  run.err = ReadAll(base.string() + ".err");
  fs::remove(base.string() + ".out");
  fs::remove(base.string() + ".err");
  return run;
}

// `args` is appended to the binary's path as shell words (quote yourself).
inline CliRun RunOgpx(const std::string& args) { return RunShell("'" + std::string(OGPX_BINARY) + "' " + args); }

inline std::string Sample(const std::string& name) { return std::string(OGPX_SAMPLES_DIR) + "/" + name; }

// A test with a fresh folder of its own (removed after the test), named
// after the suite and the test.
class TempDirTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = std::filesystem::temp_directory_path() /
           ("ogpx-" + std::string(info->test_suite_name()) + "-" + std::to_string(::getpid()) + "-" + info->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::string Path(const std::string& name) const { return (dir_ / name).string(); }
  std::filesystem::path dir_;
};

// One integer from the database at `db`, -1 on failure (read-only, waiting
// up to 10 s for a writer).
inline long long QueryInt(const std::string& db, const std::string& sql) {
  sqlite3* raw = nullptr;
  long long v = -1;
  if (sqlite3_open_v2(db.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_busy_timeout(raw, 10000);
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(raw, sql.c_str(), -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
      v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
  }
  sqlite3_close(raw);
  return v;
}

}  // namespace ogpx::testing
