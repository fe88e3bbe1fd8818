// Acronyms through re-casing (extract/casing.h).
#include "extract/common/casing.h"

#include <gtest/gtest.h>

namespace ogpx::extract {
namespace {

TEST(Casing, AcronymsComeFromMixedCaseText) {
  const auto acronyms = AcronymsIn({"The OGP support unit met 12 NGOs and the CSO forum (IRM).",
                                    "OPEN GOVERNMENT PARTNERSHIP NATIONAL ACTION PLAN",  // a heading
                                    "Нээлттэй засгийн түншлэлийн ЗГХЭГ-ын дарга"});
  // "NGOs" is not all capitals; the heading in capitals tells nothing.
  EXPECT_EQ(acronyms, (std::vector<std::string>{"OGP", "CSO", "IRM", "ЗГХЭГ"}));
  // A word in capitals for emphasis, written in lower case elsewhere.
  EXPECT_TRUE(AcronymsIn({"ORDER: 1. The plan is approved.", "Order of the Minister"}).empty());
}

TEST(Casing, KeepAcronymsRestoresCapitals) {
  const std::vector<std::string> acronyms = {"OGP", "NGO", "IRM"};
  EXPECT_EQ(KeepAcronyms("Mongolia Ogp National Action Plan, with Ngo (Irm) Review", acronyms),
            "Mongolia OGP National Action Plan, with NGO (IRM) Review");
  EXPECT_EQ(KeepAcronyms("Згхэг-ын дарга", {"ЗГХЭГ"}), "ЗГХЭГ-ын дарга");
  // Words that only look alike stay.
  EXPECT_EQ(KeepAcronyms("Ogpx Ngos", acronyms), "Ogpx Ngos");
}

}  // namespace
}  // namespace ogpx::extract
