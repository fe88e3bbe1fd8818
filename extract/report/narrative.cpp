// Statuses stated in running text (see narrative.h).
#include "extract/report/narrative.h"

#include <optional>
#include <string>

#include "base/text.h"
#include "extract/plan/narrative.h"
#include "lang/vocabulary.h"

namespace ogpx::extract::report {
namespace {

// The results a prose self-assessment states: the text after its results
// heading ("Government Assessment of Progress"; "report.results.heading"
// rows), or nothing when it has none.
std::optional<std::string> ResultsIn(const std::string& body) {
  const std::string folded = text::FoldForMatch(body);
  if (folded.size() != body.size()) return std::nullopt;  // positions would not map
  for (const lang::Term& t : lang::Terms("report.results.heading")) {
    const std::size_t at = folded.find(t.phrase);
    if (at == std::string::npos) continue;
    std::string rest = text::FoldWhitespace(body.substr(at + t.phrase.size()));
    if (!rest.empty()) return rest;
  }
  return std::nullopt;
}

}  // namespace

std::vector<model::ReportEntry> ReadStatusesInProse(const layout::Outline& outline) {
  plan::NarrativePlan headings = plan::ReadNumberedHeadings(outline);
  if (headings.commitments.empty()) headings = plan::ReadStyleHeadings(outline);
  std::vector<model::ReportEntry> out;
  for (std::size_t k = 0; k < headings.commitments.size(); ++k) {
    const model::Commitment& c = headings.commitments[k];
    const std::string& body = k < headings.bodies.size() ? headings.bodies[k] : std::string();
    const lang::Term* t = lang::FindTerm("status.prose", text::FoldForMatch(body));
    if (t == nullptr) continue;
    model::ReportEntry e;
    e.milestone = c.number;
    e.commitment = c.number;
    e.status = model::StatusFromName(t->value);
    e.results = ResultsIn(body);
    e.pages = c.pages;
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace ogpx::extract::report
