// The template's labels (lang/data/*.tsv, "plan.label" rows) and their
// matcher; see action_plan_labels.h.
#include "extract/plan/labels.h"

#include <algorithm>
#include <array>
#include <map>
#include <vector>
#include <cctype>

#include <unicode/utf8.h>

#include "extract/common/numbers.h"
#include "base/text.h"
#include "lang/vocabulary.h"

namespace ogpx::extract {
namespace {

struct LabelRow {
  PlanLabel label;
  std::string text;  // folded: lower case, single spaces
  bool exact;        // the whole text must be the label
  std::size_t length = 0;  // code points of `text`
};

// The label of each value of the vocabularies' "plan.label" rows.
std::optional<PlanLabel> LabelNamed(std::string_view value) {
  static constexpr std::pair<std::string_view, PlanLabel> kNames[] = {
      {"accountability", PlanLabel::kAccountability},
      {"ambition", PlanLabel::kAmbition},
      {"analysis", PlanLabel::kAnalysis},
      {"causes", PlanLabel::kCauses},
      {"civil_society", PlanLabel::kCivilSociety},
      {"commitment_definition", PlanLabel::kCommitmentDefinition},
      {"commitment_id", PlanLabel::kCommitmentId},
      {"contact_email", PlanLabel::kContactEmail},
      {"contact_name", PlanLabel::kContactName},
      {"contact_phone", PlanLabel::kContactPhone},
      {"contact_title", PlanLabel::kContactTitle},
      {"cso_actors", PlanLabel::kCsoActors},
      {"description", PlanLabel::kDescription},
      {"done_so_far", PlanLabel::kDoneSoFar},
      {"due", PlanLabel::kDue},
      {"end_date", PlanLabel::kEndDate},
      {"government", PlanLabel::kGovernment},
      {"lead", PlanLabel::kLead},
      {"milestones", PlanLabel::kMilestones},
      {"objective", PlanLabel::kObjective},
      {"other_actors", PlanLabel::kOtherActors},
      {"other_actors_involved", PlanLabel::kOtherActorsInvolved},
      {"outputs", PlanLabel::kOutputs},
      {"participation", PlanLabel::kParticipation},
      {"period", PlanLabel::kPeriod},
      {"problem", PlanLabel::kProblem},
      {"problem_definition", PlanLabel::kProblemDefinition},
      {"relevance", PlanLabel::kRelevance},
      {"results", PlanLabel::kResults},
      {"solution", PlanLabel::kSolution},
      {"stakeholders", PlanLabel::kStakeholders},
      {"start_date", PlanLabel::kStartDate},
      {"state_actors", PlanLabel::kStateActors},
      {"supporting", PlanLabel::kSupporting},
      {"title", PlanLabel::kTitle},
      {"transparency", PlanLabel::kTransparency},
  };
  for (const auto& [name, label] : kNames) {
    if (name == value) return label;
  }
  return std::nullopt;
}

// Every wording of every label in every language (lang/data/*.tsv,
// "plan.label" rows), built once.
const std::vector<LabelRow>& Labels() {
  static const std::vector<LabelRow> rows = [] {
    std::vector<LabelRow> out;
    for (const lang::Term& t : lang::Terms("plan.label")) {
      if (auto label = LabelNamed(t.value))
        out.push_back({*label, t.phrase, t.exact, text::CodePointCount(t.phrase)});
    }
    return out;
  }();
  return rows;
}

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
    // (and the opening marks of a Spanish question, U+00BF, or exclamation).
    for (std::string_view p : {":", ".", " ", ",", ";", "'", "\"", "*", "|", "\u2018", "\u2019", "\u201C", "\u201D",
                               "?", "\u00BF", "\u00A1"})
      if (back ? s.ends_with(p) : s.starts_with(p)) return p.size();
    return std::size_t{0};
  };
  for (std::size_t n; !f.empty() && (n = speck(f, true)) > 0;) f.resize(f.size() - n);
  for (std::size_t n; !f.empty() && (n = speck(f, false)) > 0;) f.erase(0, n);
  return f;
}

// The text of `f` up to its first word boundary (IsBoundary): a label
// matches only a text with the same first token, as it is a prefix of the
// text ending at a boundary or the whole text.
std::string_view FirstToken(std::string_view f) {
  std::size_t end = 0;
  while (!IsBoundary(f, end)) ++end;
  return f.substr(0, end);
}

// The label rows by their first token, each list in the rows' order.
const std::map<std::string, std::vector<const LabelRow*>, std::less<>>& RowsByFirstToken() {
  static const auto index = [] {
    std::map<std::string, std::vector<const LabelRow*>, std::less<>> out;
    for (const LabelRow& row : Labels()) out[std::string(FirstToken(row.text))].push_back(&row);
    return out;
  }();
  return index;
}

const LabelRow* FindFolded(std::string_view f) {
  const auto& index = RowsByFirstToken();
  const auto it = index.find(FirstToken(f));
  if (it == index.end()) return nullptr;
  const LabelRow* best = nullptr;
  for (const LabelRow* row : it->second) {
    bool hit = row->exact ? f == row->text
                          : (f.starts_with(row->text) && IsBoundary(f, row->text.size()));
    if (hit && (best == nullptr || row->text.size() > best->text.size())) best = row;
  }
  return best;
}

// A label broken at a line end inside its cell ("Expected Comple-" /
// "tion Date"), joined with a space ("comple- tion") or, where the line
// joiner kept the hyphen of a word it could not prove, without ("comple-tion"):
// the hyphen (and the space) go. Tried only when the text as printed matches
// no label, so a label with a hyphen of its own still matches first.
std::string JoinLineBreaks(const std::string& f) {
  auto letter = [&](std::size_t k) {
    return k < f.size() && (std::isalpha(static_cast<unsigned char>(f[k])) || static_cast<unsigned char>(f[k]) >= 0x80);
  };
  std::string out;
  for (std::size_t i = 0; i < f.size(); ++i) {
    const bool after_letter = !out.empty() && (std::isalpha(static_cast<unsigned char>(out.back())) ||
                                                static_cast<unsigned char>(out.back()) >= 0x80);
    const std::size_t dash = f.compare(i, 3, "\u2010") == 0 ? 3 : (f[i] == '-' ? 1 : 0);
    if (after_letter && dash > 0) {
      const std::size_t space = i + dash < f.size() && f[i + dash] == ' ' ? 1 : 0;
      if (letter(i + dash + space)) {
        i += dash + space - 1;  // the loop's ++i moves to the letter
        continue;
      }
    }
    out += f[i];
  }
  return out;
}

// A word of a label cut where it overflowed a narrow column, with no hyphen
// ("Deadlin" / "e", "Expected Completio" / "n Date"): the text matches a
// wording when its letters do, up to kCutWordSpaces spaces the wording does
// not have, and the match ends at a word boundary of the text.
constexpr int kCutWordSpaces = 2;

// The end of the match in `f`, or npos.
std::size_t MatchCutWords(const std::string& f, const std::string& label) {
  std::size_t i = 0, j = 0;
  int extra = 0;
  while (j < label.size()) {
    if (i >= f.size()) return std::string::npos;
    if (f[i] == label[j]) {
      ++i, ++j;
    } else if (f[i] == ' ' && ++extra <= kCutWordSpaces) {
      ++i;
    } else {
      return std::string::npos;
    }
  }
  return extra > 0 && IsBoundary(f, i) ? i : std::string::npos;
}

// The label rows by their first byte, each list in the rows' order: a
// text matches a wording with cut words only when their first bytes agree
// (folded text starts with no space).
const std::array<std::vector<const LabelRow*>, 256>& RowsByFirstByte() {
  static const auto index = [] {
    std::array<std::vector<const LabelRow*>, 256> out;
    for (const LabelRow& row : Labels())
      if (!row.text.empty()) out[static_cast<unsigned char>(row.text.front())].push_back(&row);
    return out;
  }();
  return index;
}

const LabelRow* FindCutWords(const std::string& f) {
  const LabelRow* best = nullptr;
  if (f.empty()) return best;
  for (const LabelRow* r : RowsByFirstByte()[static_cast<unsigned char>(f.front())]) {
    const LabelRow& row = *r;
    const std::size_t end = MatchCutWords(f, row.text);
    const bool hit = end != std::string::npos && (!row.exact || end == f.size());
    if (hit && (best == nullptr || row.text.size() > best->text.size())) best = &row;
  }
  return best;
}

// Whether `a` and `b`, of the same number of code points, differ in at most
// one of them: their edit distance is then at most 1 (one letter misread:
// an insertion and a deletion would cost 2).
bool AtMostOneSubstitution(std::string_view a, std::string_view b) {
  std::size_t i = 0, j = 0;
  int differ = 0;
  while (i < a.size() && j < b.size()) {
    UChar32 x = 0, y = 0;
    U8_NEXT(a.data(), i, a.size(), x);
    U8_NEXT(b.data(), j, b.size(), y);
    if (x != y && ++differ > 1) return false;
  }
  return i == a.size() && j == b.size();
}

// A label numbered as a question of its part ("1. What problem does the
// commitment aim to address?"): the text after a number of one or two
// digits and its "." or ")".
std::optional<std::string_view> AfterQuestionNumber(std::string_view f) {
  std::size_t d = 0;
  while (d < f.size() && d < 3 && std::isdigit(static_cast<unsigned char>(f[d]))) ++d;
  if (d == 0 || d > 2 || d + 2 > f.size() || (f[d] != '.' && f[d] != ')') || f[d + 1] != ' ') return std::nullopt;
  return f.substr(d + 2);
}

const LabelRow* Find(std::string_view text) {
  std::string f = Folded(text);
  if (const LabelRow* row = FindFolded(f)) return row;
  if (const auto rest = AfterQuestionNumber(f))
    if (const LabelRow* row = FindFolded(*rest)) return row;
  const bool dash = f.find('-') != std::string::npos || f.find("\u2010") != std::string::npos;
  if (std::string joined = dash ? JoinLineBreaks(f) : f; joined != f) {
    if (const LabelRow* row = FindFolded(joined)) return row;
    f = std::move(joined);
  }
  if (const LabelRow* row = FindCutWords(f)) return row;
  // A scanned header: a speck after the label ("Stakeholders 5", "Expected
  // Outputs x") or one letter misread in a long label ("Milestanes").
  // `f` is folded: words with one space between them, none at either end.
  std::size_t words = f.empty() ? 0 : 1 + static_cast<std::size_t>(std::count(f.begin(), f.end(), ' '));
  if (words < 2 && text::CodePointCount(f) < 8) return nullptr;
  std::string_view trimmed = f;
  for (std::size_t space; words > 1; --words) {
    space = trimmed.rfind(' ');
    if (text::CodePointCount(trimmed.substr(space + 1)) > 2) break;
    trimmed = trimmed.substr(0, space);
  }
  if (trimmed != f) {
    if (const LabelRow* row = FindFolded(trimmed)) return row;
  }
  if (words > 6) return nullptr;  // running text, not a header
  // One letter misread, not added: "Milestonesx" is no label.
  const std::size_t length = text::CodePointCount(trimmed);
  for (const LabelRow& row : Labels()) {
    if (row.length < 8 || row.length != length) continue;
    if (AtMostOneSubstitution(trimmed, row.text)) return &row;
  }
  return nullptr;
}

// Separators between a heading's number and its title: ":", "-", and the
// en and em dashes ("Commitment 1 – Title").
std::string Trim(std::string_view s) {
  std::string out = text::FoldWhitespace(s);
  for (;;) {
    if (!out.empty() && (out.front() == ':' || out.front() == '-' || out.front() == ' ')) {
      out.erase(0, 1);
    } else if (out.starts_with("\u2013") || out.starts_with("\u2014")) {
      out.erase(0, 3);
    } else {
      break;
    }
  }
  return text::FoldWhitespace(out);
}

// The last `n` code points of `s`.
std::string_view LastCodePoints(std::string_view s, std::size_t n) {
  std::size_t count = 0, at = s.size();
  while (at > 0 && count < n) {
    --at;
    if ((static_cast<unsigned char>(s[at]) & 0xC0) != 0x80) ++count;
  }
  return s.substr(at);
}

}  // namespace

std::size_t ParseNumberAt(std::string_view s, std::size_t pos, std::string& number) {
  std::size_t i = pos;
  number.clear();
  while (true) {
    std::size_t start = i;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
    if (i == start) return number.empty() ? std::string_view::npos : start;
    // A first part padded with a zero ("01 Title", "03.2") is numbered 1, 3.
    if (number.empty() && i - start == 2 && s[start] == '0' && s[start + 1] != '0') ++start;
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
  // Strokes, quotes and specks OCR read round the header's words go.
  std::string cleaned;
  for (const std::string& word : text::SplitSpaces(raw)) {
    const std::string_view core = text::TrimMarks(word);
    if (core.empty()) continue;
    cleaned += (cleaned.empty() ? "" : " ") + std::string(core);
  }
  if (auto exact = MatchLabel(cleaned); exact && IsSector(*exact)) return exact;
  const std::string text = Folded(cleaned);
  if (text::CodePointCount(text) < 4) return std::nullopt;
  for (const LabelRow& row : Labels()) {
    if (!IsSector(row.label)) continue;
    const std::size_t want = row.length;
    if (want < 4) continue;  // too short to guess (the one-word government header)
    if (text::WithinEditDistance(text, row.text, want / 4)) return row.label;
  }
  return std::nullopt;
}

std::optional<std::string> AfterLabel(std::string_view text, PlanLabel label) {
  // Cut the original text at each word boundary and fold the head.
  const std::string whole = Folded(text);
  for (std::size_t cut = 1; cut <= text.size(); ++cut) {
    if (cut < text.size() && !IsBoundary(text, cut)) continue;
    std::string head = Folded(text.substr(0, cut));
    for (const LabelRow& row : Labels()) {
      if (row.label != label || row.exact || head != row.text) continue;
      // Prefer the longest wording: skip when a longer row also matches.
      bool longer = false;
      for (const LabelRow& other : Labels()) {
        if (other.label == label && !other.exact && other.text.size() > row.text.size() &&
            whole.starts_with(other.text) && IsBoundary(whole, other.text.size()))
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
  // A label OCR misread by a letter or two ("Lead implementing agencylactor:"),
  // or whose first letters it lost at the corner of a cell: the text before
  // the colon is then the label's end, at least half of it.
  if (const auto colon = text.find(':'); colon != std::string_view::npos && colon >= 8 && colon <= 60) {
    const std::string head = Folded(text.substr(0, colon));
    const std::size_t head_length = text::CodePointCount(head);
    for (const LabelRow& row : Labels()) {
      if (row.label != label || row.text.size() < 12) continue;
      if (text::WithinEditDistance(head, row.text, row.length / 10)) return Trim(text.substr(colon + 1));
      if (2 * head_length < row.length || head_length >= row.length) continue;
      const std::string_view end = LastCodePoints(row.text, head_length);
      if (text::WithinEditDistance(head, end, std::max<std::size_t>(1, head_length / 10)))
        return Trim(text.substr(colon + 1));
    }
  }
  return std::nullopt;
}

std::vector<std::string> SplitFields(std::string_view raw) {
  static constexpr std::string_view kSeparators[] = {" | ", " · ", " • ", " ¦ "};
  std::vector<std::string> out;
  std::string rest = text::FoldWhitespace(raw);
  while (true) {
    std::size_t at = std::string::npos, length = 0;
    for (std::string_view sep : kSeparators)
      if (const std::size_t p = rest.find(sep); p < at) at = p, length = sep.size();
    if (at == std::string::npos) break;
    if (at > 0) out.push_back(rest.substr(0, at));
    rest.erase(0, at + length);
  }
  if (!rest.empty()) out.push_back(rest);
  return out;
}

std::optional<NumberedHeading> ParseCommitmentHeading(std::string_view raw, bool require_word) {
  std::string s = text::FoldWhitespace(raw);
  std::size_t pos = 0;
  if (require_word) {
    // "Commitment", "Compromiso Nro.": the vocabularies' commitment words.
    pos = AfterCommitmentWord(s);
    if (pos == 0) return std::nullopt;
  }
  std::string number;
  std::size_t end = ParseNumberAt(s, pos, number);
  if (end == std::string_view::npos) return std::nullopt;
  if (end < s.size() && s[end] != ' ' && s[end] != ':' && s[end] != '-' &&
      !(end > 0 && s[end - 1] == '.'))
    return std::nullopt;
  return NumberedHeading{number, Trim(s.substr(end))};
}

std::optional<NumberedHeading> ParseCodeHeading(std::string_view raw) {
  const std::string s = text::FoldWhitespace(raw);
  std::size_t k = 0;
  while (k < s.size() && k < 2 && std::isupper(static_cast<unsigned char>(s[k]))) ++k;
  if (k == 0) return std::nullopt;
  std::string number;
  const std::size_t end = ParseNumberAt(s, k, number);
  if (end == std::string_view::npos || end >= s.size()) return std::nullopt;
  std::string_view rest = std::string_view(s).substr(end);
  // The separator: a dash, a colon or the number's own full stop.
  const bool dot = s[end - 1] == '.';
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  bool sep = dot;
  for (std::string_view mark : {"–", "—", "-", ":"})
    if (!sep && rest.starts_with(mark)) {
      rest.remove_prefix(mark.size());
      sep = true;
    }
  if (!sep) return std::nullopt;
  const std::string title = Trim(rest);
  if (title.empty()) return std::nullopt;
  return NumberedHeading{s.substr(0, k) + number, title};
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
