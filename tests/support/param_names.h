// Names of parameterised tests whose parameter is a sample's path
// ("realworld/us-nap2-2013" -> "realworld_us_nap2_2013"): gtest allows only
// letters, digits and '_'.
#pragma once

#include <gtest/gtest.h>

#include <cctype>
#include <string>

namespace ogpx {

inline std::string SampleParamName(const ::testing::TestParamInfo<const char*>& info) {
  std::string name;
  for (const char* c = info.param; *c != '\0'; ++c) name += std::isalnum(static_cast<unsigned char>(*c)) ? *c : '_';
  return name;
}

}  // namespace ogpx
