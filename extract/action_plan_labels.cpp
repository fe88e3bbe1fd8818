// The template's label vocabulary (data) and its matcher; see
// action_plan_labels.h.
#include "extract/action_plan_labels.h"

#include <algorithm>
#include <array>
#include <vector>
#include <cctype>

#include "ingest/unicode.h"

namespace ogpx::extract {
namespace {

struct LabelRow {
  PlanLabel label;
  std::string_view text;   // written folded: lower case, single spaces
  bool exact;              // the whole text must be the label
};

// One row per wording. English: the OGP template; Mongolian: its official
// translation.
constexpr LabelRow kLabels[] = {
    {PlanLabel::kCommitmentDefinition, "commitment definition", false},
    {PlanLabel::kDescription, "commitment description", false},
    {PlanLabel::kCommitmentDefinition, "амлалтын тодорхойлолт", false},
    {PlanLabel::kProblemDefinition, "problem definition", false},
    {PlanLabel::kProblemDefinition, "асуудлын тодорхойлолт", false},
    {PlanLabel::kLead, "lead implementing agency", false},
    {PlanLabel::kLead, "lead implementing agency/actor", false},
    {PlanLabel::kLead, "хэрэгжүүлэх тэргүүлэх байгууллага", false},
    {PlanLabel::kSupporting, "supporting stakeholders", false},
    {PlanLabel::kSupporting, "дэмжигч талууд", false},
    {PlanLabel::kPeriod, "commitment start and end date", false},
    {PlanLabel::kPeriod, "амлалтыг хэрэгжүүлж эхлэх", false},
    {PlanLabel::kProblem, "what problem does the commitment", false},
    {PlanLabel::kProblem, "амлалт ямар асуудлыг", false},
    {PlanLabel::kCauses, "what are the causes of the problem", false},
    {PlanLabel::kCauses, "асуудлын шалтгаан", false},
    {PlanLabel::kDoneSoFar, "what has been done so far", false},
    {PlanLabel::kDoneSoFar, "асуудлыг шийдвэрлэхийн тулд өнөөг", false},
    {PlanLabel::kSolution, "what solution are you proposing", false},
    {PlanLabel::kSolution, "ямар шийдлийг санал болгож", false},
    {PlanLabel::kResults, "what results do we want to achieve", false},
    {PlanLabel::kResults, "энэхүү амлалтыг хэрэгжүүлснээр", false},
    {PlanLabel::kMilestones, "milestones", false},
    {PlanLabel::kMilestones, "milestone", true},
    {PlanLabel::kMilestones, "үе шат", false},
    {PlanLabel::kOutputs, "expected outputs", false},
    {PlanLabel::kOutputs, "хүлээгдэж буй үр дүн", false},
    {PlanLabel::kDue, "expected completion", false},
    {PlanLabel::kDue, "дуусах хугацаа", false},
    {PlanLabel::kStakeholders, "stakeholders", true},
    {PlanLabel::kStakeholders, "оролцогч талууд", true},
    {PlanLabel::kGovernment, "government", true},
    {PlanLabel::kGovernment, "төр", true},
    {PlanLabel::kCivilSociety, "civil society", true},
    {PlanLabel::kCivilSociety, "иргэний нийгэм", true},
    {PlanLabel::kOtherActors, "other actors", true},
    {PlanLabel::kOtherActors, "бусад оролцогчид", true},
    // Other wordings of the same rows and columns.
    {PlanLabel::kLead, "lead agency", false},
    {PlanLabel::kLead, "lead institution", false},
    {PlanLabel::kLead, "lead implementing institution", false},
    {PlanLabel::kLead, "lead government agency", false},
    {PlanLabel::kLead, "responsible agency", false},
    {PlanLabel::kLead, "implementing agency", false},
    {PlanLabel::kSupporting, "supporting agencies", false},
    {PlanLabel::kSupporting, "supporting actors", false},
    {PlanLabel::kSupporting, "supporting organisations", false},
    {PlanLabel::kSupporting, "supporting organizations", false},
    {PlanLabel::kSupporting, "other stakeholders", false},
    {PlanLabel::kPeriod, "start and end date", false},
    {PlanLabel::kPeriod, "implementation period", false},
    {PlanLabel::kProblem, "status quo or problem addressed", false},
    {PlanLabel::kProblem, "status quo", false},
    {PlanLabel::kProblem, "what is the public problem", false},
    {PlanLabel::kProblem, "problem description", false},
    {PlanLabel::kSolution, "how will the commitment contribute to solve", false},
    {PlanLabel::kMilestones, "milestone activity", false},
    {PlanLabel::kMilestones, "milestone activities", false},
    {PlanLabel::kMilestones, "milestones activities", false},
    {PlanLabel::kMilestones, "milestones and activities", false},
    {PlanLabel::kMilestones, "activities", true},
    {PlanLabel::kMilestones, "key activities", false},
    {PlanLabel::kOutputs, "expected results", false},
    {PlanLabel::kOutputs, "expected output", false},
    {PlanLabel::kOutputs, "outputs", true},
    {PlanLabel::kOutputs, "deliverables", true},
    {PlanLabel::kOutputs, "verifiable deliverable", false},
    {PlanLabel::kDue, "completion date", false},
    {PlanLabel::kDue, "deadline", false},
    {PlanLabel::kDue, "due date", false},
    {PlanLabel::kDue, "timeline", true},
    {PlanLabel::kDue, "timeframe", true},
    {PlanLabel::kDue, "expected completion date", false},
    {PlanLabel::kStakeholders, "stakeholders involved", false},
    {PlanLabel::kStakeholders, "responsible", true},
    {PlanLabel::kStakeholders, "responsible institutions", true},
    {PlanLabel::kStakeholders, "responsible institution", true},
    {PlanLabel::kStakeholders, "responsible agencies", true},
    {PlanLabel::kStakeholders, "responsible organisations", true},
    {PlanLabel::kStakeholders, "responsible organizations", true},
    {PlanLabel::kStakeholders, "responsible parties", true},
    {PlanLabel::kStakeholders, "responsible entities", true},
    {PlanLabel::kStakeholders, "implementing agencies", true},
    {PlanLabel::kStakeholders, "implementing institutions", true},
    {PlanLabel::kStakeholders, "implementing organisations", true},
    {PlanLabel::kStakeholders, "implementing organizations", true},
    {PlanLabel::kStakeholders, "actors involved", true},
    {PlanLabel::kStakeholders, "actors", true},
    {PlanLabel::kStakeholders, "partners", true},
    {PlanLabel::kStakeholders, "stakeholders and partners", true},
    // 2016-2019 and 2020+ template generations.
    {PlanLabel::kCommitmentId, "commitment id", false},
    {PlanLabel::kTitle, "commitment title", false},
    {PlanLabel::kTitle, "title of the commitment", false},
    {PlanLabel::kTitle, "амлалтын нэр", false},
    {PlanLabel::kObjective, "main objective", false},
    {PlanLabel::kObjective, "objective", true},
    {PlanLabel::kDescription, "brief description of commitment", false},
    {PlanLabel::kDescription, "brief description of the commitment", false},
    {PlanLabel::kDescription, "what is the commitment", false},
    {PlanLabel::kRelevance, "relevance", false},
    {PlanLabel::kRelevance, "ogp values relevance", false},
    {PlanLabel::kRelevance, "relevance to ogp values", false},
    {PlanLabel::kRelevance, "why is this commitment relevant", false},
    {PlanLabel::kAmbition, "ambition", false},
    {PlanLabel::kContactName, "name of responsible person", false},
    {PlanLabel::kContactName, "contact person", false},
    {PlanLabel::kContactTitle, "title, department", false},
    {PlanLabel::kContactTitle, "position, department", false},
    {PlanLabel::kContactEmail, "email", false},
    {PlanLabel::kContactEmail, "e-mail", false},
    {PlanLabel::kContactPhone, "phone", false},
    {PlanLabel::kContactPhone, "telephone", false},
    {PlanLabel::kOtherActorsInvolved, "other actors involved", false},
    {PlanLabel::kStateActors, "state actors involved", false},
    {PlanLabel::kStateActors, "state actors", false},
    {PlanLabel::kStateActors, "government actors", false},
    {PlanLabel::kCsoActors, "csos, private sector", false},
    {PlanLabel::kCsoActors, "cso, private sector", false},
    {PlanLabel::kCsoActors, "civil society, private sector", false},
    {PlanLabel::kCsoActors, "csos", false},
    {PlanLabel::kCsoActors, "non-state actors", false},
    {PlanLabel::kAnalysis, "commitment analysis", false},
    {PlanLabel::kTransparency, "how will the commitment promote transparency", false},
    {PlanLabel::kAccountability, "how will the commitment promote accountability", false},
    {PlanLabel::kParticipation, "how will the commitment promote participation", false},
    {PlanLabel::kStartDate, "start date", false},
    {PlanLabel::kEndDate, "end date", false},
};

// Words that introduce a commitment heading ("Commitment 1.", "Амлалт 1.").
constexpr std::array<std::string_view, 3> kCommitmentWords = {"commitment", "амлалт",
                                                              "commitments"};

bool IsBoundary(std::string_view s, std::size_t at) {
  if (at >= s.size()) return true;
  char c = s[at];
  return c == ' ' || c == ':' || c == '?' || c == '.' || c == '/' || c == ',' || c == ';';
}

std::string Folded(std::string_view text) {
  std::string f = text::FoldForMatch(text);
  // Punctuation at either end never belongs to a label: a colon, or OCR's
  // specks and quotes (". Expected Completion Date", "… End Date’").
  auto speck = [](std::string_view s, bool back) {
    for (std::string_view p : {":", ".", " ", ",", ";", "'", "\"", "*", "|", "\u2018", "\u2019", "\u201C", "\u201D"})
      if (back ? s.ends_with(p) : s.starts_with(p)) return p.size();
    return std::size_t{0};
  };
  for (std::size_t n; !f.empty() && (n = speck(f, true)) > 0;) f.resize(f.size() - n);
  for (std::size_t n; !f.empty() && (n = speck(f, false)) > 0;) f.erase(0, n);
  return f;
}

const LabelRow* FindFolded(const std::string& f) {
  const LabelRow* best = nullptr;
  for (const LabelRow& row : kLabels) {
    bool hit = row.exact ? f == row.text
                         : (f.starts_with(row.text) && IsBoundary(f, row.text.size()));
    if (hit && (best == nullptr || row.text.size() > best->text.size())) best = &row;
  }
  return best;
}

const LabelRow* Find(std::string_view text) {
  std::string f = Folded(text);
  if (const LabelRow* row = FindFolded(f)) return row;
  // A scanned header: a speck after the label ("Stakeholders 5", "Expected
  // Outputs л") or one letter misread in a long label ("Milestanes").
  std::vector<std::string> words = text::SplitSpaces(f);
  if (words.size() < 2 && text::CodePointCount(f) < 8) return nullptr;
  while (words.size() > 1 && text::CodePointCount(words.back()) <= 2) words.pop_back();
  std::string trimmed;
  for (const auto& w : words) trimmed += (trimmed.empty() ? "" : " ") + w;
  if (trimmed != f) {
    if (const LabelRow* row = FindFolded(trimmed)) return row;
  }
  if (words.size() > 6) return nullptr;  // running text, not a header
  // One letter misread, not added: "Milestonesx" is no label.
  const std::size_t length = text::CodePointCount(trimmed);
  for (const LabelRow& row : kLabels) {
    if (text::CodePointCount(row.text) < 8 || text::CodePointCount(row.text) != length) continue;
    if (text::EditDistance(trimmed, row.text) <= 1) return &row;
  }
  return nullptr;
}

std::string Trim(std::string_view s) {
  std::string out = text::FoldWhitespace(s);
  while (!out.empty() && (out.front() == ':' || out.front() == '-' || out.front() == ' '))
    out.erase(0, 1);
  return text::FoldWhitespace(out);
}

}  // namespace

std::size_t ParseNumberAt(std::string_view s, std::size_t pos, std::string& number) {
  std::size_t i = pos;
  number.clear();
  while (true) {
    std::size_t start = i;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
    if (i == start) return number.empty() ? std::string_view::npos : start;
    if (!number.empty()) number += '.';
    number += std::string(s.substr(start, i - start));
    if (i < s.size() && s[i] == '.') {
      ++i;
      continue;
    }
    return i;
  }
}

bool IsSector(PlanLabel label) {
  return label == PlanLabel::kGovernment || label == PlanLabel::kCivilSociety ||
         label == PlanLabel::kOtherActors;
}

std::optional<PlanLabel> MatchLabel(std::string_view text) {
  const LabelRow* row = Find(text);
  if (row == nullptr) return std::nullopt;
  return row->label;
}

std::optional<PlanLabel> MatchSectorFuzzy(std::string_view raw) {
  std::string cleaned;
  for (char c : raw) cleaned += (c == '|' || c == '_') ? ' ' : c;
  if (auto exact = MatchLabel(cleaned); exact && IsSector(*exact)) return exact;
  const std::string text = Folded(cleaned);
  if (text::CodePointCount(text) < 4) return std::nullopt;
  for (const LabelRow& row : kLabels) {
    if (!IsSector(row.label)) continue;
    const std::size_t want = text::CodePointCount(row.text);
    if (want < 4) continue;  // too short to guess ("Төр")
    if (text::EditDistance(text, row.text) * 4 <= want) return row.label;
  }
  return std::nullopt;
}

std::optional<std::string> AfterLabel(std::string_view text, PlanLabel label) {
  // Cut the original text at each word boundary and fold the head.
  for (std::size_t cut = 1; cut <= text.size(); ++cut) {
    if (cut < text.size() && !IsBoundary(text, cut)) continue;
    std::string head = Folded(text.substr(0, cut));
    for (const LabelRow& row : kLabels) {
      if (row.label != label || row.exact || head != row.text) continue;
      // Prefer the longest wording: skip when a longer row also matches.
      bool longer = false;
      for (const LabelRow& other : kLabels) {
        if (other.label == label && !other.exact && other.text.size() > row.text.size() &&
            Folded(text).starts_with(other.text) && IsBoundary(Folded(text), other.text.size()))
          longer = true;
      }
      if (longer) continue;
      std::string_view rest = text.substr(cut);
      // OCR's version of the label's tail before its colon ("agency/lactor:").
      if (const auto colon = rest.find(':'); colon != std::string_view::npos && colon <= 12 &&
                                             rest.substr(0, colon).find(' ') == std::string_view::npos &&
                                             !rest.empty() && (rest[0] == '/' || rest[0] == '-'))
        rest = rest.substr(colon + 1);
      return Trim(rest);
    }
  }
  // A label OCR misread by a letter or two ("Lead implementing agencylactor:").
  if (const auto colon = text.find(':'); colon != std::string_view::npos && colon >= 8 && colon <= 60) {
    const std::string head = Folded(text.substr(0, colon));
    for (const LabelRow& row : kLabels) {
      if (row.label != label || row.text.size() < 12) continue;
      if (text::EditDistance(head, row.text) * 10 <= text::CodePointCount(row.text)) return Trim(text.substr(colon + 1));
    }
  }
  return std::nullopt;
}

std::optional<NumberedHeading> ParseCommitmentHeading(std::string_view raw, bool require_word) {
  std::string s = text::FoldWhitespace(raw);
  std::size_t pos = 0;
  if (require_word) {
    std::size_t space = s.find(' ');
    if (space == std::string::npos) return std::nullopt;
    std::string word = text::FoldForMatch(s.substr(0, space));
    bool known = false;
    for (std::string_view w : kCommitmentWords) known = known || word == w;
    if (!known) return std::nullopt;
    pos = space + 1;
  }
  std::string number;
  std::size_t end = ParseNumberAt(s, pos, number);
  if (end == std::string_view::npos) return std::nullopt;
  if (end < s.size() && s[end] != ' ' && s[end] != ':' && s[end] != '-' &&
      !(end > 0 && s[end - 1] == '.'))
    return std::nullopt;
  return NumberedHeading{number, Trim(s.substr(end))};
}

std::optional<NumberedHeading> ParseLeadingNumber(std::string_view raw) {
  std::string s = text::FoldWhitespace(raw);
  std::string number;
  std::size_t end = ParseNumberAt(s, 0, number);
  if (end == std::string_view::npos) return std::nullopt;
  // OCR reads the closing dot of "1.1." as a comma now and then.
  if (end < s.size() && s[end] == ',' && number.find('.') != std::string::npos) ++end;
  if (end < s.size() && s[end] != ' ' && !(s[end - 1] == '.' || s[end - 1] == ',')) return std::nullopt;
  return NumberedHeading{number, Trim(s.substr(end))};
}

}  // namespace ogpx::extract
