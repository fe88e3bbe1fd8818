// Statuses stated in running text (see narrative.h).
#include "extract/report/narrative.h"

#include <iterator>
#include <optional>
#include <string_view>
#include <string>

#include "base/text.h"
#include "extract/plan/narrative.h"
#include "extract/report/vocab.h"
#include "lang/vocabulary.h"

namespace ogpx::extract::report {
namespace {

// A completion level is at most this many words ("not started", "no iniciado").
constexpr std::size_t kMaxLevelWords = 3;

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

// A status stated in running text: a "status.prose" phrase ("has been
// completed"), else a completion level quoted as a name ("… is 'Completed'",
// "«Sustancial»"): a "status" word between quotes.
const lang::Term* StatusInProse(const std::string& folded) {
  if (const lang::Term* t = lang::FindTerm("status.prose", folded)) return t;
  static constexpr std::string_view kOpen[] = {"'", "\"", "\u2018", "\u201c", "\u00ab"};
  static constexpr std::string_view kClose[] = {"'", "\"", "\u2019", "\u201d", "\u00bb"};
  for (const lang::Term& t : lang::Terms("status")) {
    for (std::size_t q = 0; q < std::size(kOpen); ++q) {
      if (folded.find(std::string(kOpen[q]) + t.phrase + std::string(kClose[q])) != std::string::npos) return &t;
    }
  }
  return nullptr;
}

// A status on a labelled line of its own ("Level of completion:
// Substantial", "Nivel de cumplimiento: Sustancial"): a "report.row" level
// label, a colon and a completion level.
std::optional<model::Status> LabelledStatus(const std::string& folded) {
  for (const lang::Term& label : lang::Terms("report.row")) {
    if (label.value != "level") continue;
    const std::size_t at = folded.find(label.phrase + ":");
    if (at == std::string::npos) continue;
    const std::string rest = folded.substr(at + label.phrase.size() + 1);
    const std::vector<std::string> words = text::SplitSpaces(rest);
    // The level is the first words after the label ("not started").
    for (std::size_t n = std::min<std::size_t>(words.size(), kMaxLevelWords); n > 0; --n) {
      std::string head;
      for (std::size_t k = 0; k < n; ++k) head += (k ? " " : "") + words[k];
      if (auto s = StatusFromWording(head)) return s;
    }
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
    const std::string folded = text::FoldForMatch(body);
    std::optional<model::Status> status = LabelledStatus(folded);
    if (!status) {
      const lang::Term* t = StatusInProse(folded);
      if (t == nullptr) continue;
      status = model::StatusFromName(t->value);
    }
    model::ReportEntry e;
    e.milestone = c.number;
    e.commitment = c.number;
    e.status = status;
    e.results = ResultsIn(body);
    e.pages = c.pages;
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace ogpx::extract::report
