// Accuracy on the generated documents (tests/generator/ogpgen.py, issue 11):
// every document of the CI set is extracted in-process and scored against its
// gold file with score.py's rules (support/score.h); the counts of the
// documents that take a value on an axis ("numbering=1.", "medium=scan") are
// summed, and each sum's field F1 must reach its floor in kFloors below.
//
// The ctest fixture Generated.Documents writes the set to OGPX_GENERATED_DIR
// first (`ogpgen.py --set ci --seed 1`). Set OGPX_GENERATED_DUMP_DIR to keep
// each prediction as <name>.json (for score.py --pairs).
//
// Narrative plans (template=narrative) and covering letters (kind=other), the
// families added by issue 17, are counted only under the values of their own
// axes (template, narrative_heading, bullets, columns2; kind=other), not under
// "all" nor under the values they share with the table documents
// (kind=action_plan, font, medium, language), whose floors were set on the
// table documents: a narrative reader still being built moves no table floor.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <sstream>
#include <string>

#include "export/json.h"
#include "extract/extract.h"
#include "ingest/ingest.h"
#include "support/score.h"

namespace ogpx {
namespace {

using nlohmann::json;

// Field F1 floors per axis value, over the CI set with seed 1. Set from what
// the extractor reached when the table was last raised (issue 11's readers;
// it was 0.650 overall at first) (docs/generator.md has
// the figures; the comment after each floor is the F1 reached then), 0.03
// below, rounded down; raise them as the extractor improves.
// Every axis value the set contains must be listed, and nothing else.
struct Floor {
  const char* key;  // "axis=value", or "all"
  double f1;
};
constexpr Floor kFloors[] = {
    {"all", 0.95},  // 0.981
    {"annex=no", 0.94},  // 0.978
    {"annex=yes", 0.96},  // 0.991
    {"columns=relabelled", 0.97},  // 1.000
    {"columns=reordered", 0.97},  // 1.000
    {"columns=standard", 0.94},  // 0.977
    {"dates=classic", 0.95},  // 0.985
    {"dates=day_first", 0.94},  // 0.977
    {"dates=half", 0.94},  // 0.979
    {"dates=iso", 0.97},  // 1.000
    {"dates=mixed", 0.94},  // 0.975
    {"dates=month", 0.95},  // 0.989
    {"dates=month_abbr", 0.90},  // 0.930
    {"dates=month_range", 0.97},  // 1.000
    {"dates=quarter", 0.97},  // 1.000
    {"dates=quarter_words", 0.81},  // 0.844
    {"dates=year", 0.96},  // 0.991
    {"dates=years", 0.97},  // 1.000
    {"description=no", 0.95},  // 0.980
    {"description=yes", 0.94},  // 0.977
    {"font=dejavu-sans", 0.94},  // 0.979
    {"font=dejavu-serif", 0.96},  // 0.993
    {"font=liberation-sans", 0.95},  // 0.981
    {"font=liberation-serif", 0.94},  // 0.979
    {"header_repeat=no", 0.95},  // 0.982
    {"header_repeat=yes", 0.94},  // 0.979
    {"heading=3.", 0.97},  // 1.000
    {"heading=Commitment 3.", 0.94},  // 0.976
    {"heading=Commitment 3:", 0.94},  // 0.977
    {"heading=Commitment ID", 0.96},  // 0.991
    {"kind=action_plan", 0.95},  // 0.980
    {"kind=progress_report", 0.95},  // 0.989
    {"language=en", 0.95},  // 0.981
    {"language=mn", 0.94},  // 0.976
    {"medium=digital", 0.96},  // 0.991
    {"medium=scan", 0.87},  // 0.900
    {"numbering=1.", 0.95},  // 0.988
    {"numbering=1.1", 0.91},  // 0.945
    {"numbering=1.1.", 0.95},  // 0.984
    {"numbering=M1", 0.94},  // 0.979
    {"numbering=Milestone 1", 0.95},  // 0.989
    {"numbering=a)", 0.94},  // 0.977
    {"numbering=none", 0.97},  // 1.000
    {"orientation=landscape", 0.95},  // 0.986
    {"orientation=portrait", 0.93},  // 0.968
    {"percent=plain", 0.97},  // 1.000
    {"percent=sign", 0.94},  // 0.974
    {"period=half", 0.97},  // 1.000
    {"period=quarter", 0.95},  // 0.985
    {"row_split=no", 0.97},  // 1.000
    {"row_split=yes", 0.95},  // 0.980
    {"stakeholders=flat", 0.94},  // 0.975
    {"stakeholders=lead-supporting", 0.97},  // 1.000
    {"stakeholders=sectors", 0.94},  // 0.978
    {"status_level=commitment", 0.97},  // 1.000
    {"status_level=milestone", 0.95},  // 0.988
    {"template=2016", 0.95},  // 0.981
    {"template=current", 0.94},  // 0.979
    // Issue 17's families, measured with the numbered and style heading
    // readers, two-column reading order and letter claims (6 Dec 2026).
    {"bullets=glyph", 0.94},  // 0.970 (the unnumbered two-column plan)
    {"bullets=indent", 0.97},  // 1.000
    {"bullets=nested", 0.97},  // 1.000 (0.552 before nested lists: each detail was a milestone)
    {"columns2=no", 0.97},  // 1.000
    {"columns2=yes", 0.94},  // 0.970
    {"kind=other", 0.97},  // 1.000 (the letter)
    {"number_slip=yes", 0.98},  // 0.985 (0.972 without the repair: the slipped report entry lost; the rest is a wrapped name)
    {"narrative_heading=numbered", 0.97},  // 1.000
    {"narrative_heading=unnumbered", 0.94},  // 0.970
    {"template=narrative", 0.95},  // 0.985
};

// A narrative plan or a letter (see the head of this file).
bool SeparateFamily(const json& axes) {
  return axes.value("template", "") == "narrative" || axes.value("kind", "") == "other";
}

// The keys a separate family's document counts under: its own axes only.
bool FamilyKey(const std::string& axis, const std::string& value) {
  return axis == "template" || axis == "narrative_heading" || axis == "bullets" || axis == "columns2" ||
         (axis == "kind" && value == "other");
}

std::string Dir() { return OGPX_GENERATED_DIR; }

json ReadJson(const std::string& path) {
  std::ifstream in(path);
  if (!in) return json();
  return json::parse(in, nullptr, /*allow_exceptions=*/false);
}

std::string AxisValue(const json& v) { return v.is_string() ? v.get<std::string>() : v.dump(); }

TEST(GeneratedAccuracy, PerAxisF1AboveFloors) {
  const json manifest = ReadJson(Dir() + "/manifest.json");
  ASSERT_TRUE(manifest.is_object() && manifest.contains("documents"))
      << Dir() << "/manifest.json missing or unreadable: run the Generated.Documents fixture";
  ASSERT_FALSE(manifest["documents"].empty());
  const char* dump = std::getenv("OGPX_GENERATED_DUMP_DIR");

  std::map<std::string, testing::Counts> by_key;
  std::map<std::string, int> docs_by_key;
  for (const auto& entry : manifest["documents"]) {
    const std::string name = entry["name"];
    const json gold = ReadJson(Dir() + "/" + name + ".gold.json");
    ASSERT_TRUE(gold.is_object()) << name << ".gold.json";
    auto doc = ingest::Open(Dir() + "/" + name + ".pdf");
    ASSERT_TRUE(doc.ok()) << name << ": " << doc.error().ToString();
    bool has_words = false;
    for (const auto& page : doc->pages) has_words = has_words || !page.words.empty();
    if (!has_words) {
      std::cout << name << ": no words (OCR not available in this build), left out\n";
      continue;
    }
    const json pred = json::parse(exporter::ToJsonText(extract::Extract(*doc)));
    if (dump) std::ofstream(std::string(dump) + "/" + name + ".json") << pred.dump(2) << "\n";
    const testing::Score score = testing::ScoreDocument(gold, pred);
    std::cout << name << " f1=" << score.F1() << " tp=" << score.tp() << " fp=" << score.fp()
              << " fn=" << score.fn() << "\n";
    const bool separate = SeparateFamily(entry["axes"]);
    std::vector<std::string> keys;
    if (!separate) keys.push_back("all");
    for (const auto& [axis, value] : entry["axes"].items()) {
      if (!separate || FamilyKey(axis, AxisValue(value))) keys.push_back(axis + "=" + AxisValue(value));
    }
    for (const auto& key : keys) {
      by_key[key] += score.Total();
      ++docs_by_key[key];
    }
  }

  std::map<std::string, double> floors;
  for (const auto& f : kFloors) floors[f.key] = f.f1;
  std::ostringstream table;
  table << std::fixed << std::setprecision(3);
  for (const auto& [key, counts] : by_key) {
    table << "  " << std::left << std::setw(32) << key << " f1=" << counts.F1() << " docs=" << docs_by_key[key]
          << " tp=" << counts.tp << " fp=" << counts.fp << " fn=" << counts.fn << "\n";
  }
  std::cout << "per axis value:\n" << table.str();
  for (const auto& [key, counts] : by_key) {
    auto it = floors.find(key);
    if (it == floors.end()) {
      ADD_FAILURE() << key << " has no floor in kFloors (measured f1=" << counts.F1() << ")";
      continue;
    }
    EXPECT_GE(counts.F1(), it->second) << key << " below its floor";
  }
  for (const auto& [key, floor] : floors) {
    EXPECT_TRUE(by_key.count(key)) << "kFloors lists " << key << ", which the generated set lacks";
  }
}

// Fields score.py does not weigh, checked here against the gold: the
// template generation, and the 2016 template's contact (email and phone
// printed in one cell) and OGP values relevance. On the table templates only
// (current, 2016, 2020): narrative plans are measured per axis above.
TEST(GeneratedAccuracy, TemplateGenerationAndItsOwnFields) {
  const json manifest = ReadJson(Dir() + "/manifest.json");
  ASSERT_TRUE(manifest.is_object() && manifest.contains("documents"));
  int plans = 0;
  for (const auto& entry : manifest["documents"]) {
    const auto& axes = entry["axes"];
    if (!axes.contains("template") || axes.value("medium", "") != "digital") continue;
    if (axes.value("template", "") == "narrative") continue;
    const std::string name = entry["name"];
    const json gold = ReadJson(Dir() + "/" + name + ".gold.json");
    auto doc = ingest::Open(Dir() + "/" + name + ".pdf");
    ASSERT_TRUE(doc.ok()) << name;
    const json pred = json::parse(exporter::ToJsonText(extract::Extract(*doc)));
    ++plans;
    EXPECT_EQ(pred["action_plan"]["template"], gold["action_plan"]["template"]) << name;
    const auto& gc = gold["action_plan"]["commitments"];
    const auto& pc = pred["action_plan"]["commitments"];
    ASSERT_EQ(pc.size(), gc.size()) << name;
    for (std::size_t i = 0; i < gc.size(); ++i) {
      EXPECT_EQ(pc[i].value("contact", json()), gc[i].value("contact", json())) << name << " commitment " << i + 1;
      EXPECT_EQ(pc[i]["relevance"].is_null(), gc[i]["relevance"].is_null()) << name << " commitment " << i + 1;
    }
  }
  EXPECT_GT(plans, 0);
}

// Warnings the gold names that concern one field: the same code on the same
// page in the prediction (number_repaired: the slipped milestone numbers of
// number_slip=yes, each repaired with its warning).
TEST(GeneratedAccuracy, RepairsAreWarned) {
  const json manifest = ReadJson(Dir() + "/manifest.json");
  ASSERT_TRUE(manifest.is_object() && manifest.contains("documents"));
  int checked = 0;
  for (const auto& entry : manifest["documents"]) {
    if (entry["axes"].value("number_slip", "no") != "yes") continue;
    const std::string name = entry["name"];
    const json gold = ReadJson(Dir() + "/" + name + ".gold.json");
    auto doc = ingest::Open(Dir() + "/" + name + ".pdf");
    ASSERT_TRUE(doc.ok()) << name;
    const json pred = json::parse(exporter::ToJsonText(extract::Extract(*doc)));
    for (const auto& w : gold["warnings"]) {
      if (w["code"] != "number_repaired") continue;
      ++checked;
      bool found = false;
      for (const auto& p : pred["warnings"])
        found = found || (p["code"] == w["code"] && p["page"] == w["page"] &&
                          p["message"].get<std::string>().find(w["message"].get<std::string>()) != std::string::npos);
      EXPECT_TRUE(found) << name << ": no warning " << w.dump();
    }
  }
  EXPECT_GE(checked, 2);
}

}  // namespace
}  // namespace ogpx
