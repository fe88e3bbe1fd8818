// extract/common/numbering.h: numbers repaired against their neighbours.
#include "extract/common/numbering.h"

#include <gtest/gtest.h>

namespace ogpx::extract {
namespace {

using Numbers = std::vector<std::string>;

TEST(RepairNumbers, ABorderReadAsADigitBeforeTheFirstOfARun) {
  Numbers n = {"5.3", "5.4", "16.1", "6.2", "6.3", "6.4"};
  const auto repairs = RepairNumbers(n);
  ASSERT_EQ(repairs.size(), 1u);
  EXPECT_EQ(repairs[0].index, 2u);
  EXPECT_EQ(repairs[0].from, "16.1");
  EXPECT_EQ(repairs[0].to, "6.1");
  EXPECT_EQ(n, (Numbers{"5.3", "5.4", "6.1", "6.2", "6.3", "6.4"}));
}

TEST(RepairNumbers, ADigitOfSimilarShapeInsideARun) {
  Numbers n = {"6.1", "6.2", "6.8", "6.4"};
  const auto repairs = RepairNumbers(n);
  ASSERT_EQ(repairs.size(), 1u);
  EXPECT_EQ(n[2], "6.3");
}

TEST(RepairNumbers, TheCommitmentHeadingMustAgree) {
  Numbers n = {"16.1", "6.2", "6.3"};
  EXPECT_EQ(RepairNumbers(n, std::string("6")).size(), 1u);
  EXPECT_EQ(n[0], "6.1");
  Numbers three = {"15.1.1", "5.1.2"};  // three levels: the prefix lies under the commitment
  EXPECT_EQ(RepairNumbers(three, std::string("5")).size(), 1u);
  EXPECT_EQ(three[0], "5.1.1");
  Numbers alone = {"12.1"};  // the commitment's one milestone: its heading is the evidence
  EXPECT_EQ(RepairNumbers(alone, std::string("2")).size(), 1u);
  EXPECT_EQ(alone[0], "2.1");
  Numbers other = {"16.1", "6.2", "6.3"};
  EXPECT_TRUE(RepairNumbers(other, std::string("7")).empty());
}

TEST(RepairNumbers, NothingWithoutEvidence) {
  // Runs as printed, commitments of one milestone, gaps, numbers local to the
  // commitment, a prefix other numbers share, a repair that would duplicate.
  for (Numbers n : {Numbers{"1.1", "1.2", "2.1", "3.1", "3.2"}, Numbers{"2.3", "3.1", "4.2", "4.3"},
                    Numbers{"6.1", "6.2", "6.5", "6.6"}, Numbers{"1.1", "1.2", "1.3"},
                    Numbers{"16.1", "16.2", "6.2", "6.3"}, Numbers{"6.1", "16.1", "6.2"},
                    Numbers{"6.1", "6.2", "6.4", "6.4"}, Numbers{"6", "7", "8"}, Numbers{"a", "", "6.x"},
                    Numbers{"6.1", "6.2", "6.9", "6.4"}}) {
    const Numbers before = n;
    EXPECT_TRUE(RepairNumbers(n).empty()) << ::testing::PrintToString(before);
    EXPECT_EQ(n, before);
  }
  Numbers local = {"1.1", "1.2"};
  EXPECT_TRUE(RepairNumbers(local, std::string("6")).empty());
}

TEST(RepairNumbers, TheMessageNamesOldAndNew) {
  const std::string m = RepairMessage({2, "16.1", "6.1"}, "milestone");
  EXPECT_NE(m.find("\"16.1\""), std::string::npos);
  EXPECT_NE(m.find("\"6.1\""), std::string::npos);
}

}  // namespace
}  // namespace ogpx::extract
