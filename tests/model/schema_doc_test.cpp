// docs/schema.md stays true: every ```sql example in it runs against a
// database holding the sample gold files and returns rows.
#include <gtest/gtest.h>

#include "db_fixture.h"
#include "gold.h"
#include "model/store.h"

namespace ogpx::testing {
namespace {

std::vector<std::string> SqlExamples() {
  std::string md = ReadText(std::filesystem::path(OGPX_SAMPLES_DIR) / ".." / "docs" / "schema.md");
  std::vector<std::string> out;
  const std::string open = "```sql\n", close = "```";
  for (std::size_t p = md.find(open); p != std::string::npos; p = md.find(open, p)) {
    p += open.size();
    std::size_t e = md.find(close, p);
    if (e == std::string::npos) break;
    out.push_back(md.substr(p, e - p));
    p = e + close.size();
  }
  return out;
}

class SchemaDocTest : public DbTest {};

TEST_F(SchemaDocTest, EveryExampleQueryRunsAndFindsRows) {
  {
    model::Store store = OpenStore();
    ASSERT_TRUE(store.LoadAliases(std::string(OGPX_SAMPLES_DIR) + "/../data/org-aliases-mn-en.tsv").ok());
    for (const auto& name : GoldFiles()) {
      auto doc = GoldDocument(name);
      ASSERT_TRUE(doc.ok());
      ASSERT_TRUE(store.Ingest(*doc, 1).ok()) << name;
    }
  }
  auto examples = SqlExamples();
  ASSERT_EQ(examples.size(), 7u);
  for (const auto& sql : examples) {
    SCOPED_TRACE(sql);
    std::string trimmed = sql;
    while (!trimmed.empty() && (trimmed.back() == '\n' || trimmed.back() == ';')) trimmed.pop_back();
    EXPECT_GT(Query("SELECT count(*) FROM (" + trimmed + ")"), 0);
  }
  // The first example finds Ministry of Finance milestones in the Mongolian
  // excerpt too (printed "Сангийн яам"), through the alias table.
  std::string first;
  for (const auto& e : examples)
    if (e.find("printed_as") != std::string::npos) first = e;
  ASSERT_FALSE(first.empty());
  while (first.back() == '\n' || first.back() == ';') first.pop_back();
  EXPECT_GT(Query("SELECT count(*) FROM (" + first + ") WHERE printed_as = 'Сангийн яам'"), 0);
}

}  // namespace
}  // namespace ogpx::testing
