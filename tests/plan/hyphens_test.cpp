// One hyphen policy for every reader (extract/common/hyphens.h): a word
// broken at a line end is joined when the document prints it whole, a
// compound keeps its own hyphen.
#include <gtest/gtest.h>

#include <string>

#include "extract/extract.h"
#include "ingest/ingest.h"

namespace ogpx {
namespace {

TEST(Hyphens, WordsBrokenAtLineEndsAreJoinedByTheDocumentsOwnWords) {
  auto doc = ingest::Open(std::string(OGPX_SAMPLES_DIR) + "/realworld/us-nap5-2022.pdf");
  ASSERT_TRUE(doc.ok()) << doc.error().ToString();
  const model::Document d = extract::Extract(*doc);
  ASSERT_TRUE(d.action_plan.has_value());
  std::string all;
  for (const model::Commitment& c : d.action_plan->commitments) all += c.description.value_or("") + "\n";
  // "Execu-" / "tive" at a line end; "Executive" is printed whole elsewhere.
  EXPECT_NE(all.find("Executive Order 13985"), std::string::npos);
  EXPECT_EQ(all.find("Execu-tive"), std::string::npos);
  // "Biden-Har-" / "ris": the compound is printed whole elsewhere, its own
  // hyphen stays.
  EXPECT_NE(all.find("Biden-Harris"), std::string::npos);
  EXPECT_EQ(all.find("Har-ris"), std::string::npos);
}

}  // namespace
}  // namespace ogpx
