// Running headers and footers (layout/running.h) are the page's, not the
// text's: on real plans and reports whose every page repeats a header of one
// or two lines, the header is found on each page and no extracted text
// field carries it (a paragraph or a table cell cut by a page break used to
// take the next page's header into its text).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "base/text.h"
#include "export/json.h"
#include "extract/extract.h"
#include "ingest/ingest.h"
#include "tests/support/param_names.h"
#include "layout/running.h"

namespace ogpx {
namespace {

// Every string of the ogpx/1 object but the source, folded, digits removed
// (the form of layout's running texts).
void Strings(const nlohmann::ordered_json& j, const std::string& path, std::vector<std::pair<std::string, std::string>>& out) {
  if (j.is_object()) {
    for (const auto& [key, value] : j.items())
      if (key != "source" && key != "warnings") Strings(value, path + "/" + key, out);
  } else if (j.is_array()) {
    for (std::size_t i = 0; i < j.size(); ++i) Strings(j[i], path + "/" + std::to_string(i), out);
  } else if (j.is_string()) {
    std::string folded;
    for (char c : text::FoldForMatch(j.get<std::string>()))
      if (!std::isdigit(static_cast<unsigned char>(c))) folded += c;
    out.emplace_back(path, text::FoldWhitespace(folded));
  }
}

class RunningHeaders : public testing::TestWithParam<const char*> {};

TEST_P(RunningHeaders, AreFoundOnEachPageAndInNoField) {
  auto doc = ingest::Open(std::string(OGPX_SAMPLES_DIR) + "/" + GetParam() + ".pdf");
  ASSERT_TRUE(doc.ok()) << doc.error().ToString();
  const std::vector<std::string> running = layout::RunningTexts(*doc);
  ASSERT_FALSE(running.empty()) << GetParam() << ": its running header is not found";
  // The header is marked on most pages after the first.
  int marked = 0;
  for (const ingest::Page& page : doc->pages) {
    bool any = false;
    for (const ingest::TextLine& line : page.lines) any = any || layout::IsRunningLine(page, line, running);
    marked += any;
  }
  EXPECT_GE(marked, static_cast<int>(doc->pages.size()) / 2) << GetParam();
  std::vector<std::pair<std::string, std::string>> fields;
  Strings(exporter::ToJson(extract::Extract(*doc)), "", fields);
  for (const std::string& header : running) {
    if (header.size() < 12) continue;  // a word or two ("page of") may be text too
    for (const auto& [path, value] : fields) {
      if (value == header) continue;  // a title the header repeats
      EXPECT_EQ(value.find(header), std::string::npos)
          << GetParam() << " " << path << " carries the running text \"" << header << "\"";
    }
  }
}

INSTANTIATE_TEST_SUITE_P(RealDocuments, RunningHeaders,
                         ::testing::Values("realworld/co-nap2-2015-2017", "realworld/us-nap1-self-assessment",
                                           "realworld/us-nap3-self-assessment"),
                         SampleParamName);

}  // namespace
}  // namespace ogpx
