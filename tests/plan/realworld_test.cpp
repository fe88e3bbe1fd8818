// Real published OGP documents (samples/realworld/, see its README.md): each
// PDF is extracted and scored against its hand-written gold with score.py's
// rules (support/score.h). The floors are what the extractor reaches today, so
// the suite stays green while the readers for these layouts are written; the
// target column is issue 11's goal, and each floor is raised towards it as the
// extractor improves. Set OGPX_REALWORLD_DUMP_DIR to keep each prediction as
// <name>.json (for score.py --verbose).
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>

#include "export/json.h"
#include "extract/extract.h"
#include "ingest/ingest.h"
#include "support/score.h"

namespace ogpx {
namespace {

struct Case {
  const char* name;      // samples/realworld/<name>.pdf and <name>.gold.json
  bool kind_must_match;  // false while the extractor still gets the kind wrong
  double floor;          // overall field F1 reached today
  double target;         // issue 11's goal (kind must match in every row)
};

void PrintTo(const Case& c, std::ostream* os) { *os << c.name; }

// Measured when the gold was written (extractor at 93a3967): US NAP5 read as a
// progress_report, F1 0.000; self-assessment kind right but 0 entries, F1
// 0.008; UK NAP2 read as "other", F1 0.000. Now (self-assessment reader,
// run-in bullet commitments, overview-table leads, bullet dates, unnumbered
// annex lists, "o" sub-bullets as outputs): 1.000, 1.000 and 0.986 (UK: one
// wrapped annex name split, the ambition list of commitment 15 read as
// milestones). Floors sit a little under the measured figures.
// clang-format off
constexpr Case kCases[] = {
    // name                       kind   floor  target
    {"us-nap5-2022",              true,  0.97,  0.95},
    {"us-nap3-self-assessment",   true,  0.97,  0.95},
    {"uk-nap2-2013",              true,  0.96,  0.95},
};
// clang-format on

class Realworld : public ::testing::TestWithParam<Case> {};

TEST_P(Realworld, KindAndFieldF1AboveFloor) {
  const Case& c = GetParam();
  std::string base = std::string(OGPX_SAMPLES_DIR) + "/realworld/" + c.name;
  auto doc = ingest::Open(base + ".pdf");
  ASSERT_TRUE(doc.ok()) << doc.error().ToString();
  model::Document extracted = extract::Extract(*doc);
  nlohmann::json pred = nlohmann::json::parse(exporter::ToJsonText(extracted));
  std::ifstream gold_file(base + ".gold.json");
  ASSERT_TRUE(gold_file) << base << ".gold.json";
  nlohmann::json gold = nlohmann::json::parse(gold_file);
  if (const char* dir = std::getenv("OGPX_REALWORLD_DUMP_DIR")) {
    std::ofstream(std::string(dir) + "/" + c.name + ".json") << pred.dump(2) << "\n";
  }

  testing::Score score = testing::ScoreDocument(gold, pred);
  std::cout << c.name << " kind=" << pred.value("kind", "") << " (gold " << gold["kind"] << ") "
            << score.Summary(40) << "\n";
  if (c.kind_must_match) {
    EXPECT_EQ(pred["kind"], gold["kind"]);
  }
  EXPECT_GE(score.F1(), c.floor) << "target " << c.target;
}

INSTANTIATE_TEST_SUITE_P(Documents, Realworld, ::testing::ValuesIn(kCases), [](const auto& info) {
  std::string n = info.param.name;
  for (char& ch : n) ch = ch == '-' ? '_' : ch;
  return n;
});

}  // namespace
}  // namespace ogpx
