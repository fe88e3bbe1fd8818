// A loss is never silent: a table the plan reader could not map is named in
// a table_not_understood warning (extract/action_plan.cpp).
#include <gtest/gtest.h>

#include <algorithm>

#include "extract/extract.h"
#include "layout/running.h"
#include "tests/tables/synthetic_geometry.h"

namespace ogpx::extract {
namespace {

using testing::FullGrid;
using testing::MakePage;
using testing::Text;

bool Warns(const std::vector<Warning>& warnings, const std::string& code, int page) {
  return std::any_of(warnings.begin(), warnings.end(),
                     [&](const Warning& w) { return w.code == code && w.page == page; });
}

TEST(UnreadTables, ATableOfNoTemplateIsWarnedWithItsPage) {
  ingest::Document doc;
  doc.pages.push_back(MakePage(1));
  doc.pages.push_back(MakePage(2));
  ingest::Page& page = doc.pages[1];
  FullGrid(page, {50, 250, 450}, {100, 130, 160, 190});
  Text(page, "Budget line", 55, 108);
  Text(page, "Amount", 255, 108);
  Text(page, "Training", 55, 138);
  Text(page, "12,000", 255, 138);
  Text(page, "Printing", 55, 168);
  Text(page, "3,500", 255, 168);
  const auto tables = FindTables(doc);
  ASSERT_FALSE(tables.empty());
  std::vector<Warning> warnings;
  std::vector<model::Provenance> provenance;
  const layout::Structure structure = layout::BuildStructure(doc, tables, layout::RunningTexts(doc));
  const model::ActionPlan plan = ReadActionPlan(structure, warnings, provenance);
  EXPECT_TRUE(plan.commitments.empty());
  EXPECT_TRUE(Warns(warnings, "table_not_understood", 2));
  EXPECT_TRUE(std::any_of(warnings.begin(), warnings.end(),
                          [](const Warning& w) { return w.code == "plan_no_commitments"; }));
}

}  // namespace
}  // namespace ogpx::extract
