// Text helpers of the order reader: case mapping of Cyrillic and Latin
// capitals, UTF-8-safe trimming, word-boundary search.
#include <gtest/gtest.h>

#include "extract/order/text.h"

namespace ogpx::extract::order {
namespace {

TEST(OrderText, CaseOfMongolianLetters) {
  EXPECT_EQ(Lower("ӨРГӨДӨЛ ҮЙЛДВЭР"), "өргөдөл үйлдвэр");
  EXPECT_EQ(CapitalizeFirst("өргөдөл"), "Өргөдөл");
  EXPECT_TRUE(IsCapitals("ЭРХЛЭХ ГАЗРЫН ДАРГА"));
  EXPECT_FALSE(IsCapitals("ТУШААХ нь:"));
  EXPECT_TRUE(IsCapitals("ЭРХЛЭХ ГАЗРЫН ДАРГa", 1));  // one OCR slip
  EXPECT_FALSE(IsCapitals("12"));
}

TEST(OrderText, TrimKeepsMultibyteLetters) {
  // "”" (E2 80 9D) shares bytes with Cyrillic letters; only whole quotes go.
  EXPECT_EQ(Trim("“Засгийн”", "“”"), "Засгийн");
  EXPECT_EQ(Trim("газрын", "”»"), "газрын");
  EXPECT_EQ(Trim("  [ Plan approval | ", "[]|"), "Plan approval");
}

TEST(OrderText, FindWordAtBoundary) {
  EXPECT_EQ(FindWordCi("хэсгийг ҮНДЭСЛЭН тушаах", "үндэслэн"), std::string("хэсгийг ").size());
  EXPECT_EQ(FindWordCi("reorder: x", "order:"), std::string::npos);
  EXPECT_EQ(FindWordCi("hereby ORDER: x", "order:"), 7u);
}

}  // namespace
}  // namespace ogpx::extract::order
