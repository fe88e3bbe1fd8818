// The organisation-cell splitter (extract/stakeholders.h) on synthetic
// cells: one line per CellLine with its box, as the table finder gives them.
#include "extract/plan/stakeholders.h"

#include <gtest/gtest.h>

namespace ogpx::extract {
namespace {

using Names = std::vector<std::string>;

// A line at (x0, y) whose width is proportional to its length (5 pt per
// character, 10 pt font), like a cell column of a Word table.
CellLine Line(const std::string& text, double y, int page = 1, double x0 = 100) {
  CellLine l;
  l.page = page;
  l.text = text;
  l.font_size = 10;
  int chars = 0;
  for (unsigned char c : text) chars += (c & 0xC0) != 0x80;
  l.box = {x0, y, x0 + 5.0 * chars, y + 10};
  return l;
}

TEST(SplitOrganisations, WrapCuesJoinLines) {
  // Column 100..200 pt: names wrap after a connector or before lower case.
  std::vector<CellLine> lines = {Line("Ministry of Environment and", 0), Line("Tourism", 12),
                                 Line("Ministry of Justice", 24), Line("and Home Affairs", 36)};
  EXPECT_EQ(SplitOrganisations(lines, 240, {}),
            (Names{"Ministry of Environment and Tourism", "Ministry of Justice and Home Affairs"}));
}

TEST(SplitOrganisations, NextWordThatWouldHaveFittedBreaks) {
  // A wide column: "Open" would have fitted after "Ministry of Finance".
  std::vector<CellLine> lines = {Line("Ministry of Finance", 0), Line("Open Society Forum NGO", 12)};
  EXPECT_EQ(SplitOrganisations(lines, 400, {}),
            (Names{"Ministry of Finance", "Open Society Forum NGO"}));
}

TEST(SplitOrganisations, ParagraphSpacingSeparatesNames) {
  // Wrapped lines 12 pt apart, new names 13.6 pt apart; the column is too
  // narrow for the fit test to tell.
  std::vector<CellLine> lines = {Line("Mongolian National", 0), Line("Broadcasting", 12),
                                 Line("Mongolian National", 25.6), Line("News Agency", 37.6)};
  EXPECT_GT(ParagraphPitch({lines}), 12.0);
  EXPECT_LT(ParagraphPitch({lines}), 13.6);
  EXPECT_EQ(SplitOrganisations(lines, 195, {}),
            (Names{"Mongolian National Broadcasting", "Mongolian National News Agency"}));
}

TEST(SplitOrganisations, ScannedPitchesWithoutAGapAreNoParagraphSpacing) {
  // A scan's baselines wander: pitches of 10.2 to 11.0 run into each other
  // (no paragraph spacing), and one of 12.2 (a misread baseline) is one
  // pitch among many of a loose group. A text layer's single paragraph
  // pitch above tight line pitches is spacing.
  std::vector<CellLine> scan;
  const double ys[] = {0, 10.2, 20.9, 31.2, 41.5, 51.8, 62.1, 72.4, 83.4, 93.7, 105.9, 116.1};
  for (double y : ys) scan.push_back(Line("Name", y));
  EXPECT_EQ(ParagraphPitch({scan}), 0.0);
  std::vector<CellLine> typeset = {Line("National Land", 0), Line("Agency", 11.25), Line("Kestoria", 24),
                                   Line("NGO", 35.25)};
  EXPECT_GT(ParagraphPitch({typeset}), 11.25);
}

TEST(SplitOrganisations, OneShortPitchOfAScanIsNoLineSpacing) {
  // OCR put one line's baseline 1.2 pt low (a word with descenders alone on
  // its line): one pitch of 9.1 below a dozen of 10.1-10.7 and one of 11.5.
  // From a text layer the lone short pitch is line spacing and the others
  // paragraph spacing; from OCR it is no spacing at all.
  const double ys[] = {0, 10.3, 20.6, 32.1, 41.2, 51.5, 61.8, 72.1, 82.4, 92.9, 103.3, 113.4, 123.9, 134.2};
  std::vector<CellLine> typeset, scan;
  for (double y : ys) {
    typeset.push_back(Line("Name", y));
    scan.push_back(Line("Name", y));
    scan.back().ocr = true;
  }
  EXPECT_GT(ParagraphPitch({typeset}), 9.1);
  EXPECT_EQ(ParagraphPitch({scan}), 0.0);
}

TEST(SplitOrganisations, PitchNearTheThresholdLeavesItToTheOtherRules) {
  // Scanned baselines are off by up to half a point: a pitch of 12.6 (the
  // threshold is 12.8) does not say "same name"; "Local" would have fitted
  // after "Ministries", so the writer broke the line there.
  std::vector<CellLine> lines = {Line("Mongolian National", 0),   Line("Broadcasting", 12),
                                 Line("Mongolian National", 25.6), Line("News Agency", 37.6),
                                 Line("Ministries", 51.2),         Line("Local Municipalities", 63.8)};
  EXPECT_EQ(SplitOrganisations(lines, 200, {}),
            (Names{"Mongolian National Broadcasting", "Mongolian National News Agency", "Ministries",
                   "Local Municipalities"}));
}

TEST(SplitOrganisations, BaselinesGiveThePitchWhenKnown) {
  // A scanned column (nap5-en-scan p19): line tops move with the letters a
  // line holds, baselines do not. The tops and baselines are Tesseract's.
  std::vector<CellLine> lines = {Line("Ministry of Digital", 102.5), Line("Development and", 115.0),
                                 Line("Communications", 126.0),      Line("Communications", 139.4),
                                 Line("Regulatory", 152.6),          Line("Commission", 164.9),
                                 Line("National Police", 178.3),     Line("Agency", 190.8)};
  const double base[] = {110.4, 122.64, 134.6, 148.14, 160.44, 172.32, 186.0, 198.24};
  for (std::size_t i = 0; i < lines.size(); ++i) lines[i].baseline = base[i];
  EXPECT_EQ(SplitOrganisations(lines, 180, {}),
            (Names{"Ministry of Digital Development and Communications",
                   "Communications Regulatory Commission", "National Police Agency"}));
}

TEST(SplitOrganisations, UniformPitchGivesNoParagraphSpacing) {
  std::vector<CellLine> lines = {Line("A", 0), Line("B", 12), Line("C", 24.3)};
  EXPECT_EQ(ParagraphPitch({lines}), 0.0);
}

TEST(SplitOrganisations, KnownNameWinsOverAmbiguousBreak) {
  // A narrow column where nothing else tells: the document's own list does.
  std::vector<CellLine> lines = {Line("'Publish what you", 0), Line("pay' civil society", 12),
                                 Line("coalition", 24), Line("Mongolian", 36),
                                 Line("Environmental Civil", 48), Line("Council", 60)};
  KnownOrgs known;
  known.Add("Mongolian Environmental Civil Council");
  known.Add("'Publish what you pay' civil society coalition");
  EXPECT_EQ(SplitOrganisations(lines, 196, known),
            (Names{"'Publish what you pay' civil society coalition",
                   "Mongolian Environmental Civil Council"}));
}

TEST(SplitOrganisations, NextLineKnownElsewhereStartsAName) {
  // Neither line fits the other's first word, "Minister" ends no name the
  // vocabulary knows and the second line holds no word that heads names; it
  // is a name the document prints alone.
  std::vector<CellLine> lines = {Line("Office of the Prime Minister", 0), Line("Transparency Norland", 12)};
  EXPECT_EQ(SplitOrganisations(lines, 245, KnownOrgs()), (Names{"Office of the Prime Minister Transparency Norland"}));
  KnownOrgs known;
  known.Add("Transparency Norland");
  EXPECT_EQ(SplitOrganisations(lines, 245, known), (Names{"Office of the Prime Minister", "Transparency Norland"}));
}

TEST(SplitOrganisations, TwoHeadsAreTwoNames) {
  // Nothing else tells, but each line holds a word that heads names
  // ("org.head": office, agency): two names, one per line.
  std::vector<CellLine> lines = {Line("Office of the Prime Minister", 0), Line("National Land Agency", 12)};
  EXPECT_EQ(SplitOrganisations(lines, 245, KnownOrgs()), (Names{"Office of the Prime Minister", "National Land Agency"}));
  // A wrapped name with one head stays one name.
  std::vector<CellLine> wrapped = {Line("Ministry of Labour and Social", 0), Line("Protection", 12)};
  EXPECT_EQ(SplitOrganisations(wrapped, 245, KnownOrgs()), (Names{"Ministry of Labour and Social Protection"}));
}

TEST(SplitOrganisations, NameCutByAPageBreakIsOne) {
  std::vector<CellLine> lines = {Line("Water Agency", 500), Line("Mineral Resources and", 512),
                                 Line("Petroleum Authority", 40, 2)};
  EXPECT_EQ(SplitOrganisations(lines, 210, {}),
            (Names{"Water Agency", "Mineral Resources and Petroleum Authority"}));
}

TEST(SplitOrganisations, MongolianEndWordBreaks) {
  std::vector<CellLine> lines = {Line("Цахим хөгжил, харилцаа", 0), Line("холбооны яам", 10),
                                 Line("Усны газар", 20), Line("Ойн судалгаа, хөгжлийн", 30),
                                 Line("төв", 40)};
  // "Усны" would not fit after "холбооны яам": the end word "яам" decides.
  EXPECT_EQ(SplitOrganisations(lines, 180, {}),
            (Names{"Цахим хөгжил, харилцаа холбооны яам", "Усны газар",
                   "Ойн судалгаа, хөгжлийн төв"}));
}

TEST(SplitOrganisations, DashMeansNone) {
  EXPECT_TRUE(SplitOrganisations({Line("-", 0)}, 200, {}).empty());
  EXPECT_TRUE(SplitOrganisations({}, 200, {}).empty());
}

TEST(CleanOrgName, DropsNumbersBulletsAndTrailingPunctuation) {
  EXPECT_EQ(CleanOrgName("3. Ministry of Finance;"), "Ministry of Finance");
  EXPECT_EQ(CleanOrgName("- Open Society Forum NGO,"), "Open Society Forum NGO");
  EXPECT_EQ(CleanOrgName("  Mayor's   Office  "), "Mayor's Office");
  EXPECT_EQ(CleanOrgName("-"), "");
  EXPECT_EQ(CleanOrgName(":"), "");      // OCR of a rule or a speck
  EXPECT_EQ(CleanOrgName("| ; |"), "");
  EXPECT_EQ(CleanOrgName("”"), "");
  EXPECT_EQ(CleanOrgName("Төрийн аудит"), "Төрийн аудит");
}

TEST(JoinLines, GluesHyphenatedBreaksOnly) {
  EXPECT_EQ(JoinLines({"Non-", "governmental organizations"}), "Non-governmental organizations");
  EXPECT_EQ(JoinLines({"2024-", "2025"}), "2024-2025");
  EXPECT_EQ(JoinLines({"Ministry of", "Finance"}), "Ministry of Finance");
  EXPECT_EQ(JoinLines({"-The law will be approved.", "-Unified database"}),
            "-The law will be approved. -Unified database");
}

}  // namespace
}  // namespace ogpx::extract

namespace ogpx::extract {
namespace {

TEST(GuessSectors, EnglishByTheWordsOfTheName) {
  const auto g = GuessSectors({"Ministry of Finance", "Open Budget Coalition", "World Bank Country Office",
                               "Kestoria Open Data Network", "Riverside Partners"});
  EXPECT_EQ(g.supporting.government, (std::vector<std::string>{"Ministry of Finance"}));
  EXPECT_EQ(g.supporting.civil_society,
            (std::vector<std::string>{"Open Budget Coalition", "Kestoria Open Data Network"}));
  EXPECT_EQ(g.supporting.other, (std::vector<std::string>{"World Bank Country Office", "Riverside Partners"}));
  EXPECT_TRUE(g.unsure.empty());
}

TEST(GuessSectors, MongolianByTheLastWord) {
  // "Сангийн яам" is the Ministry of Finance, not a foundation ("сан");
  // "… харилцаа холбооны яам" a ministry, not an association ("холбоо").
  const auto g = GuessSectors({"Сангийн яам", "Цахим хөгжил, харилцаа холбооны яам",
                               "Хүний эрхийн үндэсний комисс", "Иргэний дуу хоолой холбоо",
                               "Монголын хуульчдын холбоо", "Шилэн дансны сан"});
  EXPECT_EQ(g.supporting.government,
            (std::vector<std::string>{"Сангийн яам", "Цахим хөгжил, харилцаа холбооны яам",
                                      "Хүний эрхийн үндэсний комисс"}));
  EXPECT_EQ(g.supporting.civil_society,
            (std::vector<std::string>{"Иргэний дуу хоолой холбоо", "Монголын хуульчдын холбоо", "Шилэн дансны сан"}));
}

}  // namespace
}  // namespace ogpx::extract
