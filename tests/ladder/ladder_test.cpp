// The degradation ladder in CI (issue 18): a short plan on the OGP template
// (tests/generator's gen-002-plan, 3 landscape pages, seed 1) "scanned" by
// bench/ladder.py at a few rungs, each read in-process and scored against the
// born-digital gold. Each rung's F1 must reach its floor, a share of the
// born-digital document's F1 read the same way. bench/ladder.sh runs every
// rung (with OCR cost); docs/ocr.md has the table.
//
// The ctest fixture Ladder.Scans writes the rungs to OGPX_LADDER_DIR after
// Generated.Documents has written the generated set.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

#include "export/json.h"
#include "extract/extract.h"
#include "ingest/ingest.h"
#include "ingest/ocr.h"
#include "support/score.h"

namespace ogpx {
namespace {

using nlohmann::json;

constexpr const char* kDocument = "gen-002-plan";

// Floors as a share of the born-digital F1: what the rung reached when last
// measured (comment), 0.02 below, rounded down. The goal is 0.95
// on every rung.
struct Rung {
  const char* name;
  double share;
};
constexpr Rung kRungs[] = {
    {"clean300", 0.98},     // 1.000 (0.964 before the words' boxes were fitted to their ink)
    {"dpi150-jpeg", 0.98},  // 1.000
    {"turned90", 0.98},     // 1.000
    {"skew2-noise", 0.95},  // 0.979 (0.942 before the wider speck test)
    {"worn", 0.95},         // 0.971 (0.741 before speckle removal and the ink fit, 0.851 before the wider speck test)
};

void PrintTo(const Rung& rung, std::ostream* os) { *os << rung.name; }

json ReadJson(const std::string& path) {
  std::ifstream in(path);
  return json::parse(in, nullptr, /*allow_exceptions=*/false);
}

testing::Score ScoreOf(const std::string& pdf) {
  auto doc = ingest::Open(pdf);
  EXPECT_TRUE(doc.ok()) << pdf << ": " << (doc ? "" : doc.error().ToString());
  if (!doc) return {};
  const json gold = ReadJson(std::string(OGPX_GENERATED_DIR) + "/" + kDocument + ".gold.json");
  return testing::ScoreDocument(gold, json::parse(exporter::ToJsonText(extract::Extract(*doc))));
}

class Ladder : public ::testing::TestWithParam<Rung> {
 protected:
  static void SetUpTestSuite() {
    born_ = ScoreOf(std::string(OGPX_GENERATED_DIR) + "/" + kDocument + ".pdf").F1();
  }
  static double born_;
};
double Ladder::born_ = 0;

TEST_P(Ladder, RungReadsAsTheBornDigitalDocument) {
  const Rung rung = GetParam();
  const testing::Score score = ScoreOf(std::string(OGPX_LADDER_DIR) + "/" + rung.name + ".pdf");
  ASSERT_GT(born_, 0.9) << "the born-digital document itself reads badly";
  const double share = score.F1() / born_;
  std::cout << "[ ladder   ] " << rung.name << " f1=" << score.F1() << " share=" << share << " (born-digital "
            << born_ << ")\n";
  EXPECT_GE(share, rung.share) << score.Summary();
}

// The stakeholder cells of every commitment and milestone, one string per
// cell ("1.2/civil_society: A | B"), in document order.
std::vector<std::string> StakeholderCells(const json& doc) {
  std::vector<std::string> cells;
  auto add = [&](const std::string& where, const json& supporting) {
    if (!supporting.is_object()) return;
    for (const char* sector : {"government", "civil_society", "other"}) {
      std::string cell = where + "/" + sector + ":";
      for (const json& name : supporting.value(sector, json::array())) cell += " " + name.get<std::string>() + " |";
      cells.push_back(cell);
    }
  };
  for (const json& c : doc["action_plan"]["commitments"]) {
    add(c.value("number", ""), c["supporting"]);
    for (const json& m : c["milestones"]) add(m.value("number", ""), m["supporting"]);
  }
  return cells;
}

json Extracted(const std::string& pdf) {
  auto doc = ingest::Open(pdf);
  EXPECT_TRUE(doc.ok()) << pdf;
  return doc ? json::parse(exporter::ToJsonText(extract::Extract(*doc))) : json::object();
}

// A cell of names read from a clean scan is the born-digital cell: one name
// a line, wrapped names joined by the same rule ("Women in Governance" /
// "Network" under a sub-table border is one name).
TEST(LadderCells, StakeholderCellsOfACleanScanEqualTheBornDigitalOnes) {
  const auto born = StakeholderCells(Extracted(std::string(OGPX_GENERATED_DIR) + "/" + kDocument + ".pdf"));
  const auto scan = StakeholderCells(Extracted(std::string(OGPX_LADDER_DIR) + "/clean300.pdf"));
  ASSERT_FALSE(born.empty());
  EXPECT_EQ(scan, born);
}

// The number of names in each stakeholder cell ("1.2/government" -> 5), in
// document order: a name joined to the next or cut in two changes it.
std::vector<std::pair<std::string, std::size_t>> NamesPerCell(const json& doc) {
  std::vector<std::pair<std::string, std::size_t>> cells;
  auto add = [&](const std::string& where, const json& supporting) {
    if (!supporting.is_object()) return;
    for (const char* sector : {"government", "civil_society", "other"})
      cells.emplace_back(where + "/" + sector, supporting.value(sector, json::array()).size());
  };
  for (const json& c : doc["action_plan"]["commitments"]) {
    add(c.value("number", ""), c["supporting"]);
    for (const json& m : c["milestones"]) add(m.value("number", ""), m["supporting"]);
  }
  return cells;
}

// The Mongolian sample plan, born-digital and as the ladder rung `name`
// (the fixture writes ladder/mn/NAME.pdf), and the rung's share of the
// born-digital F1.
struct MongolianRung {
  json born, scan;
  double share = 0;
  std::string summary;
};
MongolianRung ReadMongolianRung(const std::string& name) {
  const std::string sample = std::string(OGPX_SAMPLES_DIR) + "/nap5-mn-excerpt";
  MongolianRung rung;
  rung.born = Extracted(sample + ".pdf");
  rung.scan = Extracted(std::string(OGPX_LADDER_DIR) + "/mn/" + name + ".pdf");
  const json gold = ReadJson(sample + ".gold.json");
  const double born_f1 = testing::ScoreDocument(gold, rung.born).F1();
  const testing::Score score = testing::ScoreDocument(gold, rung.scan);
  std::cout << "[ ladder   ] nap5-mn-excerpt " << name << " f1=" << score.F1() << " (born-digital " << born_f1
            << ")\n";
  rung.share = born_f1 > 0 ? score.F1() / born_f1 : 0;
  rung.summary = score.Summary();
  return rung;
}

// The rung reads at `share` of the born-digital F1 or more, with as many
// names in every stakeholder cell as the born-digital page.
void ExpectTheBornDigitalNameCounts(const MongolianRung& rung, double share) {
  EXPECT_GE(rung.share, share) << rung.summary;
  const auto cells = NamesPerCell(rung.born);
  ASSERT_GE(cells.size(), 9u);
  EXPECT_EQ(NamesPerCell(rung.scan), cells);
}

// The Mongolian plan scanned clean (6 portrait pages of stakeholder tables
// in Cyrillic with English names, tables nested in cells): the cells
// Tesseract's page layout garbled are read again one by one (ocr_cells.h),
// so each cell has its names, one a line, as on the born-digital page, and
// the rung reads at the floor's share of the born-digital F1 (1.000 when
// last measured; 0.853 before the cells were read again, 0.991 before an
// English word the mon model read as Cyrillic, "Тгапврагепсу" above
// "International", was read again with eng: ocr_reread.h). Every name is
// the born-digital one, letter for letter.
TEST(LadderMongolian, CleanScanHasTheBornDigitalNamesInEveryCell) {
  const MongolianRung rung = ReadMongolianRung("clean300");
  ExpectTheBornDigitalNameCounts(rung, 0.97);
  EXPECT_EQ(StakeholderCells(rung.scan), StakeholderCells(rung.born));
}

// The same plan as a worn office scan: a line's baseline that OCR put a
// point off (one word with descenders alone on its line, "Иргэд") made one
// pitch look like line spacing and every other like paragraph spacing, so
// each line of a cell became a name. On a scan's lines one pitch below the
// others is no line spacing (extract/plan/stakeholders.cpp): every cell has
// the born-digital page's number of names (0.839 F1 before, 0.995 when
// last measured; the rung's floor is the 0.95 of born-digital).
TEST(LadderMongolian, WornScanKeepsTheBornDigitalNamesApart) {
  ExpectTheBornDigitalNameCounts(ReadMongolianRung("worn"), 0.95);
}

// The Mongolian ministry's progress report scanned clean: the quarter of
// its period, "2024 оны IV улирал", was read "ММ" by the mon model (it has
// no Latin letters; the running footer's "IV" became "ЇМ"), so the period
// was lost (0.964 of the born-digital F1). A short word of Cyrillic
// capitals among lower-case words is read again with eng, and a Roman
// numeral eng reads with confidence is taken (ingest/ocr_reread.h).
TEST(LadderMongolian, AQuarterInRomanNumeralsIsReadAsOne) {
  const std::string sample = std::string(OGPX_SAMPLES_DIR) + "/report-mmhi-2024q4-mn";
  const json scan = Extracted(std::string(OGPX_LADDER_DIR) + "/report-mn/clean300.pdf");
  const json& period = scan["progress_report"]["period"];
  EXPECT_EQ(period["label"], json("2024 оны IV улирал")) << period;
  EXPECT_EQ(period["start"], json("2024-10-01")) << period;
  EXPECT_EQ(period["end"], json("2024-12-31")) << period;
  const json gold = ReadJson(sample + ".gold.json");
  const double born = testing::ScoreDocument(gold, Extracted(sample + ".pdf")).F1();
  const testing::Score score = testing::ScoreDocument(gold, scan);
  std::cout << "[ ladder   ] report-mmhi-2024q4-mn clean300 f1=" << score.F1() << " (born-digital " << born << ")\n";
  EXPECT_GE(score.F1(), born) << score.Summary();
}

// The worn office scan (a dark band along one edge, dust, JPEG at a low
// quality): with the clean-up, specks are no longer read as text. One-letter
// "words" Tesseract is unsure of are what the specks become.
TEST(LadderCleanUp, WornPageReadsFewerSpecksAsLetters) {
  const std::string worn = std::string(OGPX_LADDER_DIR) + "/worn.pdf";
  auto specks = [&](bool clean_up) {
    ingest::Options options;
    options.jobs = 1;
    ingest::OcrOptions ocr;
    ocr.clean_up = clean_up;
    const auto pages = ingest::OcrPages(worn, {1}, options, ocr);
    int n = 0;
    for (const auto& w : pages.at(0).words)
      if (w.text.size() <= 1 && w.confidence < 60) ++n;
    return n;
  };
  const int raw = specks(false), cleaned = specks(true);
  std::cout << "[ ladder   ] worn p1 one-letter doubtful words: " << raw << " raw, " << cleaned << " cleaned\n";
  EXPECT_LT(cleaned, raw);
}

// Every page of the Mongolian plan scanned sideways: its fourth page holds
// a few lines only (the end of a table), too little for osd to be sure
// which way it is turned (confidence 1.5 where the full pages give 18-23).
// The ink says its lines run down the image, so osd's guess is taken and
// the page is read upright, not as it lies (82 "words" of noise before).
TEST(LadderTurned, APageOfAFewLinesIsReadTurnedLikeTheOthers) {
  const std::string sample = std::string(OGPX_SAMPLES_DIR) + "/nap5-mn-excerpt.pdf";
  auto born = ingest::Open(sample);
  ASSERT_TRUE(born.ok());
  ingest::Options options;
  options.jobs = 1;
  const auto pages = ingest::OcrPages(std::string(OGPX_LADDER_DIR) + "/mn/turned90.pdf", {4}, options);
  ASSERT_EQ(pages.size(), 1u);
  const ingest::Page& page = pages[0];
  EXPECT_TRUE(std::any_of(page.warnings.begin(), page.warnings.end(),
                          [](const auto& w) { return w.code == "page_turned"; }));
  EXPECT_GT(page.width, page.height);  // landscape again, as printed
  std::set<std::string> read;
  for (const auto& w : page.words) read.insert(w.text);
  int words = 0, found = 0;
  for (const auto& w : born->pages.at(3).words) {
    if (w.text.size() < 8) continue;  // words of four Cyrillic letters or more
    ++words;
    found += static_cast<int>(read.count(w.text));
  }
  ASSERT_GE(words, 5);
  EXPECT_GE(found, words * 3 / 4) << found << " of " << words;
  EXPECT_LE(page.words.size(), 2 * born->pages.at(3).words.size());
}

INSTANTIATE_TEST_SUITE_P(Rungs, Ladder, ::testing::ValuesIn(kRungs),
                         [](const ::testing::TestParamInfo<Rung>& info) {
                           std::string name = info.param.name;
                           for (char& c : name)
                             if (c == '-') c = '_';
                           return name;
                         });

}  // namespace
}  // namespace ogpx
