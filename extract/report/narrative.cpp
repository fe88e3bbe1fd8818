// Statuses stated in running text (see narrative.h).
#include "extract/report/narrative.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <map>
#include <utility>
#include <optional>
#include <string_view>
#include <string>

#include "base/text.h"
#include "extract/plan/narrative.h"
#include "extract/report/text.h"
#include "extract/report/vocab.h"
#include "extract/plan/cells.h"
#include "extract/plan/labels.h"
#include "extract/plan/stakeholders.h"
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
    // A run-in heading closes with a colon or a full stop.
    while (!rest.empty() && (rest.front() == '.' || rest.front() == ':' || rest.front() == ' ')) rest.erase(0, 1);
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

// The completion level that opens `text` ("not started", "Substantial
// (70% complete)"), or with `at_end` the one that closes it ("1.2 Launch
// the portal … Completed"): its first or last words (at_end keeps one word
// before them).
std::optional<model::Status> LevelAt(const std::string& text, bool at_end = false) {
  const std::vector<std::string> words = text::SplitSpaces(text);
  const std::size_t most = at_end && !words.empty() ? words.size() - 1 : words.size();
  for (std::size_t n = std::min<std::size_t>(most, kMaxLevelWords); n > 0; --n) {
    const std::size_t from = at_end ? words.size() - n : 0;
    std::string part;
    for (std::size_t k = from; k < from + n; ++k) part += (part.empty() ? "" : " ") + words[k];
    if (auto s = StatusFromWording(part)) return s;
  }
  return std::nullopt;
}

// A status on a labelled line of its own ("Level of completion:
// Substantial", "Nivel de cumplimiento: Sustancial"): a "report.row" level
// label, a colon and a completion level.
std::optional<model::Status> LabelledStatus(const std::string& folded) {
  for (const lang::Term& label : lang::Terms("report.row")) {
    if (label.value != "level") continue;
    const std::size_t at = folded.find(label.phrase + ":");
    if (at == std::string::npos) continue;
    if (auto s = LevelAt(folded.substr(at + label.phrase.size() + 1))) return s;
  }
  return std::nullopt;
}

// A line that opens with a "report.row" label and a colon: the label's
// value ("level", "results", "evidence") and the text after the colon.
std::optional<std::pair<std::string, std::string>> LabelledRow(const std::string& line) {
  std::optional<lang::Labelled> l = lang::LabelledValue("report.row", line);
  if (!l) return std::nullopt;
  return std::make_pair(l->term->value, std::move(l->value));
}

// Labelled fields of a unit's lines ("Level of completion: Substantial",
// "Summary of results: …"), each running on over the lines under it up to
// the next label, a numbered line or a sub-heading (narrative.part).
std::map<std::string, std::string> LabelledFields(const std::vector<std::string>& lines) {
  std::map<std::string, std::string> fields;
  std::string field;
  for (const std::string& line : lines) {
    if (auto row = LabelledRow(line)) {
      field = row->first;
      fields[field] = row->second;
    } else if (ParseLeadingNumber(line) || plan::NarrativePart(text::FoldForMatch(line)) != nullptr) {
      field.clear();
    } else if (!field.empty()) {
      fields[field] += " " + text::FoldWhitespace(line);
    }
  }
  return fields;
}

// "Milestone 1.1" -> "1.1"; "Milestone 2" under commitment "1" -> "1.2": a
// milestone word first (milestone.word), then its number.
std::optional<std::string> MilestoneHeading(const std::string& text, const std::string& commitment) {
  const std::size_t space = text.find(' ');
  if (space == std::string::npos || !lang::ValueOf("milestone.word", text::FoldForMatch(text.substr(0, space))))
    return std::nullopt;
  const auto mark = plan::ParseLocalMark(text);
  if (!mark) return std::nullopt;
  if (!mark->number.empty()) return mark->number;
  if (mark->index > 0 && !commitment.empty()) return commitment + "." + std::to_string(mark->index);
  return std::nullopt;
}

// A level set in capitals right under the heading, as a badge
// ("SUBSTANTIAL", "NOT STARTED"): the words that open the body, every
// letter a capital (a sentence that opens with "Complete the …" is none).
std::optional<model::Status> BadgeAtStart(const std::string& body) {
  // A word in capitals: a letter, no lower-case one ("SUBSTANTIAL", not "Complete").
  auto capitals = [](const std::string& w) {
    return text::HasLetter(w) && text::FoldForMatch(w) != w &&
           std::none_of(w.begin(), w.end(), [](char ch) { return std::islower(static_cast<unsigned char>(ch)); });
  };
  // The level among the capitals that open the body.
  std::string run;
  std::size_t n = 0;
  for (const std::string& w : text::SplitSpaces(text::FoldWhitespace(body))) {
    if (n++ == kMaxLevelWords || !capitals(w)) break;
    run += (run.empty() ? "" : " ") + w;
  }
  return LevelAt(run);
}

// The links after a "report.row" evidence label in a text ("More
// information: https://…").
std::vector<std::string> LinksAfterEvidenceLabel(const std::string& body) {
  std::vector<std::string> out;
  const std::string folded = text::FoldForMatch(body);
  if (folded.size() != body.size()) return out;
  for (const lang::Term& t : lang::Terms("report.row")) {
    if (t.value != "evidence") continue;
    const std::size_t at = folded.find(t.phrase + ":");
    if (at == std::string::npos) continue;
    for (const std::string& w : text::SplitSpaces(body.substr(at + t.phrase.size() + 1))) {
      if (w.find("://") == std::string::npos && !w.starts_with("www.")) break;
      out.push_back(w);
    }
    if (!out.empty()) break;
  }
  return out;
}

}  // namespace

std::vector<model::ReportEntry> ReadMilestonesInProse(const layout::Outline& o) {
  struct Unit {
    std::string number;
    std::vector<const layout::OutlineLine*> lines;
  };
  std::vector<Unit> units;
  std::string commitment;
  bool open = false;
  for (const layout::OutlineLine& l : o.lines) {
    const std::string text = text::FoldWhitespace(l.line.text);
    if (auto c = ParseCommitmentHeading(text, true); c && c->number.find('.') == std::string::npos) {
      commitment = c->number;
      open = false;
    } else if (auto m = MilestoneHeading(text, commitment)) {
      units.push_back({*m, {&l}});
      open = true;
    } else if (open) {
      units.back().lines.push_back(&l);
    }
  }
  std::vector<model::ReportEntry> out;
  for (const Unit& u : units) {
    std::vector<std::string> lines;
    std::string body;
    for (std::size_t k = 1; k < u.lines.size(); ++k) {
      lines.push_back(u.lines[k]->line.text);
      body += " " + u.lines[k]->line.text;
    }
    std::map<std::string, std::string> fields = LabelledFields(lines);
    std::optional<model::Status> status;
    if (fields.contains("level")) status = LevelAt(text::FoldForMatch(fields["level"]));
    if (!status) {
      const lang::Term* t = StatusInProse(text::FoldForMatch(body));
      if (t != nullptr) status = model::StatusFromName(t->value);
    }
    if (!status) continue;
    model::ReportEntry e;
    e.milestone = u.number;
    e.status = status;
    if (fields.contains("level")) e.progress_percent = ParsePercent(fields["level"]);
    if (fields.contains("results") && !fields["results"].empty()) e.results = text::FoldWhitespace(fields["results"]);
    if (fields.contains("evidence"))
      for (const std::string& w : text::SplitSpaces(fields["evidence"]))
        if (w.find("://") != std::string::npos || w.starts_with("www.")) e.evidence.push_back(w);
    for (const layout::OutlineLine* l : u.lines)
      if (e.pages.empty() || e.pages.back() != l->line.page) e.pages.push_back(l->line.page);
    out.push_back(std::move(e));
  }
  return out;
}

std::vector<model::ReportEntry> ReadStatusesInProse(const layout::Outline& outline, bool labelled_results) {
  plan::NarrativePlan headings = plan::ReadNumberedHeadings(outline);
  if (headings.commitments.empty()) headings = plan::ReadStyleHeadings(outline);
  std::vector<model::ReportEntry> out;
  for (std::size_t k = 0; k < headings.commitments.size(); ++k) {
    const model::Commitment& c = headings.commitments[k];
    const std::vector<std::string> lines = k < headings.bodies.size() ? headings.bodies[k] : std::vector<std::string>();
    const std::string body = extract::JoinLines(lines);
    const std::string folded = text::FoldForMatch(body);
    std::map<std::string, std::string> fields = LabelledFields(lines);
    // Milestones listed with their level closing the line ("1.2 Launch …
    // Completed") or on a line of its own after it.
    std::vector<model::ReportEntry> milestones;
    for (std::size_t j = 0; j < lines.size(); ++j) {
      const auto n = ParseLeadingNumber(lines[j]);
      if (!n || !n->number.starts_with(c.number + ".")) continue;
      auto level = LevelAt(n->title, true);
      // Or a level alone on the next line (set apart at the right: a line
      // of its own).
      if (!level && j + 1 < lines.size() && text::SplitSpaces(lines[j + 1]).size() <= kMaxLevelWords)
        level = StatusFromWording(text::FoldWhitespace(lines[j + 1]));
      if (!level) continue;
      model::ReportEntry m;
      m.milestone = n->number;
      m.commitment = c.number;
      m.status = level;
      m.pages = c.pages;
      milestones.push_back(std::move(m));
    }
    std::optional<model::Status> status = LabelledStatus(folded);
    if (!status) status = BadgeAtStart(body);
    if (!status && milestones.empty()) {
      const lang::Term* t = StatusInProse(folded);
      if (t == nullptr) continue;
      status = model::StatusFromName(t->value);
    }
    if (status) {
      model::ReportEntry e;
      e.milestone = c.number;
      e.commitment = c.number;
      e.status = status;
      e.results = ResultsIn(body);
      if (!e.results && labelled_results && fields.contains("results") && !fields["results"].empty())
        e.results = text::FoldWhitespace(fields["results"]);
      if (fields.contains("percent")) e.progress_percent = ParsePercent(fields["percent"]);
      e.evidence = LinksAfterEvidenceLabel(body);
      e.pages = c.pages;
      out.push_back(std::move(e));
    }
    for (model::ReportEntry& m : milestones) out.push_back(std::move(m));
  }
  return out;
}

}  // namespace ogpx::extract::report
