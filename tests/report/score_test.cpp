// The test scorer itself agrees with score.py (values computed with Python's
// difflib) and can fail: a damaged prediction scores below a perfect one.
#include <gtest/gtest.h>

#include <fstream>

#include "report/report_score.h"

namespace ogpx::testing {
namespace {

using nlohmann::json;

json Gold(const std::string& base) {
  std::ifstream in(std::string(OGPX_SAMPLES_DIR) + "/" + base + ".gold.json");
  return json::parse(in);
}

TEST(ReportScore, RatioMatchesDifflib) {
  EXPECT_DOUBLE_EQ(SimilarityRatio("abcd", "bcde"), 0.75);
  EXPECT_NEAR(SimilarityRatio("the quick brown fox", "the quick brown fix jumps"), 0.8181818, 1e-6);
  EXPECT_NEAR(SimilarityRatio("ихээхэн", "ихээхэн хувь"), 0.7368421, 1e-6);
}

TEST(ReportScore, NormFoldsCasePunctuationAndSpace) {
  EXPECT_EQ(NormForScore("https://Shilen,gov.mn"), NormForScore("https://shilen.gov.mn"));
  EXPECT_EQ(NormForScore("  Ministry  of   Finance. "), "ministry of finance");
}

TEST(ReportScore, GoldAgainstItselfIsPerfect) {
  const json gold = Gold("report-mof-2024q3-en");
  const Score s = ScoreReport(gold, gold);
  EXPECT_EQ(s.fp, 0);
  EXPECT_EQ(s.fn, 0);
  EXPECT_EQ(s.tp, 59);  // what score.py reports for this file
  EXPECT_DOUBLE_EQ(s.f1(), 1.0);
}

TEST(ReportScore, DamageCostsPoints) {
  const json gold = Gold("report-mmhi-2024q4-mn");
  json pred = gold;
  auto& entries = pred["progress_report"]["entries"];
  entries.erase(entries.begin());                         // one entry lost
  entries[0]["status"] = "complete";                      // one wrong status
  entries[0]["evidence"].push_back("https://example.org"); // one extra item
  pred["progress_report"]["submitted"] = nullptr;         // one missing date
  const Score s = ScoreReport(gold, pred);
  // score.py on the same damage: f1=0.8077 tp=21 fp=2 fn=8.
  EXPECT_EQ(s.tp, 21);
  EXPECT_EQ(s.fp, 2);
  EXPECT_EQ(s.fn, 8);
  EXPECT_NEAR(s.f1(), 0.8077, 1e-4);
}

}  // namespace
}  // namespace ogpx::testing
