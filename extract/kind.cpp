// DetectKind(): which kind of document this is, from its text alone.
//
// Every line of every page is compared (text::FoldForMatch) with three small
// vocabularies (data below, one row per wording, English and Mongolian):
//  - action plan: the OGP commitment template's row labels (shared with the
//    reader, action_plan_labels.h) — distinct labels are counted, so a plan
//    needs several of them;
//  - progress report: title and header labels of an implementation report;
//  - order: the heading of an order / decree and its operative formula.
// A plan may carry its approving order (a scanned page) and a report names
// commitments, so the template labels decide first, then the report labels,
// then the order's heading. Pure function; thread-safe.
#include <algorithm>
#include <array>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "extract/action_plan_labels.h"
#include "extract/extract.h"
#include "ingest/unicode.h"

namespace ogpx::extract {
namespace {

// Phrases found anywhere in a line of a progress report (folded).
constexpr std::array<std::string_view, 12> kReportPhrases = {
    "progress report",      "implementation report", "reporting agency",
    "reporting period",     "self-assessment report", "явцын тайлан",
    "хэрэгжилтийн тайлан",  "тайлагнах байгууллага", "тайлант хугацаа",
    "тайлант үе",           "actions taken and results", "нотлох баримт"};

// Title phrases (folded) of the first lines of the first two pages.
constexpr std::string_view kReportTitles[] = {
    "progress report", "implementation report", "self-assessment", "self assessment", "midterm report",
    "end-of-term report", "end of term report", "тайлан"};
constexpr std::string_view kPlanTitles[] = {"action plan", "national plan", "үйл ажиллагааны төлөвлөгөө",
                                            "үндэсний төлөвлөгөө", "үндэсний тавдугаар төлөвлөгөө"};
// Completion-level vocabulary of report tables.
constexpr std::string_view kStatusPhrases[] = {"completion level", "not started", "substantial",
                                               "хэрэгжилтийн түвшин", "level of completion"};

// Whole-word headings of an order, as the first or the last word of a short
// line (folded), and operative formulas found anywhere.
constexpr std::array<std::string_view, 6> kOrderHeadWords = {"order", "decree", "resolution",
                                                              "тушаал", "захирамж", "тогтоол"};
constexpr std::array<std::string_view, 4> kOrderFormulas = {"it is hereby ordered", "hereby order",
                                                            "тушаах нь", "i hereby order"};

// Template labels that count towards an action plan (not the column names a
// report shares with it).
bool CountsForPlan(PlanLabel label) {
  switch (label) {
    case PlanLabel::kMilestones:
    case PlanLabel::kStakeholders:
    case PlanLabel::kGovernment:
    case PlanLabel::kCivilSociety:
    case PlanLabel::kOtherActors:
    case PlanLabel::kCommitment:
      return false;
    default:
      return true;
  }
}

std::string FirstWord(const std::string& s) { return s.substr(0, s.find(' ')); }
std::string LastWord(const std::string& s) {
  std::size_t p = s.rfind(' ');
  return p == std::string::npos ? s : s.substr(p + 1);
}

}  // namespace

KindGuess GuessKind(const ingest::Document& doc) {
  std::set<PlanLabel> plan_labels;
  int report_hits = 0;
  int order_hits = 0;
  int status_hits = 0;
  int headings = 0;
  bool report_title = false, plan_title = false, order_title = false;
  for (const ingest::Page& page : doc.pages) {
    int line_no = 0;
    for (const ingest::TextLine& line : page.lines) {
      ++line_no;
      std::string raw = ingest::LineText(page, line);
      if (auto label = MatchLabel(raw); label && CountsForPlan(*label)) plan_labels.insert(*label);
      std::string folded = text::FoldForMatch(raw);
      for (std::string_view p : kReportPhrases) report_hits += folded.find(p) != std::string::npos;
      for (std::string_view p : kOrderFormulas) order_hits += folded.find(p) != std::string::npos;
      for (std::string_view p : kStatusPhrases) status_hits += folded.find(p) != std::string::npos;
      if (auto h = ParseCommitmentHeading(raw, true); h && h->number.find('.') == std::string::npos) ++headings;
      // Order headings are short lines in the top part of a page.
      const bool in_title = page.number <= 2 && line_no <= 15 && folded.size() < 160;
      if (folded.size() < 80 && line.box.y0 < page.height * 0.4) {
        std::string first = FirstWord(folded), last = LastWord(folded);
        for (std::string_view w : kOrderHeadWords) {
          order_hits += (first == w || last == w);
          order_title = order_title || (in_title && (first == w || last == w));
        }
      }
      // The title: the first lines of the first two pages.
      if (in_title) {
        for (std::string_view p : kReportTitles) report_title = report_title || folded.find(p) != std::string::npos;
        for (std::string_view p : kPlanTitles) plan_title = plan_title || folded.find(p) != std::string::npos;
      }
    }
  }
  plan_title = plan_title && !report_title && !order_title;
  if (report_title && (report_hits + status_hits >= 2)) return {model::Kind::kProgressReport, plan_labels.size() >= 3 ? 0.75 : 0.9};
  if (plan_labels.size() >= 3) return {model::Kind::kActionPlan, 0.95};
  if (order_title || (order_hits >= 1 && !plan_title)) return {model::Kind::kOrder, 0.85};
  if (plan_title) return {model::Kind::kActionPlan, headings >= 2 || plan_labels.size() >= 2 ? 0.85 : 0.7};
  if (report_hits >= 2) return {model::Kind::kProgressReport, 0.75};
  if (order_hits >= 1) return {model::Kind::kOrder, 0.6};
  if (report_title) return {model::Kind::kProgressReport, 0.6};
  if (plan_labels.size() >= 2 || headings >= 3) return {model::Kind::kActionPlan, 0.5};
  return {model::Kind::kOther, doc.pages.empty() ? 1.0 : 0.5};
}

model::Kind DetectKind(const ingest::Document& doc) { return GuessKind(doc).kind; }

}  // namespace ogpx::extract
