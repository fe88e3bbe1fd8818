// Helpers of the batch tests (tests/cli/batch_test.cpp, hostile_test.cpp,
// scale_test.cpp, db_copy_test.cpp): the --report JSON, the sqlite3 shell,
// the JSON export, ogpx started without waiting.
#pragma once

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "tests/cli/run_cli.h"

namespace ogpx::testing {

inline nlohmann::json Report(const std::string& path) { return nlohmann::json::parse(ReadAll(path)); }

// File name (without folder) -> status, of a --report.
inline std::map<std::string, std::string> StatusByFile(const nlohmann::json& report) {
  std::map<std::string, std::string> out;
  for (const auto& f : report["files"])
    out[std::filesystem::path(f["file"].get<std::string>()).filename()] = f["status"];
  return out;
}

// What the sqlite3 shell prints for `sql` on `db`.
inline std::string Sqlite3(const std::string& db, const std::string& sql) {
  std::string cmd = "sqlite3 '" + db + "' '" + sql + "' 2>&1";
  std::string out;
  if (FILE* p = ::popen(cmd.c_str(), "r")) {
    char buf[256];
    while (std::fgets(buf, sizeof buf, p)) out += buf;
    ::pclose(p);
  }
  return out;
}

inline std::string IntegrityCheck(const std::string& db) { return Sqlite3(db, "PRAGMA integrity_check"); }

// Documents whose stored page rows do not match their page count: a
// document written in part (none may exist).
inline long long PartialDocuments(const std::string& db) {
  return QueryInt(db, "SELECT count(*) FROM documents d WHERE d.pages > 0 AND NOT EXISTS "
                      "(SELECT 1 FROM pages p WHERE p.document_id = d.id)");
}

// Every file of the JSON export of `db` (a file or a PostgreSQL URL) into
// the folder `out`, by name.
inline std::map<std::string, std::string> Exported(const std::string& db, const std::string& out) {
  auto run = RunOgpx("export --quiet --db '" + db + "' --format json --out '" + out + "'");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  std::map<std::string, std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(out)) files[e.path().filename()] = ReadAll(e.path());
  return files;
}

// Starts `ogpx ARGS` (shell words) without waiting; output to `log`.
// `shell` runs first in the same shell ("ulimit -f 100;").
inline pid_t Start(const std::string& args, const std::string& log, const std::string& shell = "") {
  pid_t pid = ::fork();
  if (pid == 0) {
    std::string cmd = shell + " exec '" + std::string(OGPX_BINARY) + "' " + args + " >'" + log + "' 2>&1 </dev/null";
    ::execl("/bin/sh", "sh", "-c", cmd.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  return pid;
}

// The exit code of `pid`; 128 + the signal when a signal ended it.
inline int Wait(pid_t pid) {
  int status = 0;
  ::waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : WIFSIGNALED(status) ? 128 + WTERMSIG(status) : -1;
}

}  // namespace ogpx::testing
