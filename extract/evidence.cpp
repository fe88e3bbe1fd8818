// GatherEvidence (see evidence.h): one pass over the lines of the document's
// pages (Structure::pages()).
#include "extract/evidence.h"

#include <string>

#include "base/text.h"
#include "extract/plan/labels.h"
#include "layout/lines.h"
#include "lang/vocabulary.h"

namespace ogpx::extract {
namespace {

// Title lines: the first lines of the first two pages.
constexpr int kTitlePages = 2;
constexpr int kTitleLines = 15;
// A heading line is shorter than this (bytes, folded).
constexpr std::size_t kMaxHeadingBytes = 80;
// A letter's closing formula is a line of its own, shorter than this.
constexpr std::size_t kMaxClosingBytes = 40;
// A title line is shorter than this.
constexpr std::size_t kMaxTitleBytes = 160;
// An order's heading lies in this top share of its page.
constexpr double kOrderHeadBand = 0.4;

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

Evidence GatherEvidence(const layout::Structure& s) {
  Evidence e;
  e.pages = static_cast<int>(s.pages().size());
  for (const layout::PageText& page : s.pages()) {
    int line_no = 0;
    for (const layout::PageLine& l : page.lines) {
      ++line_no;
      const std::string& text = l.line.text;
      if (auto label = MatchLabel(text); label && CountsForPlan(*label)) e.plan_labels.insert(*label);
      const std::string folded = text::FoldForMatch(text);
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
        else if (t->value == "closing") e.closings += folded.size() < kMaxClosingBytes;
        else ++e.letter_body;
      }
      if (auto h = ParseCommitmentHeading(text, true); h && h->number.find('.') == std::string::npos) ++e.headings;
      // Order headings are short lines in the top part of a page.
      const bool in_title = page.number <= kTitlePages && line_no <= kTitleLines && folded.size() < kMaxTitleBytes;
      if (folded.size() < kMaxHeadingBytes && l.line.box.y0 < page.height * kOrderHeadBand) {
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
  for (const std::string& running : s.running) {
    e.self_assessment_running = e.self_assessment_running || lang::FindTerm("kind.self_assessment", running);
  }
  return e;
}

}  // namespace ogpx::extract
