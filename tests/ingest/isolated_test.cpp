// ingest/isolated.h: work in a child process that is killed at a deadline or
// on cancel (the OCR of a page, issue 22), and the bytes it hands back
// (ingest/word_lines.h).
#include "ingest/isolated.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>

#include "ingest/word_lines.h"

namespace ogpx::ingest {
namespace {

using Clock = std::chrono::steady_clock;

Clock::time_point In(int ms) { return Clock::now() + std::chrono::milliseconds(ms); }

TEST(Isolated, ReturnsWhatTheWorkReturnedAndChangesNothingHere) {
  int touched = 0;
  auto run = RunIsolated([&] { touched = 1; return std::string("reading\0bytes", 13); }, In(60'000), nullptr);
  EXPECT_EQ(run.status, IsolatedStatus::kOk) << run.error;
  EXPECT_EQ(run.output, std::string("reading\0bytes", 13));
  EXPECT_EQ(touched, 0);  // the child's memory is its own
  // More than a pipe holds at once.
  run = RunIsolated([] { return std::string(1 << 22, 'x'); }, In(60'000), nullptr);
  EXPECT_EQ(run.status, IsolatedStatus::kOk) << run.error;
  EXPECT_EQ(run.output.size(), std::size_t{1} << 22);
}

TEST(Isolated, WorkThatNeverEndsIsKilledAtTheDeadline) {
  // Without the kill this test would never end (ctest's timeout).
  auto run = RunIsolated([]() -> std::string { for (volatile bool go = true; go;) {} return ""; }, In(200), nullptr);
  EXPECT_EQ(run.status, IsolatedStatus::kTimeout);
  EXPECT_TRUE(run.output.empty());
}

TEST(Isolated, CancelKillsTheWork) {
  std::atomic<bool> cancel{false};
  std::thread later([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    cancel = true;
  });
  auto run = RunIsolated([]() -> std::string { for (volatile bool go = true; go;) {} return ""; }, In(600'000), &cancel);
  later.join();
  EXPECT_EQ(run.status, IsolatedStatus::kCancelled);
}

TEST(Isolated, AThrowOrACrashInTheWorkIsAFailureHere) {
  auto run = RunIsolated([]() -> std::string { throw std::runtime_error("no"); }, In(60'000), nullptr);
  EXPECT_EQ(run.status, IsolatedStatus::kFailed);
  EXPECT_NE(run.error.find("exit 3"), std::string::npos) << run.error;
  run = RunIsolated([]() -> std::string { std::abort(); }, In(60'000), nullptr);
  EXPECT_EQ(run.status, IsolatedStatus::kFailed);
  EXPECT_NE(run.error.find("killed by signal 6"), std::string::npos) << run.error;
}

TEST(Isolated, ThreadsRunningWorkAtOnceEachGetTheirOwnOutput) {
  // A child keeps no copy of another thread's pipe, so a quick one is not
  // held back by a slow one.
  std::thread slow([] { (void)RunIsolated([]() -> std::string { for (volatile bool go = true; go;) {} return ""; },
                                         In(3000), nullptr); });
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  const auto started = Clock::now();
  auto quick = RunIsolated([] { return std::string("quick"); }, In(60'000), nullptr);
  const double seconds = std::chrono::duration<double>(Clock::now() - started).count();
  slow.join();
  EXPECT_EQ(quick.output, "quick");
  EXPECT_LT(seconds, 2.5) << "waited for the slow child's end";
}

TEST(WordLines, ReadingsSurviveTheTripAndBrokenOnesAreRefused) {
  Reading reading;
  reading.status = ReadingStatus::kOk;
  Word a;
  a.text = "Монгол";
  a.box = {1, 2, 3, 4};
  a.confidence = 91.5;
  a.font_size = 10;
  a.baseline = 3.5;
  Word b = a;
  b.text = "";
  reading.lines = {{a, b}, {}, {a}};
  const std::string bytes = EncodeReading(reading);
  Reading back;
  ASSERT_TRUE(DecodeReading(bytes, back));
  EXPECT_EQ(back.status, ReadingStatus::kOk);
  ASSERT_EQ(back.lines.size(), 3u);
  ASSERT_EQ(back.lines[0].size(), 2u);
  EXPECT_EQ(back.lines[0][0].text, "Монгол");
  EXPECT_EQ(back.lines[0][0].box, a.box);
  EXPECT_EQ(back.lines[0][0].confidence, 91.5);
  EXPECT_EQ(back.lines[0][0].baseline, 3.5);
  EXPECT_TRUE(back.lines[1].empty());
  for (std::size_t cut = 0; cut < bytes.size(); ++cut)
    EXPECT_FALSE(DecodeReading(bytes.substr(0, cut), back)) << cut;
  EXPECT_FALSE(DecodeReading(bytes + "x", back));
}

}  // namespace
}  // namespace ogpx::ingest
