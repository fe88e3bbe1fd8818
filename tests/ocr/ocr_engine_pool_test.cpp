// Tesseract engines outlive a document (ingest/ocr_engine.h): the OCR of a
// second document in the same process borrows the engines the first one
// loaded instead of loading its languages again.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ingest/ingest.h"
#include "ingest/ocr.h"
#include "ingest/ocr_engine.h"

namespace ogpx::ingest {
namespace {

const std::string kMongolian = std::string(OGPX_SAMPLES_DIR) + "/order-120-mn-scan.pdf";
const std::string kEnglish = std::string(OGPX_SAMPLES_DIR) + "/order-120-en-scan.pdf";

bool Read(const std::string& path, const std::vector<int>& pages, int jobs) {
  Options options;
  options.jobs = jobs;
  const std::vector<Page> read = OcrPages(path, pages, options);
  bool words = !read.empty();
  for (const Page& page : read) words = words && !page.words.empty();
  return words;
}

TEST(OcrEnginePool, LaterDocumentsLoadNoLanguageAgain) {
  const EngineCounts start = CountEngines();
  ASSERT_TRUE(Read(kMongolian, {1}, 1));
  ASSERT_TRUE(Read(kEnglish, {1, 2}, 1));
  const EngineCounts first = CountEngines();
  EXPECT_LE(first.engines - start.engines, 1) << "one worker, one engine for both documents";
  // The same documents again, as a batch would read more of the same kind:
  // every language they need is loaded already.
  ASSERT_TRUE(Read(kMongolian, {1}, 1));
  ASSERT_TRUE(Read(kEnglish, {1, 2}, 1));
  const EngineCounts again = CountEngines();
  EXPECT_EQ(again.engines, first.engines);
  EXPECT_EQ(again.loads, first.loads);
}

TEST(OcrEnginePool, NoMoreEnginesThanWorkersAtOnce) {
  const EngineCounts start = CountEngines();
  for (int round = 0; round < 3; ++round) ASSERT_TRUE(Read(kEnglish, {1, 2}, 2));
  EXPECT_LE(CountEngines().engines - start.engines, 2);
}

TEST(OcrEnginePool, ADifferentDataDirectoryGetsItsOwnEngine) {
  // Engines are pooled by tessdata directory: one loaded from elsewhere is
  // never lent for another.
  // Two spellings of the installed directory that no other test uses.
  const std::string one = ResolveTessdata("") + "/.", other = ResolveTessdata("") + "/./.";
  const EngineCounts start = CountEngines();
  {
    EngineLease a(one);
    EngineLease b(other);
    EXPECT_NE(&*a, &*b);
  }
  const EngineCounts made = CountEngines();
  EXPECT_EQ(made.engines - start.engines, 2);
  {
    EngineLease c(one);  // given back above: lent again
    EXPECT_EQ(CountEngines().engines, made.engines);
  }
}

}  // namespace
}  // namespace ogpx::ingest
