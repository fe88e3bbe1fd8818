// The date and period parsers on the lines of the real samples (read with
// ingest::Open), checked against the values in the samples' gold JSON.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "extract/common/dates.h"
#include "ingest/ingest.h"

namespace ogpx::extract {
namespace {

const std::string kSamples = OGPX_SAMPLES_DIR;

std::vector<std::string> Lines(const std::string& file) {
  ingest::Options options;
  options.ocr = ingest::OcrMode::kNever;
  options.want_rules = false;
  const auto doc = ingest::Open(kSamples + "/" + file, options);
  std::vector<std::string> out;
  if (!doc.ok()) return out;
  for (const auto& page : doc->pages) {
    for (const auto& line : page.lines) out.push_back(ingest::LineText(page, line));
  }
  return out;
}

// The string value of the first `"key": "value"` in a gold file.
std::string GoldString(const std::string& gold_file, const std::string& key) {
  std::ifstream in(kSamples + "/" + gold_file);
  std::stringstream buf;
  buf << in.rdbuf();
  const std::string text = buf.str();
  std::smatch m;
  if (std::regex_search(text, m, std::regex("\"" + key + "\": \"([^\"]*)\""))) return m[1];
  return "";
}

struct ReportCase {
  const char* pdf;
  const char* gold;
};

TEST(DatesOnSamples, ReportPeriodAndSubmissionMatchGold) {
  for (const auto& c : {ReportCase{"report-mof-2024q3-en.pdf", "report-mof-2024q3-en.gold.json"},
                        ReportCase{"report-mmhi-2024q4-mn.pdf", "report-mmhi-2024q4-mn.gold.json"},
                        ReportCase{"report-mmhi-2024q4-mn-legacy.pdf",
                                   "report-mmhi-2024q4-mn-legacy.gold.json"}}) {
    const auto lines = Lines(c.pdf);
    ASSERT_FALSE(lines.empty()) << c.pdf;
    std::vector<DateRange> periods;
    std::vector<std::string> header_dates;  // "Label: <a whole date>"
    for (const auto& line : lines) {
      if (auto p = ParsePeriod(line)) periods.push_back(*p);
      const auto colon = line.find(':');
      if (colon != std::string::npos) {
        if (auto d = ParseDate(line.substr(colon + 1))) header_dates.push_back(d->Iso());
      }
    }
    ASSERT_EQ(periods.size(), 1u) << c.pdf;  // only the period line is a period
    EXPECT_EQ(periods[0].start.Iso(), GoldString(c.gold, "start")) << c.pdf;
    EXPECT_EQ(periods[0].end.Iso(), GoldString(c.gold, "end")) << c.pdf;
    EXPECT_EQ(periods[0].label, GoldString(c.gold, "label")) << c.pdf;
    ASSERT_EQ(header_dates.size(), 1u) << c.pdf;
    EXPECT_EQ(header_dates[0], GoldString(c.gold, "submitted")) << c.pdf;
  }
}

TEST(DatesOnSamples, OrderDateIsTheFirstDateOfTheOrder) {
  for (const char* base : {"order-120-mn", "order-120-mn-legacy8"}) {
    const auto lines = Lines(std::string(base) + ".pdf");
    std::string first;
    for (const auto& line : lines) {
      if (auto d = FindDate(line)) {
        first = d->Iso();
        break;
      }
    }
    EXPECT_EQ(first, GoldString(std::string(base) + ".gold.json", "date")) << base;
  }
}

TEST(DatesOnSamples, PlanLinesGiveValidYearSpans) {
  // Every line of the English plan that is only a completion date cell
  // ("2024-2025", "starts in 2024") parses, and years stay within the plan.
  int spans = 0;
  for (const auto& line : Lines("nap5-en.pdf")) {
    if (line == "2024-2025" || line == "2024-2027" || line == "starts in 2024") {
      const auto s = ParseYearSpan(line);
      ASSERT_TRUE(s) << line;
      ASSERT_TRUE(s->start);
      EXPECT_EQ(*s->start, 2024);
      ++spans;
    }
  }
  EXPECT_GT(spans, 0);
}

}  // namespace
}  // namespace ogpx::extract
