#include <gtest/gtest.h>

#include "ingest/rules.h"

namespace ogpx::ingest {
namespace {

TEST(MergeRules, JoinsCollinearPiecesAcrossSmallGaps) {
  std::vector<Rule> in = {{10, 100, 50, 100, 0.5}, {51, 100.4, 90, 100.4, 0.5}, {95, 100, 120, 100, 0.5}};
  auto out = MergeRules(in);
  ASSERT_EQ(out.size(), 2u);  // the 5-point gap stays a gap
  EXPECT_NEAR(out[0].x0, 10, 1e-9);
  EXPECT_NEAR(out[0].x1, 90, 1e-9);
  EXPECT_TRUE(out[0].horizontal());
  EXPECT_NEAR(out[1].x0, 95, 1e-9);
}

TEST(MergeRules, KeepsVerticalsApartAndDropsDots) {
  std::vector<Rule> in = {{10, 0, 10, 50, 1}, {10, 49, 10, 80, 1}, {40, 0, 40, 80, 1}, {70, 5, 70, 6, 1}};
  auto out = MergeRules(in);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_NEAR(out[0].y1, 80, 1e-9);
  EXPECT_NEAR(out[1].x0, 40, 1e-9);
}

}  // namespace
}  // namespace ogpx::ingest
