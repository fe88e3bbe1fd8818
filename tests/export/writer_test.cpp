// Atomic writes leave no temporary files; ExportDatabase reproduces the gold
// files from the database and writes a consistent CSV package.
#include "export/writer.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "../model/gold.h"
#include "export/csv.h"

namespace ogpx::testing {
namespace {

namespace fs = std::filesystem;

class WriterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("ogpx-export-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()) +
            "-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::vector<std::string> Listing(const fs::path& dir) {
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
  }
  fs::path dir_;
};

TEST_F(WriterTest, AtomicWriteReplacesTheFileAndLeavesNoTemporaryFile) {
  std::string path = (dir_ / "out.json").string();
  ASSERT_FALSE(exporter::WriteFileAtomic(path, "first").has_value());
  ASSERT_FALSE(exporter::WriteFileAtomic(path, "second, longer").has_value());
  EXPECT_EQ(ReadText(path), "second, longer");
  EXPECT_EQ(Listing(dir_), std::vector<std::string>{"out.json"});
}

TEST_F(WriterTest, AFailedWriteNamesTheFileAndLeavesNothingBehind) {
  // The destination is a folder: the rename fails after the data was written.
  fs::create_directories(dir_ / "taken.json" / "inside");
  auto err = exporter::WriteFileAtomic((dir_ / "taken.json").string(), "data");
  ASSERT_TRUE(err.has_value());
  EXPECT_EQ(err->kind, ErrorKind::kIo);
  EXPECT_EQ(err->file, (dir_ / "taken.json").string());
  EXPECT_EQ(Listing(dir_), std::vector<std::string>{"taken.json"});
  // A missing folder.
  err = exporter::WriteFileAtomic((dir_ / "missing" / "x.json").string(), "data");
  ASSERT_TRUE(err.has_value());
  EXPECT_FALSE(fs::exists(dir_ / "missing"));
}

TEST_F(WriterTest, JsonFileNamesDropThePdfExtension) {
  EXPECT_EQ(exporter::JsonFileName("nap5-en.pdf"), "nap5-en.json");
  EXPECT_EQ(exporter::JsonFileName("SCAN.PDF"), "SCAN.json");
  EXPECT_EQ(exporter::JsonFileName("notes.txt"), "notes.txt.json");
  EXPECT_EQ(exporter::JsonFileName("../evil.pdf"), ".._evil.json");
}

TEST_F(WriterTest, LongJsonFileNamesAreCutBetweenCharactersWithAHash) {
  std::string stem;
  for (int i = 0; i < 125; ++i) stem += "Я";  // 250 bytes
  const std::string name = exporter::JsonFileName(stem + ".pdf");
  EXPECT_LE(name.size(), exporter::kMaxFileNameBytes);
  EXPECT_EQ(name.size(), exporter::kMaxFileNameBytes);  // 186 bytes of text + "-XXXXXXXX.json"
  EXPECT_EQ(name.substr(0, 186), stem.substr(0, 186));
  EXPECT_EQ(name.substr(186, 1), "-");
  EXPECT_TRUE(name.ends_with(".json"));
  // An odd byte budget never cuts a character: 179 bytes of room keep 178.
  const std::string odd = exporter::JsonFileName(stem + ".pdf", "-123456");
  EXPECT_EQ(odd.size(), 199u);
  EXPECT_EQ(odd.substr(0, 178), stem.substr(0, 178));
  EXPECT_TRUE(odd.ends_with("-123456.json"));
  // Two long names that share their start stay apart.
  EXPECT_NE(exporter::JsonFileName(stem + "a.pdf"), exporter::JsonFileName(stem + "b.pdf"));
  // Short names are as before, with the suffix before ".json".
  EXPECT_EQ(exporter::JsonFileName("nap5-en.pdf", "-abcdef12"), "nap5-en-abcdef12.json");
}

TEST_F(WriterTest, FileNamesThatAreNotUtf8AreEscaped) {
  EXPECT_EQ(exporter::JsonFileName("bad\xFF\xC3name.pdf"), "bad\\xFF\\xC3name.json");
  EXPECT_EQ(exporter::JsonFileName("ok-\xD0\x96.pdf"), "ok-Ж.json");
}

TEST_F(WriterTest, SameFileFollowsLinksAndDotDot) {
  const std::string a = (dir_ / "a.sqlite").string();
  ASSERT_FALSE(exporter::WriteFileAtomic(a, "x").has_value());
  fs::create_hard_link(a, dir_ / "hard");
  fs::create_symlink(a, dir_ / "soft");
  fs::create_directories(dir_ / "d");
  EXPECT_TRUE(exporter::SameFile(a, (dir_ / "hard").string()));
  EXPECT_TRUE(exporter::SameFile(a, (dir_ / "soft").string()));
  EXPECT_TRUE(exporter::SameFile(a, (dir_ / "d" / ".." / "a.sqlite").string()));
  EXPECT_FALSE(exporter::SameFile(a, (dir_ / "b.sqlite").string()));
  // Neither exists yet: the same path is the same file.
  EXPECT_TRUE(exporter::SameFile((dir_ / "new").string(), (dir_ / "d" / ".." / "new").string()));
  auto e = exporter::RefuseToOverwrite((dir_ / "hard").string(), exporter::DatabaseFiles(a));
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(e->kind, ErrorKind::kUsage);
  EXPECT_EQ(e->ToString(), (dir_ / "hard").string() + ": is the same file as the database '" + a +
                               "'; refusing to write over it");
  EXPECT_FALSE(exporter::RefuseToOverwrite((dir_ / "other").string(), exporter::DatabaseFiles(a)));
  // The database's WAL companion counts as the database.
  EXPECT_TRUE(exporter::RefuseToOverwrite(a + "-wal", exporter::DatabaseFiles(a)).has_value());
}

TEST_F(WriterTest, JsonExportOfTheDatabaseReproducesEveryGoldFile) {
  auto store = model::Store::Open((dir_ / "db.sqlite").string());
  ASSERT_TRUE(store.ok());
  auto golds = GoldFiles();
  for (const auto& name : golds) {
    auto doc = GoldDocument(name);
    ASSERT_TRUE(doc.ok());
    ASSERT_TRUE(store->Ingest(*doc, 1).ok());
  }
  auto out = dir_ / "json";
  auto written = exporter::ExportDatabase(*store, "json", out.string());
  ASSERT_TRUE(written.ok()) << written.error().ToString();
  ASSERT_EQ(written->size(), golds.size());
  for (const auto& name : golds) {
    std::string stem = name.substr(0, name.size() - std::string(".gold.json").size());
    SCOPED_TRACE(stem);
    // The export is the full JSON (optional fields included) of the gold
    // document; without the optional fields it is the gold file itself.
    std::string exported = ReadText(out / (stem + ".json"));
    auto gold = GoldDocument(name);
    ASSERT_TRUE(gold.ok());
    EXPECT_EQ(exported, exporter::ToJsonText(*gold));
    auto back = exporter::FromJson(nlohmann::json::parse(exported));
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(exporter::ToJsonText(*back, {.optional_fields = false}),
              ReadText(fs::path(OGPX_SAMPLES_DIR) / name));
  }
  EXPECT_EQ(Listing(out).size(), golds.size());  // no temporary files
  EXPECT_FALSE(exporter::ExportDatabase(*store, "xml", out.string()).ok());
}

TEST_F(WriterTest, CsvExportUsesTheStoresOrganisations) {
  auto store = model::Store::Open((dir_ / "db.sqlite").string());
  ASSERT_TRUE(store.ok());
  ASSERT_TRUE(store->LoadAliases(std::string(OGPX_SAMPLES_DIR) + "/../data/org-aliases-mn-en.tsv").ok());
  for (const char* name : {"nap5-en.gold.json", "report-mmhi-2024q4-mn.gold.json"}) {
    auto doc = GoldDocument(name);
    ASSERT_TRUE(doc.ok());
    ASSERT_TRUE(store->Ingest(*doc, 1).ok());
  }
  auto out = dir_ / "csv";
  auto written = exporter::ExportDatabase(*store, "csv", out.string());
  ASSERT_TRUE(written.ok()) << written.error().ToString();
  EXPECT_EQ(Listing(out), (std::vector<std::string>{"commitments.csv", "datapackage.json", "documents.csv",
                                                     "milestones.csv", "orders.csv", "organisations.csv",
                                                     "report_entries.csv", "stakeholders.csv", "warnings.csv"}));
  auto pkg = nlohmann::json::parse(ReadText(out / "datapackage.json"));
  EXPECT_EQ(pkg["resources"].size(), 8u);
  // The report entries carry the id of the milestone they are linked to.
  auto linked = store->Keys(2);
  ASSERT_TRUE(linked.ok());
  ASSERT_FALSE(linked->entry_milestones.empty());
  for (const auto& m : linked->entry_milestones) EXPECT_TRUE(m.has_value());
  // One organisation row carries both the English and the Mongolian name.
  std::string orgs = ReadText(out / "organisations.csv");
  auto en = orgs.find("Ministry of Mining and Heavy Industry");
  ASSERT_NE(en, std::string::npos);
  auto line_end = orgs.find("\"\r\n", en);
  EXPECT_NE(orgs.substr(en, line_end - en).find("Уул уурхай, хүнд үйлдвэрийн яам"),
            std::string::npos);
}

}  // namespace
}  // namespace ogpx::testing
