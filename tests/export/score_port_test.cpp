// The shared C++ port of /work/shared/tools/score.py (tests/support/score.h)
// agrees with score.py. Every expected number here was computed with
// Python 3.11 (difflib, and score.py itself on the same edited JSON).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "support/score.h"

namespace ogpx::testing {
namespace {

using nlohmann::json;

json Gold(const std::string& base) {
  std::ifstream in(std::string(OGPX_SAMPLES_DIR) + "/" + base + ".gold.json");
  return json::parse(in);
}

void ExpectCounts(const Counts& c, int tp, int fp, int fn, const std::string& what) {
  EXPECT_EQ(c.tp, tp) << what;
  EXPECT_EQ(c.fp, fp) << what;
  EXPECT_EQ(c.fn, fn) << what;
}

bool HasMiss(const Score& s, const std::string& miss) {
  for (const auto& m : s.misses) {
    if (m == miss) return true;
  }
  return false;
}

TEST(ScorePort, RatioIsDifflibsNotLcs) {
  // difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()
  EXPECT_DOUBLE_EQ(SimilarityRatio("abcd", "bcde"), 0.75);
  EXPECT_DOUBLE_EQ(SimilarityRatio("d amarbayasgalan", "amarbayasgalan"), 0.9333333333333333);
  EXPECT_DOUBLE_EQ(SimilarityRatio("plan approval", "plan aproval"), 0.96);
  EXPECT_DOUBLE_EQ(SimilarityRatio("хяналт тавьж", "хяналт тавих"), 0.8333333333333334);
  EXPECT_DOUBLE_EQ(SimilarityRatio("abxcd", "abcd"), 0.8888888888888888);
  EXPECT_DOUBLE_EQ(SimilarityRatio("the cat sat", "cat the sat"), 0.6363636363636364);
  EXPECT_DOUBLE_EQ(SimilarityRatio("the quick brown fox", "the quick brown fix jumps"),
                   0.8181818181818182);
  EXPECT_DOUBLE_EQ(SimilarityRatio("ихээхэн", "ихээхэн хувь"), 0.7368421052631579);
  EXPECT_DOUBLE_EQ(SimilarityRatio("", ""), 1.0);
  EXPECT_DOUBLE_EQ(SimilarityRatio("a", ""), 0.0);
  EXPECT_DOUBLE_EQ(SimilarityRatio("ministry of finance", "ministry of finanse and economy"), 0.72);
  EXPECT_DOUBLE_EQ(SimilarityRatio("aaaaabbbbb", "bbbbbaaaaa"), 0.5);
  EXPECT_DOUBLE_EQ(SimilarityRatio("𝔘nicode 😀 x", "unicode 😀 y"), 0.8181818181818182);
  // Longest blocks first, then recursion on both sides: M = 2 here, while
  // the longest common subsequence has 4 characters.
  EXPECT_DOUBLE_EQ(SimilarityRatio("abaabb", "aaccabc"), 0.3076923076923077);
  // Over 200 characters: no autojunk (with it difflib gives 0.9367...).
  std::string a, b;
  for (int i = 0; i < 60; ++i) a += "the ";
  a += "end";
  for (int i = 0; i < 55; ++i) b += "the ";
  b += "and the end";
  EXPECT_DOUBLE_EQ(SimilarityRatio(a, b), 0.9620253164556962);
}

TEST(ScorePort, NormLikeScorePy) {
  EXPECT_EQ(NormForScore("  Д.АМАРБАЯСГАЛАН "), "д амарбаясгалан");
  EXPECT_EQ(NormForScore("“Plan”-г,  approval!"), "plan г approval");
  EXPECT_EQ(NormForScore("Straße ﬁnal №5"), "strasse final no5");
  EXPECT_EQ(NormForScore("ＡＢＣ①\t\n x\x1cy"), "abc1 x y");
  EXPECT_EQ(NormForScore("a\u00adb\u200bc"), "a\u00adb\u200bc");  // format characters stay
  EXPECT_EQ(NormForScore("Ministry\u00a0of  Finance."), "ministry of finance");
  EXPECT_EQ(NormForScore("https://Shilen,gov.mn"), "https shilen gov mn");
  EXPECT_EQ(NormForScore("ǅemal ΣΑΣ"), "džemal σασ");
  EXPECT_EQ(NormForScore("$100+5% = ¥"), "100 5");
}

TEST(ScorePort, NumLikeScorePy) {
  EXPECT_EQ(NumForScore(" 1.3. "), "1.3");
  EXPECT_EQ(NumForScore("1 . 3"), "1.3");
  EXPECT_EQ(NumForScore("1. 3 .\n"), "1.3");
  EXPECT_EQ(NumForScore("5.1.2\u00a0"), "5.1.2");
  EXPECT_EQ(NumForScore(5), "5");
  EXPECT_EQ(NumForScore(1.30), "1.3");
  EXPECT_EQ(NumForScore("1.3\u3000."), "1.3");
  EXPECT_EQ(NumForScore(json()), std::nullopt);
  EXPECT_EQ(NumForScore("..."), "");
}

TEST(ScorePort, SameLikeScorePy) {
  EXPECT_TRUE(SameForScore(5, "5", 0.9));
  EXPECT_TRUE(SameForScore("Ministry of Finance", "ministry  of finance!", 0.92));
  EXPECT_TRUE(SameForScore(json(), json(), 0.9));
  EXPECT_FALSE(SameForScore("", "x", 0.9));
  EXPECT_TRUE(SameForScore("!!", "?", 0.9));  // both normalise to ""
  EXPECT_TRUE(SameForScore(true, "true", 0.9));
  EXPECT_FALSE(SameForScore("x", json(), 0.9));
}

TEST(ScorePort, EveryGoldAgainstItselfIsPerfect) {
  // score.py GOLD GOLD: tp of each sample.
  const std::pair<const char*, int> expected[] = {
      {"nap5-en-chromium", 684},          {"nap5-en-scan", 684},
      {"nap5-en", 684},                   {"nap5-mn-excerpt", 109},
      {"order-120-en-scan", 15},          {"order-120-mn-legacy8", 15},
      {"order-120-mn-scan", 15},          {"order-120-mn", 15},
      {"report-mddc-2025h1-en-scan", 23}, {"report-mmhi-2024q4-mn-legacy", 29},
      {"report-mmhi-2024q4-mn", 29},      {"report-mof-2024q3-en", 59},
  };
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(OGPX_SAMPLES_DIR)) {
    const std::string name = entry.path().filename().string();
    const std::string suffix = ".gold.json";
    if (name.size() <= suffix.size() || name.compare(name.size() - suffix.size(), suffix.size(), suffix)) {
      continue;
    }
    ++files;
    const std::string base = name.substr(0, name.size() - suffix.size());
    const json gold = Gold(base);
    const Score s = ScoreDocument(gold, gold);
    EXPECT_DOUBLE_EQ(s.F1(), 1.0) << base << " " << s.Summary();
    EXPECT_EQ(s.fp(), 0) << base;
    EXPECT_EQ(s.fn(), 0) << base;
    for (const auto& [b, tp] : expected) {
      if (base == b) {
        EXPECT_EQ(s.tp(), tp) << base;
      }
    }
  }
  EXPECT_GE(files, 12);
}

TEST(ScorePort, EditedPlanCountsLikeScorePy) {
  const json gold = Gold("nap5-en");
  json pred = gold;
  auto& c = pred["action_plan"]["commitments"];
  c[0]["milestones"].erase(1);                        // milestone 1.2 dropped
  c[0]["milestones"][0]["number"] = "1.1.";           // still milestone 1.1
  c[1]["milestones"][0]["text"] = "Something else.";  // wrong text
  c[2]["lead"].erase(0);                              // a lead organisation lost
  c.push_back({{"number", "10."}, {"title", "Extra"}});
  const Score s = ScoreDocument(gold, pred);
  // score.py: f1=0.9860 tp=667 fp=2 fn=17
  ExpectCounts(s.Total(), 667, 2, 17, s.Summary());
  EXPECT_NEAR(s.F1(), 0.9860, 5e-5);
  ExpectCounts(s.by_category.at("commitment.found"), 9, 1, 0, "commitment.found");
  ExpectCounts(s.by_category.at("commitment.lead"), 8, 0, 1, "commitment.lead");
  ExpectCounts(s.by_category.at("milestone.found"), 38, 0, 1, "milestone.found");
  ExpectCounts(s.by_category.at("milestone.text"), 37, 1, 2, "milestone.text");
  ExpectCounts(s.by_category.at("milestone.due"), 74, 0, 2, "milestone.due");
  ExpectCounts(s.by_category.at("milestone.outputs"), 50, 0, 1, "milestone.outputs");
  ExpectCounts(s.by_category.at("milestone.lead"), 43, 0, 2, "milestone.lead");
  ExpectCounts(s.by_category.at("milestone.supporting"), 209, 0, 8, "milestone.supporting");
  ExpectCounts(s.by_category.at("milestone.group"), 8, 0, 0, "milestone.group");
  ExpectCounts(s.by_category.at("plan.participants"), 50, 0, 0, "plan.participants");
  EXPECT_EQ(s.by_category.size(), 16u);
  ExpectCounts(s.Category("milestone."), 459, 1, 16, "milestone.*");
  EXPECT_EQ(s.misses.size(), 18u);
  EXPECT_TRUE(HasMiss(s, "milestone.found: milestone 1.2 missing"));
  EXPECT_TRUE(HasMiss(s, "milestone.text: milestone 2.1 want 'Publish open information in the "
                         "\"www.shilen.gov.mn\" system.' got 'Something else.'"));
  EXPECT_TRUE(HasMiss(s, "milestone.supporting: milestone 1.2/civil_society missing \"'Publish what "
                         "you pay' civil society coalition\""));
  EXPECT_TRUE(HasMiss(s, "commitment.found: extra commitment 10"));
}

TEST(ScorePort, EditedOrderCountsLikeScorePy) {
  const json gold = Gold("order-120-mn");
  json pred = gold;
  auto& o = pred["order"];
  o["clauses"].erase(1);                             // a clause removed
  o["date"] = "2023-12-28";                          // wrong date
  o["number"] = " 120.";                             // num(): still 120
  o["signatory"]["name"] = "Д. АМАРБАЯСГАЛАН";       // norm(): the same name
  o["approves"]["period"]["start"] = 2024.0;         // Python: 2024 == 2024.0
  o["approves"]["period"]["end"] = 2028;             // wrong year
  const Score s = ScoreDocument(gold, pred);
  // score.py: f1=0.8276 tp=12 fp=2 fn=3
  ExpectCounts(s.Total(), 12, 2, 3, s.Summary());
  EXPECT_NEAR(s.F1(), 0.8276, 5e-5);
  ExpectCounts(s.by_category.at("kind"), 1, 0, 0, "kind");
  ExpectCounts(s.by_category.at("order.approves"), 2, 1, 1, "order.approves");
  ExpectCounts(s.by_category.at("order.clauses"), 1, 0, 1, "order.clauses");
  ExpectCounts(s.by_category.at("order.date"), 0, 1, 1, "order.date");
  ExpectCounts(s.by_category.at("order.number"), 1, 0, 0, "order.number");
  ExpectCounts(s.by_category.at("order.signatory"), 2, 0, 0, "order.signatory");
  ExpectCounts(s.by_category.at("order.text"), 5, 0, 0, "order.text");
  ASSERT_EQ(s.misses.size(), 3u);
  EXPECT_EQ(s.misses[0], "order.date: date want '2023-12-27' got '2023-12-28'");
  EXPECT_EQ(s.misses[2], "order.approves: approves.period.end want 2027 got 2028");
}

TEST(ScorePort, EditedReportsCountLikeScorePy) {
  {
    const json gold = Gold("report-mof-2024q3-en");
    json pred = gold;
    auto& e = pred["progress_report"]["entries"];
    e[0]["status"] = "substantial";                     // wrong status
    e.erase(1);                                         // entry 3.4 dropped
    e[1]["evidence"].push_back("https://example.org/extra");
    e[2]["progress_percent"] = 80.0;                    // was 80: equal for Python
    e.push_back({{"milestone", "9.9"}, {"status", "completed"}});
    const Score s = ScoreDocument(gold, pred);
    // score.py: f1=0.9123 tp=52 fp=3 fn=7
    ExpectCounts(s.Total(), 52, 3, 7, s.Summary());
    ExpectCounts(s.by_category.at("report.entry"), 9, 1, 1, "report.entry");
    ExpectCounts(s.by_category.at("report.evidence"), 12, 1, 2, "report.evidence");
    ExpectCounts(s.by_category.at("report.meta"), 4, 0, 0, "report.meta");
    ExpectCounts(s.by_category.at("report.progress"), 9, 0, 1, "report.progress");
    ExpectCounts(s.by_category.at("report.results"), 9, 0, 1, "report.results");
    ExpectCounts(s.by_category.at("report.status"), 8, 1, 2, "report.status");
    EXPECT_EQ(s.misses.size(), 9u);
    EXPECT_EQ(s.misses.front(), "report.status: entry 1.3 want 'limited' got 'substantial'");
    EXPECT_EQ(s.misses.back(), "report.entry: extra entry 9.9");
  }
  {
    const json gold = Gold("report-mmhi-2024q4-mn");
    json pred = gold;
    auto& e = pred["progress_report"]["entries"];
    e.erase(0);                                       // entry 1.1 lost
    e[0]["status"] = "complete";                      // wrong status
    e[0]["evidence"].push_back("https://example.org");  // extra item
    pred["progress_report"]["submitted"] = nullptr;   // missing date
    const Score s = ScoreDocument(gold, pred);
    // score.py: f1=0.8077 tp=21 fp=2 fn=8
    ExpectCounts(s.Total(), 21, 2, 8, s.Summary());
    EXPECT_NEAR(s.F1(), 0.8077, 5e-5);
    ExpectCounts(s.by_category.at("report.status"), 2, 1, 2, "report.status");
    ExpectCounts(s.by_category.at("report.evidence"), 6, 1, 2, "report.evidence");
  }
}

TEST(ScorePort, WrongKindAndEmptyPrediction) {
  json pred = Gold("report-mmhi-2024q4-mn");
  pred["kind"] = "order";
  Score s = ScoreDocument(Gold("report-mmhi-2024q4-mn"), pred);
  // score.py: f1=0.9655 tp=28 fp=1 fn=1 (the report part is still scored)
  ExpectCounts(s.Total(), 28, 1, 1, s.Summary());
  ExpectCounts(s.by_category.at("kind"), 0, 1, 1, "kind");
  s = ScoreDocument(Gold("order-120-mn"), json::object());
  // score.py: f1=0.0000 tp=0 fp=0 fn=15
  ExpectCounts(s.Total(), 0, 0, 15, s.Summary());
  EXPECT_DOUBLE_EQ(s.F1(), 0.0);
  EXPECT_EQ(s.misses.front(), "kind: kind want 'order' got None");
  EXPECT_EQ(s.by_category.size(), 7u);
}

}  // namespace
}  // namespace ogpx::testing
