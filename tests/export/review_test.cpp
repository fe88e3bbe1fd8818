// The review site's records and pages, and the status dashboard
// (export/review_records.h, export/review_html.h, export/status_html.h), on
// the sample plan's gold file with provenance added.
#include "export/review_html.h"

#include <gtest/gtest.h>

#include <sstream>

#include "../model/gold.h"
#include "export/html.h"
#include "export/review_records.h"
#include "export/status_html.h"

namespace ogpx::testing {
namespace {

using exporter::FieldBox;
using exporter::ReviewRecord;

const std::string kMilestone = "/action_plan/commitments/0/milestones/0";

model::Document PlanWithOneBox() {
  auto doc = GoldDocument("nap5-en.gold.json");
  EXPECT_TRUE(doc.ok());
  model::Document d = doc.ok() ? *doc : model::Document{};
  d.provenance.push_back({kMilestone + "/text", 6, 56.7, 479.75, 250.1, 493.6, std::nullopt});
  return d;
}

const ReviewRecord* Find(const std::vector<ReviewRecord>& records, const std::string& id) {
  for (const auto& r : records)
    if (r.id == id) return &r;
  return nullptr;
}

std::string Page(const model::Document& doc, const std::vector<ReviewRecord>& records, const std::set<std::string>& images,
                 std::optional<std::string> problem = std::nullopt) {
  exporter::ReviewPage page{&doc, "/data/nap5-en.pdf", std::move(problem), images, {{6, {841.89, 595.3}}}, true};
  std::ostringstream out;
  exporter::WriteReviewPage(page, records, {}, out);
  return out.str();
}

int Count(const std::string& text, const std::string& what) {
  int n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST(ReviewRecords, EveryFieldIsListedAndTheMissingBoxesAreSaidToBe) {
  const model::Document doc = PlanWithOneBox();
  const auto records = exporter::ReviewRecords(doc);
  const auto& plan = *doc.action_plan;
  std::size_t milestones = 0;
  for (const auto& c : plan.commitments) milestones += c.milestones.size();
  EXPECT_EQ(records.size(), 1 + plan.commitments.size() + milestones);
  const ReviewRecord* m = Find(records, "c1-m1");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->number, "1.1");
  int text = 0, lead = 0, derived = 0;
  for (const auto& f : m->fields) {
    if (f.path == kMilestone + "/text") {
      ++text;
      EXPECT_EQ(f.where, FieldBox::kFound);
      EXPECT_EQ(f.value, plan.commitments[0].milestones[0].text);
    }
    if (f.path.starts_with(kMilestone + "/lead/")) {
      ++lead;
      EXPECT_EQ(f.where, FieldBox::kMissing);
    }
    derived += f.where == FieldBox::kDerived;
  }
  EXPECT_EQ(text, 1);
  EXPECT_EQ(lead, static_cast<int>(plan.commitments[0].milestones[0].lead.size()));
  EXPECT_GE(derived, 1);  // the number, the ISO due dates
  const auto n = exporter::CountBoxes(records);
  EXPECT_EQ(n.with_box, 1);
  EXPECT_GT(n.text_fields, 500);
}

TEST(ReviewRecords, RegionsJoinTheBoxesOfAPageGrownByTheMarginToWholePoints) {
  model::Document doc = PlanWithOneBox();
  doc.provenance.push_back({kMilestone + "/due/raw", 6, 400.2, 470.0, 460.9, 484.0, std::nullopt});
  doc.provenance.push_back({kMilestone + "/lead/0", 7, 500.0, 40.0, 700.0, 52.5, std::nullopt});
  const auto records = exporter::ReviewRecords(doc);
  const ReviewRecord* m = Find(records, "c1-m1");
  ASSERT_NE(m, nullptr);
  ASSERT_EQ(m->regions.size(), 2u);
  const double k = exporter::kCropMarginPt;
  EXPECT_EQ(m->regions[0], (exporter::ReviewBox{6, std::floor(56.7 - k), std::floor(470.0 - k),
                                                std::ceil(460.9 + k), std::ceil(493.6 + k)}));
  EXPECT_EQ(m->regions[1].page, 7);
}

TEST(ReviewRecords, AFieldCutByAPageBreakIsBoxedAndCroppedOnEachPage) {
  model::Document doc = PlanWithOneBox();
  doc.provenance.push_back({kMilestone + "/text", 7, 56.7, 40.0, 250.1, 70.2, std::nullopt});
  const auto records = exporter::ReviewRecords(doc);
  const ReviewRecord* m = Find(records, "c1-m1");
  ASSERT_NE(m, nullptr);
  const exporter::ReviewField* text = nullptr;
  for (const auto& f : m->fields)
    if (f.path == kMilestone + "/text") text = &f;
  ASSERT_NE(text, nullptr);
  ASSERT_TRUE(text->box);
  EXPECT_EQ(text->box->page, 6);
  ASSERT_EQ(text->continued.size(), 1u);
  EXPECT_EQ(text->continued[0], (exporter::ReviewBox{7, 56.7, 40.0, 250.1, 70.2}));
  ASSERT_EQ(m->regions.size(), 2u);
  EXPECT_EQ(m->regions[1].page, 7);
  EXPECT_EQ(exporter::CountBoxes(records).with_box, 1);  // one field, two boxes
  // The page draws the field on both crops and names both pages.
  const std::string html = Page(doc, records, {exporter::CropFileName(m->regions[0]),
                                               exporter::CropFileName(m->regions[1])});
  EXPECT_EQ(Count(html, "data-for=\"c1-m1-f"), 2) << "one box on each page's crop";
  EXPECT_NE(html.find("data-continued=\"7:"), std::string::npos);
  EXPECT_NE(html.find("p. 6&#8211;7"), std::string::npos);
}

TEST(ReviewRecords, AnEntryNumberIsBoxedWherePrintedElseDerived) {
  model::Document doc;
  doc.kind = model::Kind::kProgressReport;
  doc.progress_report.emplace();
  doc.progress_report->entries.resize(2);
  doc.progress_report->entries[0].milestone = "5.1.1";  // printed
  doc.progress_report->entries[1].milestone = "1.2.a";  // given by position
  doc.provenance.push_back({"/progress_report/entries/0/milestone", 2, 40, 100, 70, 112, std::nullopt});
  const auto records = exporter::ReviewRecords(doc);
  std::vector<FieldBox> where;
  for (const auto& r : records)
    for (const auto& f : r.fields)
      if (f.path.ends_with("/milestone")) where.push_back(f.where);
  EXPECT_EQ(where, (std::vector<FieldBox>{FieldBox::kFound, FieldBox::kDerived}));
  EXPECT_EQ(exporter::CountBoxes(records).text_fields, 1);
}

TEST(ReviewRecords, AWarningGoesToTheRecordItNamesOnItsPage) {
  std::vector<ReviewRecord> records(4);
  const char* numbers[] = {"2.1", "12.1", "2.11", "2"};
  for (int i = 0; i < 4; ++i) {
    records[i].id = "r" + std::to_string(i);
    records[i].number = numbers[i];
    records[i].pages = {10};
  }
  const std::vector<Warning> warnings = {
      {10, "sector_header_mismatch", "Milestone 2.1: header printed as 'A | B'"},
      {10, "unplaced_stakeholders", "Milestone 12.1: names left out"},
      {11, "unplaced_stakeholders", "Milestone 2.11: names left out"},  // not its page
      {std::nullopt, "kind_uncertain", "read as action_plan with low confidence"},
  };
  const auto loose = exporter::AttachWarnings(records, warnings);
  ASSERT_EQ(records[0].warnings.size(), 1u);
  EXPECT_EQ(records[0].warnings[0].code, "sector_header_mismatch");
  ASSERT_EQ(records[1].warnings.size(), 1u);
  EXPECT_TRUE(records[2].warnings.empty());
  EXPECT_TRUE(records[3].warnings.empty());  // "2" is inside "2.1", not named
  ASSERT_EQ(loose.size(), 2u);
  EXPECT_EQ(loose[0].page, 11);
  EXPECT_EQ(loose[1].code, "kind_uncertain");
}

TEST(ReviewPage, EveryTextIsEscapedAndOnlyOurScriptRuns) {
  model::Document doc = PlanWithOneBox();
  doc.source.file = "plan <b>&\".pdf";
  doc.action_plan->commitments[0].milestones[0].text = "<script>alert(1)</script> & \"x\" 'y' Монгол שלום";
  doc.warnings.push_back({6, "sector_header_mismatch", "Milestone 1.1: <img src=x onerror=alert(1)>"});
  auto records = exporter::ReviewRecords(doc);
  const auto loose = exporter::AttachWarnings(records, doc.warnings);
  exporter::ReviewPage page{&doc, "", std::nullopt, {}, {}, false};
  std::ostringstream out;
  exporter::WriteReviewPage(page, records, loose, out);
  const std::string html = out.str();
  EXPECT_EQ(Count(html, "<script"), 1);
  EXPECT_EQ(Count(html, "<img src=x"), 0);
  EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot; &#39;y&#39; Монгол שלום"),
            std::string::npos);
  EXPECT_NE(html.find("plan &lt;b&gt;&amp;&quot;.pdf"), std::string::npos);
  EXPECT_NE(html.find("<meta charset=\"utf-8\">"), std::string::npos);
}

TEST(ReviewPage, FieldsWithoutABoxOrPictureAreListedAsSuch) {
  const model::Document doc = PlanWithOneBox();
  const auto records = exporter::ReviewRecords(doc);
  const ReviewRecord* m = Find(records, "c1-m1");
  ASSERT_NE(m, nullptr);
  ASSERT_EQ(m->regions.size(), 1u);
  const std::string crop = exporter::CropFileName(m->regions[0]);
  EXPECT_EQ(crop, "crop-p6-50-473-257-500.png");
  const std::string dir = exporter::ReviewImageDir(doc.source.sha256);

  const std::string with = Page(doc, records, {crop, exporter::ThumbnailFileName(6)});
  EXPECT_NE(with.find("<img src=\"" + dir + crop + "\""), std::string::npos);
  EXPECT_NE(with.find("<img src=\"" + dir + "page-6.png\""), std::string::npos);
  const auto n = exporter::CountBoxes(records);
  EXPECT_EQ(Count(with, "data-where=\"missing\""), n.text_fields - n.with_box);
  EXPECT_EQ(Count(with, "data-where=\"found\""), 1);

  const std::string without = Page(doc, records, {}, "the PDF is no longer at /data/nap5-en.pdf (moved or deleted)");
  EXPECT_EQ(Count(without, "<img"), 0);
  EXPECT_NE(without.find("id=\"pdf-problem\""), std::string::npos);
  EXPECT_EQ(Count(without, "<tr class=\"f"), Count(with, "<tr class=\"f"));  // nothing hidden
}

TEST(ReviewPage, FieldsFromAScannedPageShowTheirOcrConfidenceAndTheLowOnesAreMarked) {
  model::Document doc = PlanWithOneBox();
  doc.source.ocr_pages = {6};
  doc.provenance[0].ocr_confidence = 91.3;
  const double low = model::kLowOcrConfidence - 14.5;
  doc.provenance.push_back({kMilestone + "/due/raw", 6, 400.2, 470.0, 460.9, 484.0, low});
  // The warning names the field by its pointer; the commitment's number "1"
  // is in the pointer too, but the field wins.
  doc.warnings.push_back({6, "ocr_low_confidence", kMilestone + "/due/raw (\"2024\") was read by OCR with confidence 45.5"});
  auto records = exporter::ReviewRecords(doc);
  const auto loose = exporter::AttachWarnings(records, doc.warnings);
  EXPECT_TRUE(loose.empty());
  const ReviewRecord* m = Find(records, "c1-m1");
  ASSERT_NE(m, nullptr);
  ASSERT_EQ(m->warnings.size(), 1u);
  int scored = 0;
  for (const auto& f : m->fields) {
    if (f.path == kMilestone + "/text") {
      EXPECT_EQ(f.ocr_confidence, 91.3);
    } else if (f.path == kMilestone + "/due/raw") {
      EXPECT_TRUE(f.LowOcr());
    } else if (f.path.starts_with(kMilestone + "/lead")) {
      EXPECT_FALSE(f.ocr_confidence);  // no box, no confidence
    }
    scored += f.ocr_confidence ? 1 : 0;
  }
  EXPECT_EQ(scored, 2);
  const std::string html = Page(doc, records, {});
  EXPECT_EQ(Count(html, "data-ocr="), 2);
  EXPECT_EQ(Count(html, "<tr class=\"f lowocr\""), 1);
  EXPECT_NE(html.find("data-ocr=\"91.3\""), std::string::npos);
  EXPECT_NE(html.find(">OCR 45.5 low</span>"), std::string::npos);
  EXPECT_NE(html.find("2 with an OCR confidence, 1 below 60"), std::string::npos);
  // Without confidences (born-digital pages; its page 4 is an image read by
  // OCR before confidences were kept) nothing is said of them.
  const model::Document text = PlanWithOneBox();
  const std::string plain = Page(text, exporter::ReviewRecords(text), {});
  EXPECT_EQ(Count(plain, "data-ocr="), 0);
  EXPECT_EQ(Count(plain, "Fields read by OCR"), 0);
}

TEST(ReviewPage, NamesArePlainFileNames) {
  EXPECT_EQ(exporter::ReviewPageName("nap5 en/ü.PDF", "6dab83918b54e0ed0efc"), "nap5_en___.6dab83918b54.html");
  EXPECT_EQ(exporter::EntryAnchor("5.1.1"), "m-5.1.1");
  EXPECT_EQ(exporter::EntryAnchor("2 a\""), "m-2_a_");
  EXPECT_EQ(exporter::HtmlEscape(std::string("a\xff<")), "a\\xFF&lt;");
}

model::MilestoneStatus Row(const std::string& commitment, std::optional<model::Status> status, bool no_report,
                           bool overdue) {
  model::MilestoneStatus m;
  m.plan_id = 1;
  m.plan_document_id = 10;
  m.plan_file = "plan.pdf";
  m.commitment = commitment;
  m.number = commitment + ".1";
  m.text = "text <i>";
  m.status = status;
  m.no_report = no_report;
  m.overdue = overdue;
  if (!no_report) m.report_document_id = 20;
  return m;
}

TEST(StatusHtml, TheChartCountsEachCommitmentsMilestonesByStatus) {
  using model::Status;
  const std::vector<model::MilestoneStatus> rows = {
      Row("1", Status::kComplete, false, false), Row("1", Status::kLimited, false, true),
      Row("1", std::nullopt, true, true), Row("2", std::nullopt, false, false)};
  std::ostringstream out;
  exporter::WriteStatusHtml(rows, {{"Ministry <of> Finance", 4, 2, 1, "2024-09-30"}},
                            {"2026-01-01", "", {{10, "plan.a.html"}, {20, "report.b.html"}}, true}, out);
  const std::string html = out.str();
  EXPECT_NE(html.find("data-scope=\"1\" data-total=\"3\""), std::string::npos);
  for (const char* seg : {"data-status=\"complete\" data-count=\"1\"", "data-status=\"limited\" data-count=\"1\"",
                          "data-status=\"no_report\" data-count=\"1\"", "data-status=\"not_started\" data-count=\"0\""})
    EXPECT_NE(html.find(seg), std::string::npos) << seg;
  EXPECT_NE(html.find("data-scope=\"2\" data-total=\"1\""), std::string::npos);
  EXPECT_EQ(Count(html, "<span class=\"overdue\">OVERDUE</span>"), 2);
  EXPECT_NE(html.find("href=\"report.b.html#m-1.1\""), std::string::npos);
  EXPECT_NE(html.find("href=\"plan.a.html#m-1.1\""), std::string::npos);
  EXPECT_NE(html.find("Ministry &lt;of&gt; Finance"), std::string::npos);
  EXPECT_EQ(Count(html, "text <i>"), 0);
}

}  // namespace
}  // namespace ogpx::testing
