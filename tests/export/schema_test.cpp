// docs/ogpx-1.schema.json is the JSON Schema of ogpx/1: every gold file and
// every document ogpx writes from them validates; a document that breaks the
// contract does not, with a message naming where.
#include <gtest/gtest.h>

#include <filesystem>

#include "../model/gold.h"
#include "export/json.h"
#include "support/json_schema.h"

namespace ogpx::testing {
namespace {

nlohmann::json Schema() {
  return nlohmann::json::parse(ReadText(std::filesystem::path(OGPX_SOURCE_DIR) / "docs" / "ogpx-1.schema.json"));
}

std::string Joined(const std::vector<std::string>& errors) {
  std::string out;
  for (const auto& e : errors) out += e + "\n";
  return out;
}

TEST(JsonSchema, EveryGoldFileAndItsExportValidate) {
  const auto schema = Schema();
  const auto files = GoldFiles();
  ASSERT_GE(files.size(), 10u);
  for (const auto& name : files) {
    SCOPED_TRACE(name);
    const auto gold = GoldJson(name);
    EXPECT_EQ(Joined(CheckJsonSchema(schema, gold)), "");
    auto doc = exporter::FromJson(gold);
    ASSERT_TRUE(doc.ok());
    const auto written = nlohmann::json::parse(exporter::ToJsonText(*doc));
    EXPECT_EQ(Joined(CheckJsonSchema(schema, written)), "");
  }
}

TEST(JsonSchema, ABrokenDocumentIsRejectedWhereItBreaks) {
  const auto schema = Schema();
  auto doc = GoldJson("report-mof-2024q3-en.gold.json");
  doc["progress_report"]["entries"][0]["status"] = "done";
  doc["progress_report"]["entries"][1]["progress_percent"] = 140;
  doc["source"]["sha256"] = "xyz";
  doc["surprise"] = 1;
  const std::string errors = Joined(CheckJsonSchema(schema, doc));
  EXPECT_NE(errors.find("/progress_report/entries/0/status"), std::string::npos) << errors;
  EXPECT_NE(errors.find("/progress_report/entries/1/progress_percent: above maximum"), std::string::npos) << errors;
  EXPECT_NE(errors.find("/source/sha256"), std::string::npos) << errors;
  EXPECT_NE(errors.find("/surprise: not allowed"), std::string::npos) << errors;
  auto plan = GoldJson("nap5-en.gold.json");
  plan.erase("action_plan");
  EXPECT_NE(Joined(CheckJsonSchema(schema, plan)).find("missing action_plan"), std::string::npos);
}

TEST(JsonSchema, TheCheckerRefusesKeywordsItDoesNotKnow) {
  const auto errors = CheckJsonSchema(nlohmann::json{{"type", "string"}, {"minLength", 3}}, "ab");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].find("'minLength' is not supported"), std::string::npos);
}

}  // namespace
}  // namespace ogpx::testing
