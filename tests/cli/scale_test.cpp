// One batch over many workers (issue 24, docs/scale-out.md), on the samples
// and on both backends: 4 concurrent `ingest --shard K/4` and 3 `--claim`
// workers store every document exactly once, equal to one SQLite process's
// result; a worker killed (kill -9) mid-document loses and duplicates
// nothing (its shard rerun; its claim taken over after the lease).
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <thread>

#include "base/sha256.h"
#include "tests/cli/batch_helpers.h"
#include "tests/support/test_pg.h"

namespace ogpx::testing {
namespace {

namespace fs = std::filesystem;

// samples/*.pdf (not the real-world set below it), sorted.
std::vector<std::string> SampleFiles() {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(OGPX_SAMPLES_DIR))
    if (e.path().extension() == ".pdf") out.push_back(e.path().string());
  std::sort(out.begin(), out.end());
  return out;
}

std::string Quoted(const std::vector<std::string>& files) {
  std::string out;
  for (const auto& f : files) out += "'" + f + "' ";
  return out;
}

// docs/scale-out.md's rule, written again here: the first 16 hex digits of
// the SHA-256 as a number, modulo N.
int ShardOf(const std::string& file, int n) {
  const std::string sha = Sha256Hex(ReadAll(file));
  return static_cast<int>(std::stoull(sha.substr(0, 16), nullptr, 16) % static_cast<unsigned long long>(n));
}

// The single-process SQLite result for the samples, made once per build of
// ogpx (the tests of this file share it; a lock keeps parallel tests from
// making it twice).
std::string ReferenceDb() {
  struct stat st {};
  ::stat(OGPX_BINARY, &st);
  const fs::path dir = fs::temp_directory_path() / ("ogpx-scaleout-reference-" + std::to_string(st.st_mtime));
  fs::create_directories(dir);
  const std::string db = (dir / "ref.sqlite").string();
  const int lock = ::open((dir / "lock").c_str(), O_CREAT | O_RDWR, 0644);
  ::flock(lock, LOCK_EX);
  if (!fs::exists(dir / "done")) {
    fs::remove(db);
    auto run = RunOgpx("ingest --quiet --db '" + db + "' " + Quoted(SampleFiles()));
    EXPECT_EQ(run.exit_code, 0) << run.err;
    if (run.exit_code == 0) std::ofstream(dir / "done") << "ok\n";
  }
  ::flock(lock, LOCK_UN);
  ::close(lock);
  return db;
}

class ScaleOut : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    std::string name = std::string(info->name()) + "-" + std::to_string(::getpid());
    std::replace(name.begin(), name.end(), '/', '-');
    dir_ = fs::temp_directory_path() / ("ogpx-scaleout-" + name);
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    if (GetParam() == Backend::kPostgres) {
      if (!PostgresBaseUrl()) GTEST_SKIP() << kNoPostgres;
      pg_ = std::make_unique<PgSchema>(name);
      db_ = pg_->url();
    } else {
      db_ = Path("db.sqlite");
    }
  }
  void TearDown() override {
    pg_.reset();
    fs::remove_all(dir_);
  }
  std::string Path(const std::string& name) const { return (dir_ / name).string(); }
  std::string Db() const { return "--db '" + db_ + "' "; }
  long long Query(const std::string& sql) { return pg_ ? pg_->Query(sql) : QueryInt(db_, sql); }
  // The same while the workers may not have made the schema yet (-1 then).
  long long Poll(const std::string& sql) { return pg_ ? pg_->Query(sql, true) : QueryInt(db_, sql); }
  // Documents stored, and SHA-256s stored more than once (none may be).
  void ExpectEveryFileOnceAndEqualToOneProcess() {
    const auto files = SampleFiles();
    EXPECT_EQ(Query("SELECT count(*) FROM documents"), static_cast<long long>(files.size()));
    EXPECT_EQ(Query("SELECT count(*) FROM (SELECT sha256 FROM documents GROUP BY sha256 HAVING count(*) > 1) AS d"), 0);
    EXPECT_EQ(Query("SELECT count(*) FROM documents d WHERE d.pages > 0 AND NOT EXISTS "
                    "(SELECT 1 FROM pages p WHERE p.document_id = d.id)"),
              0);
    EXPECT_EQ(Exported(db_, Path("out")), Exported(ReferenceDb(), Path("ref-out")));
  }

  fs::path dir_;
  std::string db_;
  std::unique_ptr<PgSchema> pg_;
};

TEST_P(ScaleOut, FourShardsCoverTheSamplesOnceAndAKilledShardIsRerun) {
  const auto files = SampleFiles();
  ASSERT_GE(files.size(), 12u);
  const std::string in = Quoted(files);
  std::vector<pid_t> workers;
  for (int k = 0; k < 4; ++k)
    workers.push_back(Start("ingest --quiet --jobs 1 --shard " + std::to_string(k) + "/4 --report '" +
                                Path("r" + std::to_string(k) + ".json") + "' " + Db() + in,
                            Path("w" + std::to_string(k) + ".log")));
  // The shard with the most files is killed in the middle of one: once a
  // document is stored by anyone and it is still running.
  std::vector<int> sizes(4);
  for (const auto& f : files) ++sizes[ShardOf(f, 4)];
  const int victim = static_cast<int>(std::max_element(sizes.begin(), sizes.end()) - sizes.begin());
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(10);
  while (Poll("SELECT count(*) FROM documents") < 1 && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  ::kill(workers[static_cast<std::size_t>(victim)], SIGKILL);
  std::map<std::string, int> seen;  // file -> times a report lists it
  for (int k = 0; k < 4; ++k) {
    const int code = Wait(workers[static_cast<std::size_t>(k)]);
    if (k == victim) {
      EXPECT_EQ(code, 128 + SIGKILL) << "the shard ended before it was killed";
      continue;
    }
    EXPECT_EQ(code, 0) << ReadAll(Path("w" + std::to_string(k) + ".log"));
    for (const auto& [file, status] : StatusByFile(Report(Path("r" + std::to_string(k) + ".json")))) {
      ++seen[file];
      EXPECT_EQ(ShardOf(Sample(file), 4), k) << file;
      EXPECT_EQ(status, "inserted") << file;
    }
  }
  EXPECT_LT(Query("SELECT count(*) FROM documents"), static_cast<long long>(files.size()));
  auto rerun = RunOgpx("ingest --quiet --jobs 1 --shard " + std::to_string(victim) + "/4 --report '" +
                       Path("rerun.json") + "' " + Db() + in);
  EXPECT_EQ(rerun.exit_code, 0) << rerun.err;
  for (const auto& [file, status] : StatusByFile(Report(Path("rerun.json")))) {
    ++seen[file];
    EXPECT_EQ(ShardOf(Sample(file), 4), victim) << file;
  }
  EXPECT_EQ(seen.size(), files.size());
  for (const auto& [file, times] : seen) EXPECT_EQ(times, 1) << file;
  ExpectEveryFileOnceAndEqualToOneProcess();
}

TEST_P(ScaleOut, ThreeClaimWorkersShareTheSamplesAndTakeOverAKilledOnesClaim) {
  const auto files = SampleFiles();
  const std::string in = Quoted(files);
  std::vector<pid_t> workers;
  for (int w = 0; w < 3; ++w)
    workers.push_back(Start("ingest --quiet --jobs 1 --claim --lease 3 --report '" + Path("r" + std::to_string(w) + ".json") +
                                "' " + Db() + in,
                            Path("w" + std::to_string(w) + ".log")));
  // Worker 0 is killed while it holds a claim (mid-document).
  const std::string held = "SELECT count(*) FROM claims WHERE state = 'open' AND worker LIKE '%:" +
                           std::to_string(workers[0]) + "'";
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(10);
  while (Poll(held) < 1 && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  ::kill(workers[0], SIGKILL);
  EXPECT_EQ(Wait(workers[0]), 128 + SIGKILL);
  std::map<std::string, int> seen;
  for (int w = 1; w < 3; ++w) {
    EXPECT_EQ(Wait(workers[static_cast<std::size_t>(w)]), 0) << ReadAll(Path("w" + std::to_string(w) + ".log"));
    for (const auto& [file, status] : StatusByFile(Report(Path("r" + std::to_string(w) + ".json")))) {
      ++seen[file];
      EXPECT_TRUE(status == "inserted" || status == "skipped") << file << " " << status;
    }
  }
  // Every file by one of the two (the killed worker's claim taken over once
  // its lease passed); documents the killed worker stored are skipped.
  EXPECT_EQ(seen.size() + static_cast<std::size_t>(Query("SELECT count(*) FROM claims WHERE state = 'done' AND "
                                                          "worker LIKE '%:" + std::to_string(workers[0]) + "'")),
            files.size());
  EXPECT_EQ(Query("SELECT count(*) FROM claims WHERE state <> 'done'"), 0);
  EXPECT_GE(Query("SELECT max(attempts) FROM claims"), 2);
  ExpectEveryFileOnceAndEqualToOneProcess();
  // A rerun finds nothing left to do.
  auto rerun = RunOgpx("ingest --jobs 1 --claim " + Db() + in);
  EXPECT_EQ(rerun.exit_code, 0) << rerun.err;
  EXPECT_EQ(Query("SELECT count(*) FROM documents"), static_cast<long long>(files.size()));
}

OGPX_ON_BOTH_BACKENDS(ScaleOut);

}  // namespace
}  // namespace ogpx::testing
