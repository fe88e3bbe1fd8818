// The exporters behind export/exporter.h: one registry, every format chooses
// documents with --kind and --document, and a failed export leaves nothing
// (no file, no temporary file, no folder it created) whatever the format.
#include "export/exporter.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "../model/gold.h"
#include "export/ogp_csv.h"
#include "export/writer.h"
#include "support/table_read.h"
#include "tests/cli/run_cli.h"

namespace ogpx::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const char* const kGolds[] = {"nap5-en.gold.json", "report-mof-2024q3-en.gold.json",
                              "report-mmhi-2024q4-mn.gold.json", "order-120-mn.gold.json"};

class Exporters : public TempDirTest {
 protected:
  void SetUp() override {
    TempDirTest::SetUp();
    auto store = model::Store::Open((dir_ / "db.sqlite").string());
    ASSERT_TRUE(store.ok()) << store.error().ToString();
    store_.emplace(std::move(store).value());
    ASSERT_TRUE(store_->LoadAliases(std::string(OGPX_SOURCE_DIR) + "/data/org-aliases-mn-en.tsv").ok());
    for (const char* name : kGolds) {
      auto doc = GoldDocument(name);
      ASSERT_TRUE(doc.ok());
      docs_.push_back(*doc);
      ASSERT_TRUE(store_->Ingest(*doc, 1).ok());
    }
  }
  void TearDown() override {
    store_.reset();
    TempDirTest::TearDown();
  }
  static std::vector<std::string> Listing(const fs::path& dir) {
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
  }
  // The SHA-256 of every document the export in `dir` holds, sorted; for
  // ogp-csv, which has no document column, the commitment identifiers.
  static std::vector<std::string> Written(const std::string& format, const fs::path& dir) {
    std::vector<std::string> out;
    auto column = [&](const std::vector<std::vector<std::string>>& rows, const std::string& name) {
      for (std::size_t c = 0; !rows.empty() && c < rows[0].size(); ++c)
        if (rows[0][c] == name)
          for (std::size_t r = 1; r < rows.size(); ++r) out.push_back(rows[r][c]);
    };
    if (format == "json") {
      for (const auto& f : Listing(dir)) out.push_back(json::parse(ReadText(dir / f))["source"]["sha256"]);
    } else if (format == "jsonl") {
      std::istringstream lines(ReadText(dir / "ogpx.jsonl"));
      for (std::string line; std::getline(lines, line);) out.push_back(json::parse(line)["source"]["sha256"]);
    } else if (format == "csv") {
      column(ReadCsv(ReadText(dir / "documents.csv")), "sha256");
    } else if (format == "ogp-csv") {
      column(ReadCsv(ReadText(dir / "ogp-commitments.csv")), "Commitment Unique Identifier");
    } else if (format == "xlsx") {
      std::string error;
      const json book = ReadXlsx((dir / "ogpx.xlsx").string(), &error);
      EXPECT_TRUE(book.is_object()) << error;
      const json& rows = Sheet(book, "documents")["rows"];
      for (std::size_t r = 1; r < rows.size(); ++r) out.push_back(rows[r][2]["v"]);
    } else {
      ADD_FAILURE() << "format " << format << ": teach Written() to read its output";
    }
    std::sort(out.begin(), out.end());
    return out;
  }
  std::optional<model::Store> store_;
  std::vector<model::Document> docs_;
};

TEST_F(Exporters, OneRegistryNamesEveryFormat) {
  std::vector<std::string> names;
  for (const auto& f : exporter::ExportFormats()) {
    names.emplace_back(f.name);
    EXPECT_FALSE(f.summary.empty()) << f.name;
    EXPECT_NE(exporter::MakeExporter(f.name), nullptr) << f.name;
  }
  EXPECT_EQ(names, (std::vector<std::string>{"json", "jsonl", "csv", "xlsx", "ogp-csv"}));
  EXPECT_EQ(exporter::MakeExporter("xml"), nullptr);
  EXPECT_EQ(exporter::ExportFormatNames(), "json, jsonl, csv, xlsx or ogp-csv");
  auto e = exporter::ExportDatabase(*store_, "xml", (dir_ / "x").string());
  ASSERT_FALSE(e.ok());
  EXPECT_EQ(e.error().kind, ErrorKind::kUsage);
  EXPECT_NE(e.error().reason.find("json, jsonl, csv, xlsx or ogp-csv"), std::string::npos);
  EXPECT_FALSE(fs::exists(dir_ / "x"));
  // `ogpx export --help` describes each of them.
  const CliRun help = RunOgpx("export --help");
  EXPECT_EQ(help.exit_code, 0);
  for (const auto& name : names) EXPECT_NE(help.out.find("\n  " + name + " "), std::string::npos) << name;
}

TEST_F(Exporters, KindAndDocumentChooseTheDocumentsOfEveryFormat) {
  const std::string plan = docs_[0].source.sha256, order = docs_[3].source.sha256;
  std::vector<std::string> reports = {docs_[1].source.sha256, docs_[2].source.sha256};
  std::sort(reports.begin(), reports.end());
  std::vector<std::string> plan_ids;
  for (const auto& c : docs_[0].action_plan->commitments)
    plan_ids.push_back(exporter::OgpCommitmentId(*docs_[0].action_plan, c));
  std::sort(plan_ids.begin(), plan_ids.end());
  for (const auto& f : exporter::ExportFormats()) {
    const std::string format(f.name);
    SCOPED_TRACE(format);
    const bool ogp = format == "ogp-csv";
    auto run = [&](const std::string& sub, std::vector<std::string> kinds,
                   std::vector<std::string> documents) {
      exporter::ExportOptions options;
      options.kinds = std::move(kinds);
      options.documents = std::move(documents);
      auto written = exporter::ExportDatabase(*store_, format, (dir_ / format / sub).string(), options);
      EXPECT_TRUE(written.ok()) << written.error().ToString();
      return Written(format, dir_ / format / sub);
    };
    EXPECT_EQ(run("reports", {"progress_report"}, {}), ogp ? std::vector<std::string>{} : reports);
    EXPECT_EQ(run("order", {}, {"order-120-mn.pdf"}),
              ogp ? std::vector<std::string>{} : std::vector<std::string>{order});
    EXPECT_EQ(run("plan", {"action_plan", "order"}, {plan.substr(0, 12)}),
              ogp ? plan_ids : std::vector<std::string>{plan});
    EXPECT_EQ(run("all", {}, {}).size(), ogp ? plan_ids.size() : std::size(kGolds));
  }
  exporter::ExportOptions decree;
  decree.kinds = {"decree"};
  auto bad = exporter::ExportDatabase(*store_, "csv", (dir_ / "bad").string(), decree);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().kind, ErrorKind::kUsage);
}

TEST_F(Exporters, ARefusedFileLeavesNothingWhateverTheFormat) {
  for (const auto& f : exporter::ExportFormats()) {
    const std::string format(f.name);
    SCOPED_TRACE(format);
    // A first export tells the files of the format.
    const fs::path first = dir_ / format / "first";
    auto written = exporter::ExportDatabase(*store_, format, first.string());
    ASSERT_TRUE(written.ok()) << written.error().ToString();
    ASSERT_FALSE(written->empty());
    // Into a new folder, with the last file one to keep: refused once the
    // others are staged, and neither they nor the folder remain.
    const fs::path fresh = dir_ / format / "fresh" / "deeper";
    const std::string last = fs::path(written->back()).filename().string();
    exporter::ExportOptions keep;
    keep.keep = {{"database", (fresh / last).string()}};
    auto refused = exporter::ExportDatabase(*store_, format, fresh.string(), keep);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::kUsage);
    EXPECT_NE(refused.error().ToString().find("refusing to write over it"), std::string::npos);
    EXPECT_FALSE(fs::exists(dir_ / format / "fresh"));
    // Over the first export: every file as it was, no temporary file.
    std::vector<std::string> before;
    for (const auto& p : *written) before.push_back(ReadText(p));
    fs::remove(*written->begin());
    keep.keep = {{"database", written->back()}};
    refused = exporter::ExportDatabase(*store_, format, first.string(), keep);
    ASSERT_FALSE(refused.ok());
    EXPECT_FALSE(fs::exists(*written->begin()));
    for (std::size_t i = 1; i < written->size(); ++i)
      EXPECT_EQ(ReadText((*written)[i]), before[i]) << (*written)[i];
    EXPECT_EQ(Listing(first).size(), written->size() - 1);
  }
}

// An exporter that stages two files and then fails.
class FailingExporter : public exporter::Exporter {
 public:
  std::optional<Error> Begin(const exporter::ExportSettings&) override { return std::nullopt; }
  std::optional<Error> Add(const model::Document&, const model::DocumentKeys&) override {
    return std::nullopt;
  }
  std::optional<Error> Commit(exporter::OutputFiles& files) override {
    if (auto e = files.Add("a.txt", "complete")) return e;
    return files.AddWrittenBy("b.bin", [](const std::string& path) -> std::optional<Error> {
      std::ofstream(path) << "half of it";
      return Error{ErrorKind::kIo, path, std::nullopt, "disk full"};
    });
  }
};

TEST_F(Exporters, AnExporterThatFailsLeavesNoFileAndNoFolder) {
  FailingExporter failing;
  auto result = exporter::ExportDatabase(*store_, failing, (dir_ / "out" / "sub").string());
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().reason, "disk full");
  EXPECT_FALSE(fs::exists(dir_ / "out"));
  for (const auto& name : Listing(dir_)) EXPECT_TRUE(name.starts_with("db.sqlite")) << name;
}

TEST_F(Exporters, OutputFilesRenameEveryStagedFileOnCommitOnly) {
  const fs::path out = dir_ / "staged";
  {
    exporter::OutputFiles files(out.string(), {});
    ASSERT_FALSE(files.Add("one.txt", "1").has_value());
    EXPECT_EQ(Listing(out).size(), 1u);  // a temporary file
    EXPECT_FALSE(fs::exists(out / "one.txt"));
  }  // never committed
  EXPECT_FALSE(fs::exists(out));
  exporter::OutputFiles files(out.string(), {});
  ASSERT_FALSE(files.Add("one.txt", "1").has_value());
  ASSERT_FALSE(files
                   .AddWrittenBy("two.txt",
                                 [](const std::string& path) -> std::optional<Error> {
                                   std::ofstream(path) << "2";
                                   return std::nullopt;
                                 })
                   .has_value());
  auto paths = files.Commit();
  ASSERT_TRUE(paths.ok());
  EXPECT_EQ(*paths, (std::vector<std::string>{(out / "one.txt").string(), (out / "two.txt").string()}));
  EXPECT_EQ(Listing(out), (std::vector<std::string>{"one.txt", "two.txt"}));
  EXPECT_EQ(ReadText(out / "two.txt"), "2");
  // Permissions of a file the user creates (umask applied), not mkstemp's 0600.
  const mode_t mask = ::umask(0);
  ::umask(mask);
  EXPECT_EQ(static_cast<unsigned>(fs::status(out / "two.txt").permissions()), 0666u & ~mask);
}

}  // namespace
}  // namespace ogpx::testing
