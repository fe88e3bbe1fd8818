// The template label vocabulary (extract/action_plan_labels.h) and the cell
// readers of the milestone table (extract/action_plan_cells.h), on synthetic
// text and tables.
#include <gtest/gtest.h>

#include "extract/plan/cells.h"
#include "extract/plan/labels.h"

namespace ogpx::extract {
namespace {

TEST(MatchLabel, ScannedHeadersWithSpecksAndOneLetterMisread) {
  EXPECT_EQ(MatchLabel("Stakeholders 5"), PlanLabel::kStakeholders);
  EXPECT_EQ(MatchLabel("Expected Outputs л"), PlanLabel::kOutputs);
  EXPECT_EQ(MatchLabel("Milestanes"), PlanLabel::kMilestones);
  EXPECT_EQ(MatchLabel(". Expected Completion Date"), PlanLabel::kDue);
  EXPECT_EQ(MatchLabel("Commitment Start and End Date’"), MatchLabel("Commitment Start and End Date"));
  // Text is no label: a misread needs a long label, and running text stays text.
  EXPECT_FALSE(MatchLabel("Ministry of Finance"));
  EXPECT_FALSE(MatchLabel("Stakes"));
  EXPECT_FALSE(MatchLabel("The stakeholders of the milestones met twice a year in the capital"));
}

TEST(MatchLabel, EnglishAndMongolianRowLabels) {
  EXPECT_EQ(MatchLabel("Lead implementing agency/actor"), PlanLabel::kLead);
  EXPECT_EQ(MatchLabel("Хэрэгжүүлэх тэргүүлэх байгууллага"), PlanLabel::kLead);
  EXPECT_EQ(MatchLabel("SUPPORTING STAKEHOLDERS"), PlanLabel::kSupporting);
  EXPECT_EQ(MatchLabel("Дэмжигч талууд:"), PlanLabel::kSupporting);
  EXPECT_EQ(MatchLabel("Commitment Start and End Date"), PlanLabel::kPeriod);
  EXPECT_EQ(MatchLabel("Амлалтыг хэрэгжүүлж эхлэх, дуусах хугацаа"), PlanLabel::kPeriod);
  EXPECT_EQ(MatchLabel("What problem does the commitment aim to address?"), PlanLabel::kProblem);
  EXPECT_EQ(MatchLabel("Асуудлын шалтгаан юу вэ?"), PlanLabel::kCauses);
  EXPECT_EQ(MatchLabel("What has been done so far to solve the problem?"), PlanLabel::kDoneSoFar);
  EXPECT_EQ(MatchLabel("Ямар шийдлийг санал болгож байна вэ?"), PlanLabel::kSolution);
  EXPECT_EQ(MatchLabel("What results do we want to achieve by implementing this commitment?"),
            PlanLabel::kResults);
  EXPECT_EQ(MatchLabel("Expected Completion Dates"), PlanLabel::kDue);
  EXPECT_EQ(MatchLabel("Хүлээгдэж буй үр дүн"), PlanLabel::kOutputs);
  EXPECT_EQ(MatchLabel("Commitment Definition"), PlanLabel::kCommitmentDefinition);
}

TEST(MatchLabel, HeaderWordsBrokenInANarrowColumn) {
  // Hyphenated at the line end, joined with a space or, where the line joiner
  // kept the hyphen, without one.
  EXPECT_EQ(MatchLabel("Expected Comple- tion Date"), PlanLabel::kDue);
  EXPECT_EQ(MatchLabel("Expected Comple-tion Date"), PlanLabel::kDue);
  EXPECT_EQ(MatchLabel("Supporting sta-keholders"), PlanLabel::kSupporting);
  // Cut by characters where the word overflowed its column, no hyphen.
  EXPECT_EQ(MatchLabel("Deadlin e"), PlanLabel::kDue);
  EXPECT_EQ(MatchLabel("Expecte d Completio n Date"), PlanLabel::kDue);
  // A label with a letter added is still no label, cut or not.
  EXPECT_FALSE(MatchLabel("Deadlin es"));
  EXPECT_FALSE(MatchLabel("Mile stonesx"));
  EXPECT_FALSE(MatchLabel("Ministry of Fi nance"));
}

TEST(MatchLabel, SectorHeadersMatchWholeTextOnly) {
  EXPECT_EQ(MatchLabel("Government"), PlanLabel::kGovernment);
  EXPECT_EQ(MatchLabel("Төр"), PlanLabel::kGovernment);
  EXPECT_EQ(MatchLabel("Иргэний нийгэм"), PlanLabel::kCivilSociety);
  EXPECT_EQ(MatchLabel("Other Actors"), PlanLabel::kOtherActors);
  EXPECT_FALSE(MatchLabel("Төрийн өмчийн бодлого, зохицуулалтын газар"));
  EXPECT_FALSE(MatchLabel("Government of Mongolia"));
  EXPECT_FALSE(MatchLabel("Ministry of Finance"));
  // A label must end at a word boundary.
  EXPECT_FALSE(MatchLabel("Milestonesx"));
}

TEST(MatchSectorFuzzy, OcrDamagedHeadersOnly) {
  EXPECT_EQ(MatchSectorFuzzy("Gevernment"), PlanLabel::kGovernment);
  EXPECT_EQ(MatchSectorFuzzy("|Civil Soclety |"), PlanLabel::kCivilSociety);
  EXPECT_EQ(MatchSectorFuzzy("Төр"), PlanLabel::kGovernment);
  EXPECT_FALSE(MatchSectorFuzzy("Governors"));
  EXPECT_FALSE(MatchSectorFuzzy("Ministry of Finance"));
  EXPECT_FALSE(MatchSectorFuzzy("Төв"));  // too short to guess
}

TEST(MatchSectorFuzzy, MarksRoundTheWordsAreNoPartOfTheHeader) {
  // A stamp over a sub-table's header: a quote before "Other", specks after
  // "Civil Society".
  EXPECT_EQ(MatchSectorFuzzy("\u2018Other Actors"), PlanLabel::kOtherActors);
  EXPECT_EQ(MatchSectorFuzzy("Civil Society ~~\" Zz"), PlanLabel::kCivilSociety);
  EXPECT_FALSE(MatchSectorFuzzy("\u2018Other Ministries"));
}

TEST(AfterLabel, NamesPrintedAfterTheLabel) {
  EXPECT_EQ(AfterLabel("Supporting Stakeholders: Media Council of Mongolia NGO",
                       PlanLabel::kSupporting),
            "Media Council of Mongolia NGO");
  EXPECT_EQ(AfterLabel("Lead implementing agency/actor: Ministry of Finance", PlanLabel::kLead),
            "Ministry of Finance");
  EXPECT_EQ(AfterLabel("Хэрэгжүүлэх тэргүүлэх байгууллага:", PlanLabel::kLead), "");
  EXPECT_FALSE(AfterLabel("Ministry of Finance", PlanLabel::kLead));
}

TEST(AfterLabel, LabelsAsOcrMisreadsThem) {
  EXPECT_EQ(AfterLabel("Lead implementing agencylactor: Ministry of Interior", PlanLabel::kLead),
            "Ministry of Interior");
  EXPECT_EQ(AfterLabel("Lead implementing agency/lactor: Ministry of Justice", PlanLabel::kLead),
            "Ministry of Justice");
  EXPECT_EQ(AfterLabel("Supportinq Stakeholders: Open Budget Coalition", PlanLabel::kSupporting),
            "Open Budget Coalition");
  // A name with a colon is no label.
  EXPECT_FALSE(AfterLabel("Ministry of Finance: Treasury Department", PlanLabel::kLead));
  // The first letters lost at the corner of a cell: the end of the label,
  // at least half of it, before the colon.
  EXPECT_EQ(AfterLabel("мжигч талууд:", PlanLabel::kSupporting), "");
  EXPECT_EQ(AfterLabel("ing Stakeholders: Open Budget Coalition", PlanLabel::kSupporting),
            "Open Budget Coalition");
  EXPECT_FALSE(AfterLabel("Key stakeholders: Open Budget Coalition", PlanLabel::kSupporting));
  EXPECT_FALSE(AfterLabel("талууд:", PlanLabel::kSupporting));  // less than half of it
}

// A people cell whose column is so narrow that its labels wrap.
Cell CellOfLines(const std::vector<std::string>& texts) {
  Cell cell;
  double y = 100;
  for (const std::string& t : texts) {
    CellLine line;
    line.page = 1;
    line.box = {400, y, 400 + 5.0 * static_cast<double>(t.size()), y + 10};
    line.text = t;
    line.font_size = 10;
    cell.lines.push_back(line);
    y += 12;
  }
  cell.regions.push_back({1, {398, 98, 560, y}});
  return cell;
}

TEST(ReadStakeholderCell, LabelsWrappedOverLines) {
  const ingest::Document doc;
  const layout::Structure s = layout::BuildStructure(doc, {}, {});
  const Cell cell = CellOfLines({"Lead implementing", "agency/actor: Office of", "the Ombudsman", "Supporting",
                                 "Stakeholders:", "National Land Agency"});
  const auto read = plan::ReadStakeholderCell(s, cell, KnownOrgs());
  EXPECT_EQ(read.lead, (std::vector<std::string>{"Office of the Ombudsman"}));
  EXPECT_EQ(read.unplaced, (std::vector<std::string>{"National Land Agency"}));
}

TEST(CommitmentHeading, NumbersAndTitles) {
  auto c = ParseCommitmentHeading("Commitment 1. Advancing extractive industry transparency");
  ASSERT_TRUE(c);
  EXPECT_EQ(c->number, "1");
  EXPECT_EQ(c->title, "Advancing extractive industry transparency");
  auto g = ParseCommitmentHeading("Commitment 5.1. Improve budget transparency");
  ASSERT_TRUE(g);
  EXPECT_EQ(g->number, "5.1");
  auto mn = ParseCommitmentHeading("Амлалт 7. Ардчилсан нийгэмд нээлттэй өгөгдлийн соёлыг бий болгох");
  ASSERT_TRUE(mn);
  EXPECT_EQ(mn->number, "7");
  // A quote or a stroke OCR read before the word.
  auto marked = ParseCommitmentHeading("\u201c\u0410\u043c\u043b\u0430\u043b\u0442 7. Title");
  ASSERT_TRUE(marked);
  EXPECT_EQ(marked->number, "7");
  EXPECT_TRUE(ParseCommitmentHeading("|Commitment 2: Open contracting"));
  EXPECT_FALSE(ParseCommitmentHeading("\u201cThe commitment 3\u201d"));
  EXPECT_FALSE(ParseCommitmentHeading("Commitment Definition"));
  EXPECT_FALSE(ParseCommitmentHeading("Commitments and activities"));
}

TEST(CommitmentHeading, ANumberPaddedWithAZeroIsItsNumber) {
  auto c = ParseCommitmentHeading("01 Right to Information Proactive Disclosure", false);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->number, "1");
  EXPECT_EQ(c->title, "Right to Information Proactive Disclosure");
  auto m = ParseLeadingNumber("03.2 Publish the register");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->number, "3.2");
  EXPECT_EQ(ParseLeadingNumber("10 Publish")->number, "10");
}

// Codes that number commitments part by part ("A1", "B2"): the code and
// the title after its dash, colon or full stop; words and lone numbers are
// no codes.
TEST(CommitmentHeading, ACodeOfCapitalsAndANumberBeforeADashNumbersIt) {
  auto a = ParseCodeHeading("A1 \u2013 Open data on state capital companies");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->number, "A1");
  EXPECT_EQ(a->title, "Open data on state capital companies");
  auto b = ParseCodeHeading("PB2: Participatory budgets");
  ASSERT_TRUE(b);
  EXPECT_EQ(b->number, "PB2");
  EXPECT_EQ(ParseCodeHeading("C3. Court judgments")->number, "C3");
  EXPECT_FALSE(ParseCodeHeading("A1 Open data"));        // no separator
  EXPECT_FALSE(ParseCodeHeading("1 \u2013 Open data"));  // no code letters
  EXPECT_FALSE(ParseCodeHeading("ABC1 \u2013 Open data"));
  EXPECT_FALSE(ParseCodeHeading("Access to information"));
}

TEST(Fields, SideBySideFieldsAreSplitAtTheirSeparators) {
  EXPECT_EQ(SplitFields("Lead Agency: National Procurement Commission | Duration: 2024–2026"),
            (std::vector<std::string>{"Lead Agency: National Procurement Commission", "Duration: 2024–2026"}));
  EXPECT_EQ(SplitFields("Responsable: Ministerio · Inicio: 2023 · Fin: 2024").size(), 3u);
  // A stroke inside a word or a name is no separator.
  EXPECT_EQ(SplitFields("Ministry of Finance|Treasury").size(), 1u);
  EXPECT_EQ(MatchLabel(SplitFields("Lead Agency: X | Duration: 2024–2026").back()), PlanLabel::kPeriod);
}

TEST(LeadingNumber, AsPrinted) {
  auto a = ParseLeadingNumber("1.3.Funding for transparency");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->number, "1.3");
  EXPECT_EQ(a->title, "Funding for transparency");
  auto b = ParseLeadingNumber("5.1.4. Disclosure of information");
  ASSERT_TRUE(b);
  EXPECT_EQ(b->number, "5.1.4");
  EXPECT_FALSE(ParseLeadingNumber("Submit the law"));
  auto ocr = ParseLeadingNumber("1.1, Submit the Law");  // OCR comma for the dot
  ASSERT_TRUE(ocr);
  EXPECT_EQ(ocr->number, "1.1");
  EXPECT_EQ(ocr->title, "Submit the Law");
}

TEST(SplitMilestones, OnePerNumberOnLinesAndInParagraphs) {
  auto parts = plan::SplitMilestones(
      {"6.1.Phased introduction of the", "classification;", "6.2.Institution budgeting;",
       "6.3.Conduct base study. 6.4. Increase the structure; 6.5.Continue the reform."},
      "6");
  ASSERT_EQ(parts.size(), 4u);
  EXPECT_EQ(parts[0].number, "6.1");
  EXPECT_EQ(parts[0].text, "Phased introduction of the classification;");
  EXPECT_EQ(parts[2].number, "6.3");
  // Only "; <number>" splits a paragraph; "6.4" after a full stop stays text.
  EXPECT_EQ(parts[2].text, "Conduct base study. 6.4. Increase the structure;");
  EXPECT_EQ(parts[3].number, "6.5");
  EXPECT_EQ(parts[3].text, "Continue the reform.");
}

TEST(SplitMilestones, NumbersOfOtherShapesStayText) {
  auto parts = plan::SplitMilestones(
      {"5.1.2. Include annexes approved by Resolution No. 29 of 2016; 5.1 and", "2.3 apply."}, "5");
  ASSERT_EQ(parts.size(), 1u);
  EXPECT_EQ(parts[0].number, "5.1.2");
}

// Marks of the milestones' own lists are the vocabularies' ("M1", Spanish
// "H1"; a Latin or Cyrillic lettered list), not English only.
TEST(ParseLocalMark, AbbreviationsAndLettersOfEachLanguage) {
  auto expect = [](std::string_view line, plan::MarkStyle style, int index, std::string_view rest) {
    auto m = plan::ParseLocalMark(line);
    ASSERT_TRUE(m) << line;
    EXPECT_EQ(m->style, style) << line;
    EXPECT_EQ(m->index, index) << line;
    EXPECT_EQ(m->rest, rest) << line;
  };
  expect("M2: Draft the law", plan::MarkStyle::kShort, 2, "Draft the law");
  expect("H3. Publicar el informe", plan::MarkStyle::kShort, 3, "Publicar el informe");
  expect("c) Train the staff", plan::MarkStyle::kLetter, 3, "Train the staff");
  // Cyrillic ve, the third letter of the Mongolian alphabet.
  expect("в) Сургалт зохион байгуулах", plan::MarkStyle::kLetter, 3, "Сургалт зохион байгуулах");
  expect("(iv) Report", plan::MarkStyle::kRoman, 4, "Report");
  EXPECT_FALSE(plan::ParseLocalMark("M 2 Draft"));         // a space: no mark
  EXPECT_FALSE(plan::ParseLocalMark("Milestone2 Draft"));  // not an abbreviation
  EXPECT_FALSE(plan::ParseLocalMark("В) Upper case"));     // capitals do not letter a list
}

TEST(SplitMilestones, ACyrillicLetteredListIsOneMilestoneAPerLetter) {
  auto parts = plan::SplitMilestones({"а) Хууль батлах;", "б) Сургалт", "зохион байгуулах."}, "4");
  ASSERT_EQ(parts.size(), 2u);
  EXPECT_EQ(parts[0].number, "4.1");
  EXPECT_EQ(parts[1].number, "4.2");
  EXPECT_EQ(parts[1].text, "Сургалт зохион байгуулах.");
}

TEST(ReadOutputs, ListItemsOrOneEntry) {
  EXPECT_EQ(plan::ReadOutputs({"-The law will be approved.", "-Unified database will be", "created."}),
            (std::vector<std::string>{"The law will be approved.", "Unified database will be created."}));
  EXPECT_EQ(plan::ReadOutputs({"Information will be", "transparent and open."}),
            (std::vector<std::string>{"Information will be transparent and open."}));
  EXPECT_TRUE(plan::ReadOutputs({"-"}).empty());
}

Cell TextCell(int row, int col, std::vector<std::string> lines, double x0) {
  Cell c;
  c.row = row;
  c.col = col;
  double y = 100.0 + row * 40;
  c.regions.push_back({1, {x0, y, x0 + 90, y + 40}});
  for (const std::string& t : lines) {
    CellLine l;
    l.page = 1;
    l.text = t;
    l.font_size = 10;
    l.box = {x0 + 2, y + 2, x0 + 2 + 4.0 * static_cast<double>(t.size()), y + 12};
    y += 12;
    c.lines.push_back(l);
  }
  return c;
}

TEST(ReadSectorTable, ColumnsByPositionAndHeaderMismatch) {
  Table t;
  t.rows = 2;
  t.cols = 3;
  t.cells = {TextCell(0, 0, {"Government"}, 0), TextCell(0, 1, {"Government"}, 90),
             TextCell(0, 2, {"Other Actors"}, 180), TextCell(1, 0, {"Ministry of Justice"}, 0),
             TextCell(1, 1, {"Other NGOs"}, 90), TextCell(1, 2, {"-"}, 180)};
  auto s = plan::ReadSectorTable(t, {});
  EXPECT_TRUE(s.header_mismatch);
  EXPECT_EQ(plan::JoinHeader(s.header), "Government | Government | Other Actors");
  EXPECT_EQ(s.supporting.government, (std::vector<std::string>{"Ministry of Justice"}));
  EXPECT_EQ(s.supporting.civil_society, (std::vector<std::string>{"Other NGOs"}));
  EXPECT_TRUE(s.supporting.other.empty());
}

TEST(ReadSectorTable, RightHeaderNoWarning) {
  Table t;
  t.rows = 2;
  t.cols = 3;
  t.cells = {TextCell(0, 0, {"Төр"}, 0), TextCell(0, 1, {"Иргэний нийгэм"}, 90),
             TextCell(0, 2, {"Бусад оролцогчид"}, 180), TextCell(1, 0, {"Сангийн яам"}, 0),
             TextCell(1, 1, {"Иргэний нийгэм"}, 90), TextCell(1, 2, {}, 180)};
  auto s = plan::ReadSectorTable(t, {});
  EXPECT_FALSE(s.header_mismatch);
  EXPECT_EQ(s.supporting.government, (std::vector<std::string>{"Сангийн яам"}));
  // A body cell that reads like a label is a name, not a header.
  EXPECT_EQ(s.supporting.civil_society, (std::vector<std::string>{"Иргэний нийгэм"}));
}

}  // namespace
}  // namespace ogpx::extract
