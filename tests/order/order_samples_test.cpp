// ReadOrder on the real born-digital sample orders (Unicode and the legacy
// 8-bit font), scored field by field against the gold files with the rules
// of shared/tools/score.py (support/score.h): they must be read (almost)
// exactly. Scans: order_scans_test.cpp.
#include <gtest/gtest.h>

#include "order/order_samples.h"

namespace ogpx::testing {
namespace {

class BornDigitalOrder : public ::testing::TestWithParam<Case> {};

TEST_P(BornDigitalOrder, MeetsItsF1Floor) { ExpectFloor(GetParam()); }

INSTANTIATE_TEST_SUITE_P(
    Orders, BornDigitalOrder,
    ::testing::Values(Case{"order-120-mn.pdf", "order-120-mn.gold.json", 0.99},
                      Case{"order-120-mn-legacy8.pdf", "order-120-mn-legacy8.gold.json", 0.99}),
    CaseName);

TEST(SampleOrderFields, BornDigitalMongolianIsExact) {
  const Read r = ReadSample("order-120-mn.pdf");
  const model::Order& o = r.order;
  EXPECT_EQ(o.number, "120");  // printed "Дугаар 120"; the footer serial is not it
  EXPECT_EQ(o.date, "2023-12-27");
  EXPECT_EQ(o.place, "Улаанбаатар хот");
  EXPECT_EQ(o.issuer, "Засгийн газрын Хэрэг эрхлэх газар");  // nominative, not "газрын"
  EXPECT_EQ(o.title, "Засгийн газрын Хэрэг эрхлэх газрын даргын тушаал");
  EXPECT_EQ(o.legal_basis, "Засгийн газрын тухай хуулийн 24 дүгээр зүйлийн 2 дахь хэсгийг");
  ASSERT_EQ(o.clauses.size(), 2u);
  EXPECT_EQ(o.clauses[0].rfind("“Нээлттэй", 0), 0u) << o.clauses[0];  // "1." dropped
  EXPECT_EQ(o.signatory.name, "Д.АМАРБАЯСГАЛАН");
  EXPECT_EQ(o.signatory.position, "Монгол Улсын сайд, Засгийн газрын Хэрэг эрхлэх газрын дарга");
  ASSERT_TRUE(o.approves.has_value());
  EXPECT_EQ(o.approves->period.start, 2024);
  EXPECT_EQ(o.approves->period.end, 2027);
  EXPECT_TRUE(r.warnings.empty());
}

TEST(SampleOrderFields, LegacyFontGivesTheSameOrder) {
  const Read unicode = ReadSample("order-120-mn.pdf");
  const Read legacy = ReadSample("order-120-mn-legacy8.pdf");
  EXPECT_EQ(legacy.order, unicode.order);
}

}  // namespace
}  // namespace ogpx::testing
