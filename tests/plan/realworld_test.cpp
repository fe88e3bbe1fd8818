// Real published OGP documents (samples/realworld/, see its README.md): each
// PDF is extracted and scored against its hand-written gold with score.py's
// rules (support/score.h). The floors are what the extractor reaches today, so
// the suite stays green while the readers for these layouts are written; the
// target column is issue 11's goal, and each floor is raised towards it as the
// extractor improves. Set OGPX_REALWORLD_DUMP_DIR to keep each prediction as
// <name>.json (for score.py --verbose).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <fstream>
#include <iostream>
#include <string>

#include "base/diagnostics.h"
#include "export/json.h"
#include "extract/extract.h"
#include "ingest/ingest.h"
#include "support/json_schema.h"
#include "support/score.h"

namespace ogpx {
namespace {

struct Case {
  const char* name;      // samples/realworld/<name>.pdf and <name>.gold.json
  bool kind_must_match;  // false while the extractor still gets the kind wrong
  double floor;          // overall field F1 reached today
  double target;         // the goal (issue 17: 0.90 for every plan or report)
  const char* language;  // the first language of source.language
  const char* warning;   // a warning code the extraction must carry, or ""
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
    // name                                         kind   floor  target lang  warning
    {"us-nap5-2022",                                true,  0.97,  0.95,  "en", ""},
    {"us-nap3-self-assessment",                     true,  0.97,  0.95,  "en", ""},
    {"uk-nap2-2013",                                true,  0.96,  0.95,  "en", ""},
    // Issue 17's development set (measured 2026-12-06 with the vocabularies,
    // the kind claims and the labelled narrative reader).
    {"co-nap2-2015-2017",                           true,  0.93,  0.90,  "es", "milestone_number_inferred"},
    {"us-nap2-2013",                                true,  0.96,  0.90,  "en", "commitment_number_inferred"},
    {"us-nap1-self-assessment",                     true,  0.94,  0.90,  "en", ""},
    {"us-nap5-reasoned-response",                   true,  0.97,  1.00,  "en", ""},
    {"gr-diavgeia-appointment-decision",            true,  0.97,  1.00,  "el", "language_unsupported"},
    // Held out: measured, never tuned on (bench/realworld.sh).
    {"us-nap3-new-commitments",                     true,  0.96,  0.90,  "en", "commitment_number_inferred"},
    {"uk-written-ministerial-statement-2013-scanned", true, 0.97, 1.00,  "en", ""},
    {"id-irm-progress-report-2014-15",              true,  0.97,  1.00,  "id", "language_unsupported"},
};
// clang-format on

// Documents written by hand in the styles of real OGP documents that the
// readers were not written for (samples/styles/README.md, bench/styles.sh):
// the development halves were read, and the readers fixed, after they were
// written (measured before: 0.36 for the first, 0.73 for both); the
// held-out halves are only measured (0.60 before the second round of
// fixes). Floors are the measured F1 less 0.03.
// clang-format off
constexpr Case kStyleCases[] = {
    // name                          kind   floor  target lang  warning
    {"gh-nap3-narrative",            true,  0.97,  0.90,  "en", "milestone_number_inferred"},
    {"ca-nap5-two-column",           true,  0.94,  0.90,  "en", "commitment_number_inferred"},
    {"ph-nap5-end-of-term",          true,  0.93,  0.90,  "en", ""},
    {"ie-nap2-mid-term",             true,  0.97,  0.90,  "en", ""},
    {"ee-nap5-mid-term",             true,  0.97,  0.90,  "en", ""},
    {"si-letter-submitting-plan",    true,  0.97,  1.00,  "en", ""},
    {"cr-nap4-es",                   true,  0.93,  0.90,  "es", ""},
    {"py-irm-2018-2019-es",          true,  0.97,  0.90,  "es", ""},
    {"rs-nap4-activity-tables",      true,  0.95,  0.90,  "en", ""},
    {"ua-nap5-self-assessment-dots", true,  0.97,  0.90,  "en", ""},
    {"zm-nap1-numbered-activities",  true,  0.97,  0.90,  "en", "milestone_number_inferred"},
    {"pe-nap4-metas-es",             true,  0.97,  0.90,  "es", "milestone_number_inferred"},
    {"md-nap5-multilevel-headings",  true,  0.97,  0.90,  "en", "milestone_number_inferred"},
    {"jo-nap6-chapters",             true,  0.97,  0.90,  "en", "milestone_number_inferred"},
    {"jm-nap2-quarterly-report",     true,  0.97,  0.90,  "en", ""},
    {"lv-nap5-commitment-tables",    true,  0.97,  0.90,  "en", "milestone_number_inferred"},
    {"ua-resolution-approving-plan", true,  0.97,  0.90,  "en", ""},
    {"al-decision-approving-plan",   true,  0.89,  0.90,  "en", "order_signatory_missing"},
    {"sc-nap1-unlabelled-boxes",     true,  0.97,  0.90,  "en", ""},
    {"cv-nap2-commitment-numbers",   true,  0.97,  0.90,  "en", ""},
    // Written by a helper that had not seen the code (bench/styles/make_dev5.py).
    {"dev5-ca-nap5-sentences",       true,  0.94,  0.90,  "en", ""},
    {"dev5-cl-nap6-estado-abierto",  true,  0.97,  0.90,  "es", ""},
    {"dev5-ge-nap-landscape",        true,  0.94,  0.90,  "en", ""},
    {"dev5-id-nap6-prose",           true,  0.95,  0.90,  "en", "milestone_number_inferred"},
    {"dev5-ke-nap5-template",        true,  0.88,  0.90,  "en", ""},
    {"dev5-ng-nap3-twocol",          true,  0.89,  0.90,  "en", ""},
    {"dev5-ph-nap6-bluetables",      true,  0.93,  0.90,  "en", ""},
    {"dev5-py-nap5-plantilla",       true,  0.97,  0.90,  "es", ""},
    // The same, a second batch (bench/styles/make_dev6.py), read before the
    // readers were fixed on it: 0.4550 with 50f5c76, 0.4992 with this
    // session's first changes.
    {"dev6-am-nap5-2022-2024",       true,  0.88,  0.90,  "en", ""},
    {"dev6-ar-nap5-2022-2024",       true,  0.97,  0.90,  "es", ""},
    {"dev6-ie-nap3-2024-2026",       true,  0.92,  0.90,  "en", ""},
    {"dev6-ke-nap5-2023-2027",       true,  0.97,  0.90,  "en", ""},
    {"dev6-lk-nap3-2024-2026",       true,  0.94,  0.90,  "en", ""},
    {"dev6-mx-nap4-2019-2021",       true,  0.81,  0.90,  "es", ""},
    {"dev6-ph-nap6-2023-2025",       true,  0.64,  0.90,  "en", ""},
    {"dev6-py-nap5-2022-2024",       true,  0.93,  0.90,  "es", ""},
    // A third batch of the weakest kinds (bench/styles/make_dev7.py): reports
    // without a status table, Spanish IRM reports, plans with unnumbered
    // headings, Spanish designed plans. Read at first sight: 0.5636 with
    // a868f18, 0.5889 with f4c99af.
    {"dev7-ar-irm-informe-resultados-2col",  true,  0.80,  0.90,  "es", ""},
    {"dev7-es-plan-gobierno-abierto-v",      true,  0.86,  0.90,  "es", ""},
    {"dev7-gt-plan-accion-fichas",           true,  0.79,  0.90,  "es", ""},
    {"dev7-ie-nap3-narrative",               true,  0.94,  0.90,  "en", ""},
    {"dev7-ke-eot-self-assessment-2025",     true,  0.90,  0.90,  "en", ""},
    {"dev7-nz-midterm-self-assessment-nap4", true,  0.82,  0.90,  "en", ""},
    {"dev7-ph-nap6-narrative",               true,  0.91,  0.90,  "en", ""},
    {"dev7-py-irm-informe-resultados",       true,  0.87,  0.90,  "es", ""},
    // A fourth batch (bench/styles/make_dev8.py), twelve documents of the
    // kinds the blind batches read worst, the presentation varied within
    // each kind. Read at first sight: 0.2942 with a2ee4fd.
    {"dev8-au-midterm-sa-prose",              true,  0.79,  0.90,  "en", ""},
    {"dev8-cr-irm-informe-resultados",        true,  0.87,  0.90,  "es", ""},
    {"dev8-ee-eot-sa-table",                  true,  0.94,  0.90,  "en", ""},
    {"dev8-fi-nap5-sidebox",                  true,  0.52,  0.90,  "en", ""},
    {"dev8-gh-eot-sa-boxes",                  true,  0.94,  0.90,  "en", ""},
    {"dev8-hn-plan-barras",                   true,  0.45,  0.90,  "es", ""},
    {"dev8-lv-nap6-partcodes",                true,  0.81,  0.90,  "en", ""},
    {"dev8-nz-nap5-bullets",                  true,  0.83,  0.90,  "en", ""},
    {"dev8-pe-plan-fichas",                   true,  0.86,  0.90,  "es", ""},
    {"dev8-sl-nap5-paren",                    true,  0.86,  0.90,  "en", ""},
    {"dev8-uy-autoevaluacion-medio-termino",  true,  0.85,  0.90,  "es", ""},
    {"dev8-za-nap6-themes",                   true,  0.86,  0.90,  "en", ""},
    // Held out.
    {"ng-nap2-two-column",           true,  0.97,  0.90,  "en", ""},
    {"uy-carta-remision",            true,  0.97,  1.00,  "es", ""},
    {"am-nap5-numbered",             true,  0.93,  0.90,  "en", ""},
    {"ke-nap3-end-of-term-ticks",    true,  0.97,  0.90,  "en", ""},
    {"mx-nap4-es",                   true,  0.93,  0.90,  "es", ""},
    {"co-nap5-hitos-es",             true,  0.93,  0.90,  "es", ""},
    {"ge-nap5-activity-tables",      true,  0.97,  0.90,  "en", ""},
    {"lr-nap2-mid-term-table",       true,  0.97,  0.90,  "en", ""},
    {"lt-letter-endorsement",        true,  0.97,  1.00,  "en", ""},
    {"tz-nap3-commitment-lists",     true,  0.97,  0.90,  "en", ""},
    {"za-nap4-end-of-term-x",        true,  0.97,  0.90,  "en", ""},
    {"ar-nap5-lettered-hitos-es",    true,  0.93,  0.90,  "es", ""},
    {"bd-nap3-quarterly-progress",   true,  0.66,  0.90,  "en", ""},
    {"fi-nap5-commitment-boxes",     true,  0.97,  0.90,  "en", ""},
    {"it-nap5-mid-term-boxes",       true,  0.97,  0.90,  "en", ""},
    {"mk-decision-adopting-plan",    true,  0.61,  0.90,  "en", ""},
};

// Documents written blind (samples/blind/README.md): by a helper that had
// seen neither the code nor the other documents; the developers have read
// neither them nor ogpx's output on them. Floors are the measured F1 less
// 0.03 (measured 0.3738 overall before this round of changes).
constexpr Case kBlindCases[] = {
    // name                          kind   floor  target lang  warning
    {"am-decision-nap5-approval",    true,  0.74,  0.90,  "en", ""},
    {"gh-msf-minutes-2024",          true,  0.97,  1.00,  "en", ""},
    {"ke-nap5-2024-2027",            true,  0.49,  0.90,  "en", ""},
    {"ng-bpp-progress-2024h1",       true,  0.97,  0.90,  "en", ""},
    {"ph-nap6-commitment-sheets",    true,  0.81,  0.90,  "en", ""},
    {"py-plan6-gobierno-abierto",    true,  0.08,  0.90,  "es", ""},
    // Batch 2, by another helper (measured 0.5080 overall before the
    // session's changes, 0.5302 after).
    {"canada-nap5-end-of-term-self-assessment",         true,  0.79,  0.90,  "en", ""},
    {"estonia-oap-2024-2026-midterm-self-assessment",   true,  0.23,  0.90,  "en", ""},
    {"ghana-ogp-nap5-2025-2027",                        true,  0.53,  0.90,  "en", ""},
    // 0.16 -> 0.09 in the fourth round (one fact fewer; the document is not read).
    {"guatemala-irm-informe-resultados-2023-2025",      true,  0.05,  0.90,  "es", ""},
    {"ireland-minister-letter-nap3",                    true,  0.97,  1.00,  "en", ""},
    {"nz-national-action-plan-2025-2027",               true,  0.22,  0.90,  "en", ""},
    {"paraguay-plan-accion-gobierno-abierto-2025-2027", true,  0.46,  0.90,  "es", ""},
    {"ph-ogp-7th-nap-2025-2027",                        true,  0.86,  0.90,  "en", ""},
};
// clang-format on

// Extracts <base>.pdf and checks it against <base>.gold.json as `c` says.
void CheckAgainstGold(const std::string& base, const Case& c) {
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

  EXPECT_EQ(testing::OgpxSchemaErrors(pred), "") << "docs/ogpx-1.schema.json";
  testing::Score score = testing::ScoreDocument(gold, pred);
  std::cout << c.name << " kind=" << pred.value("kind", "") << " (gold " << gold["kind"] << ") "
            << score.Summary(40) << "\n";
  if (c.kind_must_match) {
    EXPECT_EQ(pred["kind"], gold["kind"]);
  }
  EXPECT_GE(score.F1(), c.floor) << "target " << c.target;
  ASSERT_FALSE(pred["source"]["language"].empty());
  EXPECT_EQ(pred["source"]["language"][0], c.language);
  for (const auto& w : pred["warnings"]) {
    EXPECT_TRUE(diag::Known(w["code"].get<std::string>())) << "unregistered warning code " << w["code"];
  }
  if (*c.warning != '\0') {
    bool found = false;
    for (const auto& w : pred["warnings"]) found = found || w["code"] == c.warning;
    EXPECT_TRUE(found) << "no " << c.warning << " warning";
  }
}

std::string CaseName(const ::testing::TestParamInfo<Case>& info) {
  std::string n = info.param.name;
  for (char& ch : n) ch = ch == '-' ? '_' : ch;
  return n;
}

class Realworld : public ::testing::TestWithParam<Case> {};

TEST_P(Realworld, KindAndFieldF1AboveFloor) {
  CheckAgainstGold(std::string(OGPX_SAMPLES_DIR) + "/realworld/" + GetParam().name, GetParam());
}

INSTANTIATE_TEST_SUITE_P(Documents, Realworld, ::testing::ValuesIn(kCases), CaseName);

class Styles : public ::testing::TestWithParam<Case> {};

TEST_P(Styles, KindAndFieldF1AboveFloor) {
  CheckAgainstGold(std::string(OGPX_SAMPLES_DIR) + "/styles/" + GetParam().name, GetParam());
}

INSTANTIATE_TEST_SUITE_P(Documents, Styles, ::testing::ValuesIn(kStyleCases), CaseName);

class Blind : public ::testing::TestWithParam<Case> {};

TEST_P(Blind, KindAndFieldF1AboveFloor) {
  CheckAgainstGold(std::string(OGPX_SAMPLES_DIR) + "/blind/" + GetParam().name, GetParam());
}

INSTANTIATE_TEST_SUITE_P(Documents, Blind, ::testing::ValuesIn(kBlindCases), CaseName);

}  // namespace
}  // namespace ogpx

namespace ogpx {
namespace {

// The heading readers record where every commitment title and milestone was
// read (page and box), for the review of what was read.
TEST(RealworldProvenance, HeadingReadersGiveEveryTitleAndMilestoneAPlace) {
  for (const char* name : {"us-nap2-2013", "us-nap3-new-commitments"}) {
    auto doc = ingest::Open(std::string(OGPX_SAMPLES_DIR) + "/realworld/" + name + ".pdf");
    ASSERT_TRUE(doc.ok()) << doc.error().ToString();
    const model::Document d = extract::Extract(*doc);
    ASSERT_TRUE(d.action_plan.has_value()) << name;
    std::map<std::string, model::Provenance> where;
    for (const model::Provenance& p : d.provenance) where[p.field] = p;
    const auto& commitments = d.action_plan->commitments;
    for (std::size_t i = 0; i < commitments.size(); ++i) {
      const std::string base = "/action_plan/commitments/" + std::to_string(i);
      ASSERT_TRUE(where.contains(base + "/title")) << name << " " << base;
      const model::Provenance& t = where[base + "/title"];
      EXPECT_NE(std::find(commitments[i].pages.begin(), commitments[i].pages.end(), t.page),
                commitments[i].pages.end()) << name << " " << base;
      EXPECT_GT(t.x1, t.x0);
      for (std::size_t k = 0; k < commitments[i].milestones.size(); ++k)
        EXPECT_TRUE(where.contains(base + "/milestones/" + std::to_string(k))) << name << " " << base << " " << k;
    }
  }
}

}  // namespace
}  // namespace ogpx
