// GatherEvidence (see evidence.h): one pass over the lines of the document's
// pages (Structure::pages()).
#include "extract/evidence.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cctype>
#include <string>

#include "base/text.h"
#include "extract/plan/labels.h"
#include "layout/lines.h"
#include "lang/vocabulary.h"

namespace ogpx::extract {
namespace {

// A heading line is shorter than this (bytes, folded).
constexpr std::size_t kMaxHeadingBytes = 80;
// A letter's closing formula is a line of its own, shorter than this.
constexpr std::size_t kMaxClosingBytes = 40;
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

// A number or a number's label (order.number: "No.", "№") right after
// `at` in `folded`.
bool NumberFollows(const std::string& folded, std::size_t at) {
  const std::vector<std::string> rest = text::SplitSpaces(folded.substr(std::min(at, folded.size())));
  if (rest.empty()) return false;
  if (std::isdigit(static_cast<unsigned char>(rest.front()[0]))) return true;
  for (const lang::Term& t : lang::Terms("order.number"))
    if (t.value == "before" && rest.front() == t.phrase) return true;
  return false;
}

// Every letter of `text` a capital (two letters at least).
bool InCapitals(const std::string& text) {
  int letters = 0;
  bool lower = false;
  text::ForEachCodePoint(text, [&](UChar32 c) {
    if (!u_isalpha(c)) return;
    ++letters;
    lower = lower || u_islower(c);
  });
  return letters >= 2 && !lower;
}

// A label that numbers a heading ("B1.1", "2.", "-", "a)"): no word of two
// letters or more without a digit.
bool IsLabelToken(const std::string& token) {
  std::size_t letters = 0;
  for (unsigned char c : token) {
    if (std::isdigit(c)) return true;
    letters += c >= 0x80 || std::isalpha(c);
  }
  return letters <= 1;
}

// A response heading is the heading of its line ("B1.1 - What We Heard"):
// nothing but a numbering label before the term and nothing after it. A
// term inside a sentence ("… and on what we heard") is prose.
bool IsResponseHeading(const std::string& folded) {
  const lang::Term* t = lang::FindTerm("kind.response", folded);
  if (!t || folded.size() >= kMaxHeadingBytes) return false;
  const std::size_t at = folded.rfind(t->phrase);
  if (at == std::string::npos || at + t->phrase.size() != folded.size()) return false;
  for (const std::string& token : text::SplitSpaces(folded.substr(0, at)))
    if (!IsLabelToken(token)) return false;
  return true;
}
std::string LastWord(const std::string& s) {
  std::size_t p = s.rfind(' ');
  return p == std::string::npos ? s : s.substr(p + 1);
}

}  // namespace

Evidence GatherEvidence(const layout::Structure& s) {
  Evidence e;
  e.pages = static_cast<int>(s.pages().size());
  const std::vector<const layout::PageLine*>& title = s.title();
  for (const layout::PageText& page : s.pages()) {
    for (const layout::PageLine& l : page.lines) {
      const std::string& text = l.line.text;
      if (auto label = MatchLabel(text); label && CountsForPlan(*label)) e.plan_labels.insert(*label);
      const std::string folded = text::FoldForMatch(text);
      e.report_hits += lang::CountTerms("kind.report.phrase", folded);
      e.order_hits += lang::CountTerms("kind.order.formula", folded);
      e.status_hits += lang::CountTerms("kind.status", folded);
      e.responses += IsResponseHeading(folded);
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
      const bool in_title = std::find(title.begin(), title.end(), &l) != title.end();
      if (folded.size() < kMaxHeadingBytes && l.line.box.y0 < page.height * kOrderHeadBand) {
        const std::string first = FirstWord(folded), last = LastWord(folded);
        for (const lang::Term& w : lang::Terms("kind.order.head")) {
          // The act's word as a heading: alone, before its number ("DECISION
          // No. 45"), or ending a line in capitals ("… SECRETARIAT ORDER");
          // not a sentence that opens or ends with it ("decision making …").
          const bool hit = folded == w.phrase || (first == w.phrase && NumberFollows(folded, first.size())) ||
                           ((first == w.phrase || last == w.phrase) && InCapitals(text));
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
  // A title wrapped over lines ("… Mid-term Self-" / "Assessment Report"):
  // the title block read as one text, a line that ends in a hyphen running
  // on into the next.
  std::string joined;
  for (const layout::PageLine* l : title) {
    if (!joined.empty() && joined.back() != '-') joined += ' ';
    joined += l->line.text;
  }
  joined = text::FoldForMatch(joined);
  e.report_title = e.report_title || lang::FindTerm("kind.report.title", joined);
  e.plan_title = e.plan_title || lang::FindTerm("kind.plan.title", joined);
  e.self_assessment_title = e.self_assessment_title || lang::FindTerm("kind.self_assessment", joined);
  for (const std::string& running : s.running) {
    e.self_assessment_running = e.self_assessment_running || lang::FindTerm("kind.self_assessment", running);
  }
  return e;
}

}  // namespace ogpx::extract
