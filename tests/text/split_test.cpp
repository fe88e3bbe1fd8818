#include <gtest/gtest.h>

#include "base/text.h"

namespace ogpx::text {
namespace {

TEST(SplitSpaces, WordsBetweenRunsOfSpaces) {
  EXPECT_EQ(SplitSpaces("  lead  implementing agency "),
            (std::vector<std::string>{"lead", "implementing", "agency"}));
  EXPECT_EQ(SplitSpaces("Төр Иргэний нийгэм"), (std::vector<std::string>{"Төр", "Иргэний", "нийгэм"}));
  EXPECT_TRUE(SplitSpaces("   ").empty());
  EXPECT_TRUE(SplitSpaces("").empty());
}

}  // namespace
}  // namespace ogpx::text
