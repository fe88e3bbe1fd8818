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

model::Kind DetectKind(const ingest::Document& doc) {
  std::set<PlanLabel> plan_labels;
  int report_hits = 0;
  int order_hits = 0;
  for (const ingest::Page& page : doc.pages) {
    for (const ingest::TextLine& line : page.lines) {
      std::string raw = ingest::LineText(page, line);
      if (auto label = MatchLabel(raw); label && CountsForPlan(*label)) plan_labels.insert(*label);
      std::string folded = text::FoldForMatch(raw);
      for (std::string_view p : kReportPhrases) report_hits += folded.find(p) != std::string::npos;
      for (std::string_view p : kOrderFormulas) order_hits += folded.find(p) != std::string::npos;
      // Order headings are short lines in the top part of a page.
      if (folded.size() < 80 && line.box.y0 < page.height * 0.4) {
        std::string first = FirstWord(folded), last = LastWord(folded);
        for (std::string_view w : kOrderHeadWords) order_hits += (first == w || last == w);
      }
    }
  }
  if (plan_labels.size() >= 3) return model::Kind::kActionPlan;
  if (report_hits >= 2) return model::Kind::kProgressReport;
  if (order_hits >= 1) return model::Kind::kOrder;
  if (plan_labels.size() >= 2) return model::Kind::kActionPlan;
  return model::Kind::kOther;
}

}  // namespace ogpx::extract
