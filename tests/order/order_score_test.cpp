// The F1 helper agrees with shared/tools/score.py: similarity ratios equal
// difflib's (values computed with Python 3), normalisation folds case,
// punctuation and spaces, and one wrong field costs what score.py charges.
#include <gtest/gtest.h>

#include "order/order_score.h"

namespace ogpx::testing {
namespace {

TEST(OrderScore, RatioMatchesDifflib) {
  EXPECT_DOUBLE_EQ(SimilarityRatio("abcd", "bcde"), 0.75);
  EXPECT_NEAR(SimilarityRatio("d amarbayasgalan", "amarbayasgalan"), 0.933333333, 1e-6);
  EXPECT_DOUBLE_EQ(SimilarityRatio("plan approval", "plan aproval"), 0.96);
  EXPECT_NEAR(SimilarityRatio("хяналт тавьж", "хяналт тавих"), 0.833333333, 1e-6);
  EXPECT_NEAR(SimilarityRatio("abxcd", "abcd"), 0.888888889, 1e-6);
  EXPECT_NEAR(SimilarityRatio("the cat sat", "cat the sat"), 0.636363636, 1e-6);
}

TEST(OrderScore, Normalisation) {
  EXPECT_EQ(NormForScore("  Д.АМАРБАЯСГАЛАН "), "д амарбаясгалан");
  EXPECT_EQ(NormForScore("“Plan”-г,  approval!"), "plan г approval");
}

TEST(OrderScore, CountsUnitsLikeScorePy) {
  model::Order gold;
  gold.number = "120";
  gold.date = "2023-12-27";
  gold.clauses = {"First clause text.", "Second clause text."};
  model::Order pred = gold;
  EXPECT_DOUBLE_EQ(ScoreOrder(gold, pred, true).F1(), 1.0);
  pred.number = "120.";  // score.py's num() drops a trailing dot
  EXPECT_DOUBLE_EQ(ScoreOrder(gold, pred, true).F1(), 1.0);
  pred.date = "2023-12-28";  // wrong: one false negative and one false positive
  const Tally t = ScoreOrder(gold, pred, true);
  EXPECT_EQ(t.tp, 4);
  EXPECT_EQ(t.fp, 1);
  EXPECT_EQ(t.fn, 1);
  pred.clauses.push_back("An extra clause.");
  EXPECT_EQ(ScoreOrder(gold, pred, true).fp, 2);
}

}  // namespace
}  // namespace ogpx::testing
