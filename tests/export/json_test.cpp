// ogpx/1 JSON: byte-exact round trip of every gold file, the documented key
// order, null/[] for absent values, and FromJson's diagnostics.
#include "export/json.h"

#include <gtest/gtest.h>

#include "../model/gold.h"

namespace ogpx::testing {
namespace {

TEST(JsonTest, EveryGoldFileIsReproducedByteForByte) {
  auto golds = GoldFiles();
  ASSERT_GE(golds.size(), 12u);
  for (const auto& name : golds) {
    SCOPED_TRACE(name);
    std::string text = ReadText(std::filesystem::path(OGPX_SAMPLES_DIR) / name);
    auto doc = exporter::FromJson(nlohmann::json::parse(text));
    ASSERT_TRUE(doc.ok()) << doc.error().ToString();
    EXPECT_EQ(exporter::ToJsonText(*doc, {.optional_fields = false}), text);
    // With the optional fields, reading the output back gives the same document.
    auto again = exporter::FromJson(nlohmann::json::parse(exporter::ToJsonText(*doc)));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*again, *doc);
  }
}

TEST(JsonTest, KeysComeInTheDocumentedOrder) {
  auto doc = GoldDocument("nap5-en.gold.json");
  ASSERT_TRUE(doc.ok());
  auto j = exporter::ToJson(*doc);
  std::vector<std::string> keys;
  for (const auto& [k, v] : j.items()) keys.push_back(k);
  EXPECT_EQ(keys, (std::vector<std::string>{"schema", "source", "kind", "action_plan", "warnings",
                                             "kind_confidence"}));
  std::vector<std::string> milestone;
  for (const auto& [k, v] : j["action_plan"]["commitments"][0]["milestones"][0].items())
    milestone.push_back(k);
  EXPECT_EQ(milestone, (std::vector<std::string>{"number", "group", "text", "outputs", "due",
                                                 "lead", "supporting", "pages"}));
  std::vector<std::string> commitment;
  for (const auto& [k, v] : j["action_plan"]["commitments"][0].items()) commitment.push_back(k);
  EXPECT_EQ(commitment,
            (std::vector<std::string>{"number", "title", "lead", "supporting", "period", "problem",
                                      "milestones", "pages", "id", "theme", "description",
                                      "objective", "relevance", "ambition", "analysis", "contact"}));
  std::vector<std::string> due;
  for (const auto& [k, v] : j["action_plan"]["commitments"][0]["milestones"][0]["due"].items())
    due.push_back(k);
  EXPECT_EQ(due, (std::vector<std::string>{"raw", "start", "end", "start_date", "end_date"}));
  // Without the optional fields: the shared ogpx/1 keys only.
  auto core = exporter::ToJson(*doc, {.optional_fields = false});
  EXPECT_FALSE(core.contains("kind_confidence"));
  EXPECT_FALSE(core["action_plan"]["commitments"][0].contains("analysis"));
  EXPECT_FALSE(core["action_plan"]["commitments"][0]["milestones"][0]["due"].contains("end_date"));
}

TEST(JsonTest, AbsentValuesAreNullAndAbsentListsEmpty) {
  model::Document doc;
  doc.kind = model::Kind::kActionPlan;
  doc.action_plan.emplace();
  doc.action_plan->commitments.push_back({});
  doc.action_plan->commitments[0].milestones.push_back({});
  doc.warnings.push_back({std::nullopt, "doc_level", "no page"});
  doc.provenance.push_back({"/action_plan/title", 1, 0, 0, 1, 1, 42.5});
  auto j = exporter::ToJson(doc);
  EXPECT_TRUE(j["action_plan"]["country"].is_null());
  EXPECT_TRUE(j["action_plan"]["period"]["start"].is_null());
  EXPECT_EQ(j["action_plan"]["participants"]["government"], nlohmann::ordered_json::array());
  const auto& c = j["action_plan"]["commitments"][0];
  EXPECT_TRUE(c["title"].is_null());
  EXPECT_TRUE(c["problem"]["causes"].is_null());
  EXPECT_EQ(c["supporting"]["other"], nlohmann::ordered_json::array());
  EXPECT_TRUE(c["milestones"][0]["group"].is_null());
  EXPECT_TRUE(c["milestones"][0]["due"].is_null());
  EXPECT_TRUE(j["warnings"][0]["page"].is_null());
  EXPECT_FALSE(j.contains("provenance"));
  EXPECT_EQ(j.dump().find("ocr_confidence"), std::string::npos);  // nor its OCR confidence
  EXPECT_FALSE(j.contains("order"));
  // And back: the same document without provenance.
  auto back = exporter::FromJson(nlohmann::json::parse(j.dump()));
  ASSERT_TRUE(back.ok());
  doc.provenance.clear();
  EXPECT_EQ(*back, doc);
}

TEST(JsonTest, TextIsUnescapedUtf8WithTwoSpaceIndentAndTrailingNewline) {
  auto doc = GoldDocument("order-120-mn.gold.json");
  ASSERT_TRUE(doc.ok());
  std::string text = exporter::ToJsonText(*doc);
  EXPECT_EQ(text.substr(0, 22), "{\n  \"schema\": \"ogpx/1\"");
  EXPECT_EQ(text.back(), '\n');
  EXPECT_EQ(text.find("\\u"), std::string::npos);
  EXPECT_NE(text.find(*doc->order->issuer), std::string::npos);
}

TEST(JsonTest, FromJsonNamesThePathOfABadValue) {
  auto j = GoldJson("report-mof-2024q3-en.gold.json");
  j["progress_report"]["entries"][2]["progress_percent"] = "sixty";
  auto doc = exporter::FromJson(j);
  ASSERT_FALSE(doc.ok());
  EXPECT_NE(doc.error().reason.find("/progress_report/entries/2/progress_percent"),
            std::string::npos)
      << doc.error().reason;

  j = GoldJson("report-mof-2024q3-en.gold.json");
  j["progress_report"]["entries"][0]["status"] = "done";
  ASSERT_FALSE(exporter::FromJson(j).ok());

  j = GoldJson("report-mof-2024q3-en.gold.json");
  j["schema"] = "ogpx/2";
  doc = exporter::FromJson(j);
  ASSERT_FALSE(doc.ok());
  EXPECT_NE(doc.error().reason.find("/schema"), std::string::npos);

  EXPECT_FALSE(exporter::FromJson(nlohmann::json::array()).ok());

  j = GoldJson("order-120-mn.gold.json");
  j["order"] = 7;
  doc = exporter::FromJson(j);
  ASSERT_FALSE(doc.ok());
  EXPECT_NE(doc.error().reason.find("/order"), std::string::npos);
}

TEST(JsonTest, OnlyTheObjectOfTheDocumentsKindIsRead) {
  auto j = GoldJson("order-120-mn.gold.json");
  j["action_plan"] = GoldJson("nap5-mn-excerpt.gold.json")["action_plan"];
  auto doc = exporter::FromJson(j);
  ASSERT_TRUE(doc.ok());
  EXPECT_FALSE(doc->action_plan.has_value());
  ASSERT_TRUE(doc->order.has_value());
  auto again = exporter::FromJson(nlohmann::json::parse(exporter::ToJsonText(*doc)));
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*again, *doc);
}

}  // namespace
}  // namespace ogpx::testing
