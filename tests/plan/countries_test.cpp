// FindCountry (extract/countries.h): the country a plan's title names, for
// any OGP member, not only those of the samples.
#include "extract/common/countries.h"

#include <gtest/gtest.h>

namespace ogpx::extract {
namespace {

std::string Country(const std::string& title) { return FindCountry(title).value_or("(none)"); }

TEST(FindCountry, FormsPrintedInTheSamples) {
  EXPECT_EQ(Country("MONGOLIA'S FIFTH NATIONAL ACTION PLAN 2024-2027"), "Mongolia");
  EXPECT_EQ(Country("Нээлттэй засгийн түншлэлийн Монгол Улсын үндэсний тав дахь төлөвлөгөө"),
            "Монгол Улс");
}

TEST(FindCountry, AnyCountryByItsIcuName) {
  EXPECT_EQ(Country("Tunisia's Fifth National Action Plan 2023-2025"), "Tunisia");
  EXPECT_EQ(Country("Open Government Partnership National Action Plan of Paraguay"), "Paraguay");
  EXPECT_EQ(Country("Франц Улсын Нээлттэй засгийн түншлэлийн үндэсний төлөвлөгөө"), "Франц");
  EXPECT_EQ(Country("Kyrgyz Republic: Open Government National Action Plan"), "Kyrgyz Republic");
}

TEST(FindCountry, LongestNameWins) {
  EXPECT_EQ(Country("National Action Plan of Papua New Guinea 2022-2024"), "Papua New Guinea");
  EXPECT_EQ(Country("Nigeria National Action Plan III"), "Nigeria");
}

TEST(FindCountry, NoCountryNoGuess) {
  EXPECT_FALSE(FindCountry("Action plan for open government").has_value());
  // "Plan de" is "plan of": the title words after it name no country.
  EXPECT_FALSE(FindCountry("IV Plan de Acción de Estado Abierto").has_value());
  EXPECT_FALSE(FindCountry("").has_value());
}

}  // namespace
}  // namespace ogpx::extract
