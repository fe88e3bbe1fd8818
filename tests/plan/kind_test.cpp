// DetectKind on every sample: the born-digital ones from their text layer,
// the scanned ones from OCR of the pages that name their kind (skipped when
// this build has no OCR).
#include <gtest/gtest.h>

#include "extract/extract.h"
#include "ingest/ingest.h"

namespace ogpx {
namespace {

struct KindCase {
  const char* file;
  model::Kind kind;
  int first_page = 1;     // pages read (0 = all)
  int last_page = 0;
  bool scanned = false;
};

void PrintTo(const KindCase& c, std::ostream* os) { *os << c.file; }

class DetectKindOnSamples : public ::testing::TestWithParam<KindCase> {};

TEST_P(DetectKindOnSamples, FromContent) {
  const KindCase& c = GetParam();
  ingest::Options options;
  options.first_page = c.first_page;
  options.last_page = c.last_page;
  options.ocr = c.scanned ? ingest::OcrMode::kAuto : ingest::OcrMode::kNever;
  auto doc = ingest::Open(std::string(OGPX_SAMPLES_DIR) + "/" + c.file, options);
  ASSERT_TRUE(doc.ok()) << doc.error().ToString();
  if (c.scanned) {
    bool any_words = false;
    for (const auto& page : doc->pages) any_words = any_words || !page.words.empty();
    if (!any_words) GTEST_SKIP() << "no OCR in this build";
  }
  EXPECT_EQ(model::KindName(extract::DetectKind(*doc)), std::string(model::KindName(c.kind)));
}

using K = model::Kind;
INSTANTIATE_TEST_SUITE_P(
    Samples, DetectKindOnSamples,
    ::testing::Values(KindCase{"nap5-en.pdf", K::kActionPlan},
                      KindCase{"nap5-en-chromium.pdf", K::kActionPlan},
                      KindCase{"nap5-mn-excerpt.pdf", K::kActionPlan},
                      KindCase{"order-120-mn.pdf", K::kOrder},
                      KindCase{"order-120-mn-legacy8.pdf", K::kOrder},
                      KindCase{"report-mof-2024q3-en.pdf", K::kProgressReport},
                      KindCase{"report-mmhi-2024q4-mn.pdf", K::kProgressReport},
                      KindCase{"report-mmhi-2024q4-mn-legacy.pdf", K::kProgressReport},
                      KindCase{"nap5-en-scan.pdf", K::kActionPlan, 5, 5, true},
                      KindCase{"order-120-en-scan.pdf", K::kOrder, 1, 1, true},
                      KindCase{"order-120-mn-scan.pdf", K::kOrder, 1, 1, true},
                      KindCase{"report-mddc-2025h1-en-scan.pdf", K::kProgressReport, 1, 1, true}),
    [](const auto& info) {
      std::string n = info.param.file;
      n = n.substr(0, n.size() - 4);
      for (char& ch : n) ch = (ch == '-' || ch == '.') ? '_' : ch;
      return n;
    });

// A plan's intro page alone (no template yet) and an empty document are not plans.
TEST(DetectKind, EmptyDocumentIsOther) {
  ingest::Document doc;
  EXPECT_EQ(extract::DetectKind(doc), model::Kind::kOther);
}

}  // namespace
}  // namespace ogpx
