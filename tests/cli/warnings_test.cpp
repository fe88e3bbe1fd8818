// `ogpx warnings` prints the registry of warning codes (base/diagnostics.h);
// docs/warnings.md is exactly that text, so the documentation cannot drift
// from the codes.
#include <gtest/gtest.h>

#include <filesystem>

#include "tests/cli/run_cli.h"

namespace ogpx::testing {
namespace {

TEST(Warnings, DocsAreTheRegistry) {
  auto run = RunOgpx("warnings");
  ASSERT_EQ(run.exit_code, 0);
  const std::filesystem::path doc = std::filesystem::path(OGPX_SOURCE_DIR) / "docs" / "warnings.md";
  EXPECT_EQ(ReadAll(doc), run.out) << "docs/warnings.md differs from `ogpx warnings`: run "
                                      "`ogpx warnings > docs/warnings.md` after changing the registry";
  EXPECT_NE(run.out.find("| `language_unsupported` |"), std::string::npos);
}

TEST(Warnings, TakesNoArguments) {
  auto run = RunOgpx("warnings extra");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err, "ogpx: warnings: unexpected argument 'extra' (see ogpx warnings --help)\n");
}

}  // namespace
}  // namespace ogpx::testing
