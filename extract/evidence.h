// What a document shows of its kind, gathered once from its structure and
// read by every reader's claim (extract/readers.h): the template labels it
// prints, the title words on its first lines, report, status, order and
// letter wording (the "kind.*" rows of every language's vocabulary), its
// commitment headings and running headers.
//
// The strengths below are one scale shared by every reader: a stronger kind
// of evidence outranks a weaker one whichever reader it speaks for (a
// letter's salutation and closing outrank the report title of the report it
// covers; a report title with status wording outranks the plan labels a
// report repeats).
#pragma once

#include <set>

#include "extract/plan/labels.h"
#include "layout/structure.h"

namespace ogpx::extract {

struct Evidence {
  int pages = 0;
  std::set<PlanLabel> plan_labels;  // template labels that count for a plan only
  int report_hits = 0, order_hits = 0, status_hits = 0, headings = 0;
  int salutations = 0, closings = 0, letter_body = 0, responses = 0, decisions = 0;
  bool report_title = false, plan_title = false, order_title = false;
  bool self_assessment_running = false, self_assessment_title = false;
};

Evidence GatherEvidence(const layout::Structure& s);

// The scale of strengths (0..1).
inline constexpr double kLetterFormulas = 0.99;    // salutation and closing, short
inline constexpr double kReportTitle = 0.97;       // report title with report or status wording
inline constexpr double kTemplateLabels = 0.95;    // three or more template labels
inline constexpr double kSelfAssessment = 0.93;    // self-assessment running header or title
inline constexpr double kResponseHeadings = 0.91;  // "What We Heard" / "Our Response" repeated
inline constexpr double kLetterWording = 0.89;     // letter wording in a short document
inline constexpr double kOrderHeading = 0.87;      // an order's heading or formula, no plan title
inline constexpr double kDecisionFormula = 0.85;   // "it is decided", "hereby appoints"
inline constexpr double kPlanTitleHeadings = 0.83; // a plan title over commitment headings
inline constexpr double kPlanTitle = 0.82;         // a plan title alone
inline constexpr double kReportWording = 0.79;     // report wording, no title
inline constexpr double kOrderWording = 0.77;      // order wording under a plan title
inline constexpr double kReportTitleOnly = 0.75;   // a report title, no report wording
inline constexpr double kPlanStructure = 0.6;      // commitment headings or two labels, no title

// A letter is short: at most so many pages.
inline constexpr int kMaxLetterPages = 4;
// Response headings ("What We Heard", "Our Response") repeat at least so often.
inline constexpr int kMinResponseHits = 3;

}  // namespace ogpx::extract
