// ICDAR 2013 table competition, fixed subset (tests/data/icdar2013, see its
// README): `ogpx tables --format icdar` on each PDF, scored in C++ after the
// shared scorer's method. Fails when structure or detection F1 drops below
// the floors set from what the reconstruction reaches (measured 2026-11-27:
// structure F1 0.932, detection F1 0.909 on this subset).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <unistd.h>
#include <string>

#include "tests/tables/icdar_scorer.h"

namespace ogpx::testing::icdar {
namespace {

constexpr double kStructureFloor = 0.90;
constexpr double kDetectionFloor = 0.85;

const char* const kDocs[] = {"eu-005", "eu-006", "eu-016", "eu-018", "us-001",
                             "us-004", "us-005", "us-032", "us-039"};

std::string Data(const std::string& file) { return std::string(OGPX_TESTDATA_DIR) + "/icdar2013/" + file; }

TEST(IcdarScorer, GroundTruthAgainstItselfIsPerfect) {
  for (const char* doc : kDocs) {
    auto gt = ReadStructure(Data(std::string(doc) + "-str.xml"));
    ASSERT_FALSE(gt.empty()) << doc;
    Counts c = Structure(gt, gt);
    EXPECT_GT(c.tp, 0) << doc;
    EXPECT_EQ(c.fp, 0) << doc;
    EXPECT_EQ(c.fn, 0) << doc;
    auto reg = ReadRegions(Data(std::string(doc) + "-reg.xml"));
    EXPECT_EQ(Detection(reg, reg).F1(), 1.0) << doc;
  }
}

TEST(IcdarScorer, RelationsFollowSpansAndSkipEmptyCells) {
  // a | b (spanning 2 rows)
  // c | ^
  // "" | d   -> H: a-b, c-b; V: a-c, b-d (empty cell skipped)
  Table t;
  t.cells = {{0, 0, 0, 0, "a"}, {0, 1, 1, 1, "b"}, {1, 0, 1, 0, "c"}, {2, 0, 2, 0, " "}, {2, 1, 2, 1, "d"}};
  Relations r = RelationsOf(t);
  EXPECT_EQ(Size(r), 4);
  EXPECT_EQ((r[{"a", "b", 'H'}]), 1);
  EXPECT_EQ((r[{"c", "b", 'H'}]), 1);
  EXPECT_EQ((r[{"a", "c", 'V'}]), 1);
  EXPECT_EQ((r[{"b", "d", 'V'}]), 1);
}

TEST(Icdar2013Subset, StructureAndDetectionAboveFloor) {
  const auto out = std::filesystem::temp_directory_path() /
                   ("ogpx-icdar-" + std::to_string(static_cast<long>(::getpid())));
  std::filesystem::create_directories(out);
  Counts structure, detection;
  for (const char* doc : kDocs) {
    const std::string cmd = std::string(OGPX_BINARY) + " tables '" + Data(std::string(doc) + ".pdf") +
                            "' --format icdar --out '" + out.string() + "'";
    ASSERT_EQ(std::system(cmd.c_str()), 0) << cmd;
    const std::string pred = (out / doc).string();
    auto gt = ReadStructure(Data(std::string(doc) + "-str.xml"));
    auto pr = ReadStructure(pred + "-str.xml");
    Counts s = Structure(gt, pr);
    Counts d = Detection(ReadRegions(Data(std::string(doc) + "-reg.xml")), ReadRegions(pred + "-reg.xml"));
    std::printf("%-8s structure tp/fp/fn %4d/%4d/%4d F1 %.3f  detection tp/fp/fn %d/%d/%d\n", doc, s.tp, s.fp,
                s.fn, s.F1(), d.tp, d.fp, d.fn);
    structure += s;
    detection += d;
  }
  std::filesystem::remove_all(out);
  std::printf("subset: structure F1 %.4f, detection F1 %.4f\n", structure.F1(), detection.F1());
  EXPECT_GE(structure.F1(), kStructureFloor);
  EXPECT_GE(detection.F1(), kDetectionFloor);
}

}  // namespace
}  // namespace ogpx::testing::icdar
