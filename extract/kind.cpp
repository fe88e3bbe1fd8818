// GuessKind(): which kind of document this is, by evidence (extract.h).
//
// Every reader states a claim: how well the document fits it, from the
// vocabularies of every language (lang/data/*.tsv, "kind.*" rows) and the
// document's structure (layout/: running headers; the template's labels,
// commitment headings). The strongest claim decides; its confidence falls
// when a second claim comes close (below 0.7 the caller warns
// `kind_uncertain`).
//
// Each reader (plan, report, order, other) claims the document with the
// strongest evidence it finds, on one scale of strengths (below); the
// strongest claim wins, and the confidence is its strength less a share of
// the runner-up's, so close claims of different kinds give a low confidence
// and the caller's `kind_uncertain` names both.
// Pure function; thread-safe.
#include <algorithm>
#include <cmath>
#include <set>
#include <string>
#include <string_view>

#include "base/text.h"
#include "extract/plan/labels.h"
#include "extract/extract.h"
#include "lang/vocabulary.h"
#include "layout/running.h"

namespace ogpx::extract {
namespace {

// Title lines: the first lines of the first two pages.
constexpr int kTitlePages = 2;
constexpr int kTitleLines = 15;
// A letter is short.
constexpr int kMaxLetterPages = 4;
// Response headings ("What We Heard", "Our Response") repeat.
constexpr int kMinResponseHits = 3;
// A heading line is shorter than this (bytes, folded).
constexpr std::size_t kMaxHeadingBytes = 80;

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

struct Evidence {
  std::set<PlanLabel> plan_labels;
  int report_hits = 0, order_hits = 0, status_hits = 0, headings = 0;
  int salutations = 0, closings = 0, letter_body = 0, responses = 0, decisions = 0;
  bool report_title = false, plan_title = false, order_title = false;
  bool self_assessment_running = false, self_assessment_title = false;
};

Evidence Gather(const ingest::Document& doc) {
  Evidence e;
  for (const ingest::Page& page : doc.pages) {
    int line_no = 0;
    for (const ingest::TextLine& line : page.lines) {
      ++line_no;
      const std::string raw = ingest::LineText(page, line);
      if (auto label = MatchLabel(raw); label && CountsForPlan(*label)) e.plan_labels.insert(*label);
      const std::string folded = text::FoldForMatch(raw);
      e.report_hits += lang::CountTerms("kind.report.phrase", folded);
      e.order_hits += lang::CountTerms("kind.order.formula", folded);
      e.status_hits += lang::CountTerms("kind.status", folded);
      // Response headings are short lines ("B1.1 - What We Heard").
      e.responses += folded.size() < kMaxHeadingBytes && lang::FindTerm("kind.response", folded);
      e.decisions += lang::CountTerms("kind.decision", folded);
      if (const lang::Term* t = lang::FindTerm("kind.letter", folded)) {
        // A salutation opens its line ("Dear Minister,"); a closing formula
        // is a line of its own.
        if (t->value == "salutation") e.salutations += lang::StartsWithTerm("kind.letter", folded) == t;
        else if (t->value == "closing") e.closings += folded.size() < 40;
        else ++e.letter_body;
      }
      if (auto h = ParseCommitmentHeading(raw, true); h && h->number.find('.') == std::string::npos) ++e.headings;
      // Order headings are short lines in the top part of a page.
      const bool in_title = page.number <= kTitlePages && line_no <= kTitleLines && folded.size() < 160;
      if (folded.size() < 80 && line.box.y0 < page.height * 0.4) {
        const std::string first = FirstWord(folded), last = LastWord(folded);
        for (const lang::Term& w : lang::Terms("kind.order.head")) {
          const bool hit = first == w.phrase || last == w.phrase;
          e.order_hits += hit;
          e.order_title = e.order_title || (in_title && hit);
        }
      }
      if (in_title) {
        e.report_title = e.report_title || lang::FindTerm("kind.report.title", folded);
        e.plan_title = e.plan_title || lang::FindTerm("kind.plan.title", folded);
        e.self_assessment_title = e.self_assessment_title || lang::FindTerm("kind.self_assessment", folded);
      }
    }
  }
  for (const std::string& running : layout::RunningTexts(doc)) {
    e.self_assessment_running = e.self_assessment_running || lang::FindTerm("kind.self_assessment", running);
  }
  return e;
}

// How strong each piece of evidence is, on one scale for every reader: a
// stronger kind of evidence outranks a weaker one whichever reader it
// speaks for (a letter's salutation and closing outrank the report title of
// the report it covers; a report title with status wording outranks the
// plan labels a report repeats).
constexpr double kLetterFormulas = 0.99;    // salutation and closing, short
constexpr double kReportTitle = 0.97;       // report title with report or status wording
constexpr double kTemplateLabels = 0.95;    // three or more template labels
constexpr double kSelfAssessment = 0.93;    // self-assessment running header or title
constexpr double kResponseHeadings = 0.91;  // "What We Heard" / "Our Response" repeated
constexpr double kLetterWording = 0.89;     // letter wording in a short document
constexpr double kOrderHeading = 0.87;      // an order's heading or formula, no plan title
constexpr double kDecisionFormula = 0.85;   // "it is decided", "hereby appoints"
constexpr double kPlanTitleHeadings = 0.83; // a plan title over commitment headings
constexpr double kPlanTitle = 0.82;         // a plan title alone
constexpr double kReportWording = 0.79;     // report wording, no title
constexpr double kOrderWording = 0.77;      // order wording under a plan title
constexpr double kReportTitleOnly = 0.75;   // a report title, no report wording
constexpr double kPlanStructure = 0.6;      // commitment headings or two labels, no title
// The runner-up claim of another kind takes this share of its strength off
// the winner's confidence.
constexpr double kRivalWeight = 0.25;
// With no claim at all, a document is "other" with this confidence.
constexpr double kNoClaim = 0.5;

Claim PlanClaim(const Evidence& e) {
  const std::size_t labels = e.plan_labels.size();
  if (labels >= 3) return {model::Kind::kActionPlan, kTemplateLabels, std::to_string(labels) + " template labels"};
  if (e.plan_title && !e.report_title && !e.order_title) {
    if (e.headings >= 2 || labels >= 2)
      return {model::Kind::kActionPlan, kPlanTitleHeadings, "a plan title over commitment headings"};
    return {model::Kind::kActionPlan, kPlanTitle, "a plan title"};
  }
  if (labels >= 2 || e.headings >= 3) return {model::Kind::kActionPlan, kPlanStructure, "commitment headings"};
  return {model::Kind::kActionPlan, 0, ""};
}

Claim ReportClaim(const Evidence& e) {
  if (e.report_title && e.report_hits + e.status_hits >= 2)
    return {model::Kind::kProgressReport, kReportTitle, "a report title with report wording"};
  if (e.self_assessment_running || e.self_assessment_title)
    return {model::Kind::kProgressReport, kSelfAssessment, "a self-assessment title or running header"};
  if (e.report_hits >= 2) return {model::Kind::kProgressReport, kReportWording, "report wording"};
  if (e.report_title) return {model::Kind::kProgressReport, kReportTitleOnly, "a report title"};
  return {model::Kind::kProgressReport, 0, ""};
}

Claim OrderClaim(const Evidence& e) {
  const bool plan_title = e.plan_title && !e.report_title && !e.order_title;
  if (e.order_title || (e.order_hits >= 1 && !plan_title))
    return {model::Kind::kOrder, kOrderHeading, "an order's heading or formula"};
  if (e.order_hits >= 1) return {model::Kind::kOrder, kOrderWording, "order wording"};
  return {model::Kind::kOrder, 0, ""};
}

// Letters, covering notes, reasoned responses and decisions: not plans even
// when they name one.
Claim OtherClaim(const Evidence& e, int pages) {
  const bool is_short = pages <= kMaxLetterPages;
  if (is_short && e.salutations > 0 && e.closings > 0 && e.plan_labels.size() < 3)
    return {model::Kind::kOther, kLetterFormulas, "a letter's salutation and closing"};
  if (e.responses >= kMinResponseHits) return {model::Kind::kOther, kResponseHeadings, "response headings"};
  if (is_short && e.salutations + e.closings + e.letter_body > 0 && e.headings < 2)
    return {model::Kind::kOther, kLetterWording, "letter wording"};
  if (e.decisions > 0) return {model::Kind::kOther, kDecisionFormula, "a decision formula"};
  return {model::Kind::kOther, 0, ""};
}

}  // namespace

KindGuess GuessKind(const ingest::Document& doc) {
  const Evidence e = Gather(doc);
  KindGuess guess;
  guess.claims = {PlanClaim(e), ReportClaim(e), OrderClaim(e), OtherClaim(e, static_cast<int>(doc.pages.size()))};
  std::erase_if(guess.claims, [](const Claim& c) { return c.strength <= 0; });
  std::stable_sort(guess.claims.begin(), guess.claims.end(),
                   [](const Claim& a, const Claim& b) { return a.strength > b.strength; });
  if (guess.claims.empty()) {
    guess.kind = model::Kind::kOther;
    guess.confidence = doc.pages.empty() ? 1.0 : kNoClaim;
    return guess;
  }
  const Claim& best = guess.claims.front();
  const double rival = guess.claims.size() > 1 ? guess.claims[1].strength : 0;
  guess.kind = best.kind;
  guess.confidence = std::round((best.strength - kRivalWeight * rival) * 100) / 100;
  return guess;
}

model::Kind DetectKind(const ingest::Document& doc) { return GuessKind(doc).kind; }

}  // namespace ogpx::extract
