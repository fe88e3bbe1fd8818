// --format xlsx read back by an independent reader (tests/support/
// xlsx_to_json.py): one sheet per table of the CSV data package with the
// same cells, the header frozen and filtered, widths set, integers as
// numbers, dates as dates, every text a string cell (never a formula).
#include <gtest/gtest.h>

#include <filesystem>

#include "../model/gold.h"
#include "export/csv.h"
#include "export/writer.h"
#include "support/table_read.h"
#include "tests/cli/run_cli.h"

namespace ogpx::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

class Xlsx : public TempDirTest {
 protected:
  // A database of `docs` (with the alias table, so reports link).
  model::Store Store(const std::vector<model::Document>& docs) {
    auto store = model::Store::Open((dir_ / "db.sqlite").string());
    EXPECT_TRUE(store.ok());
    EXPECT_TRUE(store->LoadAliases(std::string(OGPX_SOURCE_DIR) + "/data/org-aliases-mn-en.tsv").ok());
    for (const auto& d : docs) EXPECT_TRUE(store->Ingest(d, 1).ok());
    return std::move(store).value();
  }
  json Export(model::Store& store, const std::string& format, const std::string& sub, bool raw = false) {
    exporter::ExportOptions options;
    options.ogpx_version = "9.8.7";
    options.csv_raw = raw;
    auto written = exporter::ExportDatabase(store, format, (dir_ / sub).string(), options);
    EXPECT_TRUE(written.ok()) << written.error().ToString();
    if (format != "xlsx") return nullptr;
    std::string error;
    json book = ReadXlsx((dir_ / sub / "ogpx.xlsx").string(), &error);
    EXPECT_TRUE(book.is_object()) << error;
    return book;
  }
  static model::Document Gold(const char* name) {
    auto doc = GoldDocument(name);
    EXPECT_TRUE(doc.ok()) << name;
    return doc.ok() ? *doc : model::Document{};
  }
  // "A1:H6" for a sheet of `cols` columns and `rows` rows.
  static std::string Range(std::size_t cols, std::size_t rows) {
    std::string col;
    for (std::size_t n = cols; n > 0; n = (n - 1) / 26)
      col.insert(col.begin(), static_cast<char>('A' + (n - 1) % 26));
    return "A1:" + col + std::to_string(rows);
  }
};

TEST_F(Xlsx, EverySheetHoldsTheCellsOfItsCsvTable) {
  auto store = Store({Gold("nap5-en.gold.json"), Gold("report-mof-2024q3-en.gold.json"),
                      Gold("report-mmhi-2024q4-mn.gold.json"), Gold("order-120-mn.gold.json")});
  const json book = Export(store, "xlsx", "xlsx");
  Export(store, "csv", "csv");
  const json package = json::parse(ReadText(dir_ / "csv" / "datapackage.json"));
  ASSERT_EQ(book["sheets"].size(), package["resources"].size());
  // The raw CSV (no formula quote) holds the text of the workbook.
  Export(store, "csv", "raw", /*raw=*/true);
  EXPECT_EQ(book["properties"]["creator"], "ogpx 9.8.7");
  std::size_t numbers = 0, dates = 0, strings = 0;
  for (std::size_t i = 0; i < package["resources"].size(); ++i) {
    const json& resource = package["resources"][i];
    const json& sheet = book["sheets"][i];
    SCOPED_TRACE(sheet["name"].dump());
    EXPECT_EQ(sheet["name"], resource["name"]);
    const auto csv = ReadCsv(ReadText(dir_ / "raw" / resource["path"].get<std::string>()));
    const json& rows = sheet["rows"];
    ASSERT_EQ(rows.size(), csv.size());
    EXPECT_EQ(sheet["frozen_rows"], 1);
    EXPECT_EQ(sheet["autofilter"], Range(csv[0].size(), csv.size()));
    ASSERT_EQ(sheet["widths"].size(), csv[0].size());
    for (const auto& w : sheet["widths"]) {
      EXPECT_GE(w.get<double>(), 6);
      EXPECT_LE(w.get<double>(), 62);  // 60 characters and Excel's padding
    }
    const json& fields = resource["schema"]["fields"];
    for (std::size_t r = 0; r < csv.size(); ++r) {
      ASSERT_EQ(rows[r].size(), csv[r].size()) << "row " << r;
      for (std::size_t c = 0; c < csv[r].size(); ++c) {
        const json& cell = rows[r][c];
        const std::string& want = csv[r][c];
        const std::string type = r == 0 ? "string" : fields[c]["type"].get<std::string>();
        if (want.empty()) {
          EXPECT_TRUE(cell.is_null()) << r << "," << c;
        } else if (type == "integer") {
          ASSERT_EQ(cell["t"], "n") << r << "," << c << " " << want;
          EXPECT_EQ(cell["v"].dump(), want);
          ++numbers;
        } else if (type == "date") {
          ASSERT_EQ(cell["t"], "d") << r << "," << c << " " << want;
          EXPECT_EQ(cell["v"], want);
          ++dates;
        } else {
          ASSERT_EQ(cell["t"], "s") << r << "," << c << " " << want;
          EXPECT_EQ(cell["v"], want);
          ++strings;
        }
      }
    }
  }
  EXPECT_GT(numbers, 100u);
  EXPECT_GE(dates, 20u);  // the reports' periods and submission days, the order's date
  EXPECT_GT(strings, 500u);
}

TEST_F(Xlsx, FormulaLikeTextIsAStringCellAsPrinted) {
  auto plan = Gold("nap5-en.gold.json");
  auto& c = plan.action_plan->commitments.at(0);
  c.title = "=HYPERLINK(\"http://evil.example\",\"click\")";
  c.lead = {"@SUM(A1:A9)"};
  c.milestones.at(0).lead = {"+Ministry"};
  c.milestones.at(0).number = "-3";
  auto store = Store({plan});
  const json book = Export(store, "xlsx", "xlsx");
  std::vector<json> cells;
  for (const auto& sheet : book["sheets"])
    for (const auto& row : sheet["rows"])
      for (const auto& cell : row) {
        if (!cell.is_object()) continue;
        EXPECT_NE(cell["t"], "f") << cell.dump();  // no formula anywhere
        cells.push_back(cell);
      }
  auto has = [&](const json& want) { return std::find(cells.begin(), cells.end(), want) != cells.end(); };
  EXPECT_TRUE(has({{"t", "s"}, {"v", *c.title}}));  // no leading quote: a string cell is never run
  EXPECT_TRUE(has({{"t", "s"}, {"v", "@SUM(A1:A9)"}}));
  EXPECT_TRUE(has({{"t", "s"}, {"v", "+Ministry"}}));
  EXPECT_TRUE(has({{"t", "s"}, {"v", "-3"}}));  // a milestone number is text, as printed
}

TEST_F(Xlsx, ACellLongerThanExcelAllowsIsCutVisibly) {
  auto plan = Gold("nap5-en.gold.json");
  std::string text;
  while (text.size() < 2 * 40000) text += "Ж";  // 40000 characters
  plan.action_plan->commitments.at(0).milestones.at(0).text = text;
  auto store = Store({plan});
  const json book = Export(store, "xlsx", "xlsx");
  const json& rows = Sheet(book, "milestones")["rows"];
  ASSERT_GE(rows.size(), 2u);
  const std::string cell = rows[1][10]["v"];  // the "text" column
  std::size_t chars = 0;
  for (unsigned char ch : cell) chars += (ch & 0xC0) != 0x80;
  EXPECT_EQ(chars, 32767u);
  EXPECT_EQ(cell.rfind(text.substr(0, 2000), 0), 0u);
  EXPECT_TRUE(cell.ends_with("[... cut: the cell holds at most 32767 characters]"))
      << cell.substr(cell.size() - 80);
}

}  // namespace
}  // namespace ogpx::testing
