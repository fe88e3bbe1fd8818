// GuessKind(): which kind of document this is, by evidence (extract.h).
//
// Every reader states a claim: how well the document fits it, from the
// vocabularies of every language (lang/data/*.tsv, "kind.*" rows) and the
// document's structure (layout/: running headers; the template's labels,
// commitment headings). The strongest claim decides; its confidence falls
// when a second claim comes close (below 0.7 the caller warns
// `kind_uncertain`).
//
// The claims, strongest evidence first:
//  - plan on the template: three or more distinct template labels;
//  - progress report: a report title with report or status wording, or a
//    self-assessment / progress-report running header;
//  - other (a letter, a reasoned response, a decision): a salutation or a
//    closing formula in a short document, response headings repeated, a
//    decision formula; these are not plans even when they name one;
//  - order: an order's heading or operative formula;
//  - narrative plan: a plan title with commitment headings.
// Pure function; thread-safe.
#include <algorithm>
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

}  // namespace

KindGuess GuessKind(const ingest::Document& doc) {
  const Evidence e = Gather(doc);
  const int pages = static_cast<int>(doc.pages.size());
  const bool letter = pages <= kMaxLetterPages && (e.salutations > 0 || e.closings > 0 ||
                                                   e.letter_body > 0);
  const bool response = e.responses >= kMinResponseHits;
  const bool plan_title = e.plan_title && !e.report_title && !e.order_title;
  // A letter opens with a salutation and closes with a formula, whatever
  // report or plan it covers.
  if (pages <= kMaxLetterPages && e.salutations > 0 && e.closings > 0 && e.plan_labels.size() < 3)
    return {model::Kind::kOther, 0.85};
  if (e.report_title && (e.report_hits + e.status_hits >= 2))
    return {model::Kind::kProgressReport, e.plan_labels.size() >= 3 ? 0.75 : 0.9};
  if (e.plan_labels.size() >= 3) return {model::Kind::kActionPlan, 0.95};
  if (e.self_assessment_running || e.self_assessment_title)
    return {model::Kind::kProgressReport, 0.8};
  if (response) return {model::Kind::kOther, 0.8};
  if (letter && e.headings < 2) return {model::Kind::kOther, 0.75};
  if (e.order_title || (e.order_hits >= 1 && !plan_title)) return {model::Kind::kOrder, 0.85};
  if (e.decisions > 0) return {model::Kind::kOther, 0.7};
  if (plan_title) return {model::Kind::kActionPlan, e.headings >= 2 || e.plan_labels.size() >= 2 ? 0.85 : 0.7};
  if (e.report_hits >= 2) return {model::Kind::kProgressReport, 0.75};
  if (e.order_hits >= 1) return {model::Kind::kOrder, 0.6};
  if (e.report_title) return {model::Kind::kProgressReport, 0.6};
  if (e.plan_labels.size() >= 2 || e.headings >= 3) return {model::Kind::kActionPlan, 0.5};
  return {model::Kind::kOther, doc.pages.empty() ? 1.0 : 0.5};
}

model::Kind DetectKind(const ingest::Document& doc) { return GuessKind(doc).kind; }

}  // namespace ogpx::extract
