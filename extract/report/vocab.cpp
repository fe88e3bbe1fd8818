// Vocabulary of progress reports (see vocab.h): the words are the
// vocabularies' (lang/data/*.tsv); this file knows how they are matched.
#include "extract/report/vocab.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>

#include "base/text.h"
#include "lang/vocabulary.h"

namespace ogpx::extract::report {
namespace {

using model::Status;

// The vocabularies' categories read here (docs/lang.md): column labels,
// header labels, self-assessment row labels, the commitment row's word, the
// self-assessment title and its term, OCR look-alike letters.
constexpr std::string_view kColumnCategory = "report.column";
constexpr std::string_view kHeaderCategory = "report.header";
constexpr std::string_view kRowCategory = "report.row";
constexpr std::string_view kGroupCategory = "report.group";
constexpr std::string_view kLookalikeCategory = "ocr.lookalike";

// Columns in the order they are tried: the first column with a phrase found
// in a label wins, so the more specific labels come first ("actions taken
// and results" is results before it is status).
constexpr Column kColumnOrder[] = {Column::kEvidence, Column::kResults,   Column::kProgress,
                                   Column::kStatus,   Column::kMilestone, Column::kCommitment,
                                   Column::kSerial};

// A category's terms with their phrases split into word tokens.
struct Phrase {
  const lang::Term* term;
  std::vector<std::string> words;
};

// A phrase is split into words as the labels it is compared with are
// ("n.º" as "N.º" is), but for one of signs alone ("%").
std::vector<Phrase> PhrasesOf(std::string_view category) {
  std::vector<Phrase> out;
  for (const lang::Term& t : lang::Terms(category)) {
    std::vector<std::string> words = Tokens(t.phrase);
    out.push_back({&t, words.empty() ? text::SplitSpaces(t.phrase) : std::move(words)});
  }
  return out;
}

// Index of the first occurrence of `needle` as consecutive tokens, or -1.
int Find(const std::vector<std::string>& hay, const std::vector<std::string>& needle) {
  if (needle.empty() || needle.size() > hay.size()) return -1;
  for (std::size_t i = 0; i + needle.size() <= hay.size(); ++i)
    if (std::equal(needle.begin(), needle.end(), hay.begin() + static_cast<std::ptrdiff_t>(i)))
      return static_cast<int>(i);
  return -1;
}

// Token equality allowing one OCR typo in long words.
bool CloseEnough(const std::string& token, const std::string& word) {
  if (token == word) return true;
  return text::CodePointCount(word) >= 7 && text::WithinEditDistance(token, word, 1);
}

// A word as OCR's two scripts see its shape: Cyrillic letters and their
// Latin look-alikes become one skeleton (the Mongolian "milestone" label
// read with the Latin model as "Ye wat" and the label itself are both
// "ye wat"), so a Mongolian label read with the Latin model still matches.
std::string Skeleton(const std::string& token) {
  const auto& shapes = lang::Terms(kLookalikeCategory);
  std::string out;
  for (std::size_t i = 0; i < token.size();) {
    bool mapped = false;
    for (const lang::Term& shape : shapes) {
      if (token.compare(i, shape.phrase.size(), shape.phrase) == 0) {
        out += shape.value;
        i += shape.phrase.size();
        mapped = true;
        break;
      }
    }
    if (!mapped) out += token[i++];
  }
  return out;
}

std::vector<std::string> Skeletons(const std::vector<std::string>& tokens) {
  std::vector<std::string> out;
  for (const auto& t : tokens) out.push_back(Skeleton(t));
  return out;
}

}  // namespace

const char* ColumnName(Column column) {
  switch (column) {
    case Column::kSerial: return "serial";
    case Column::kMilestone: return "milestone";
    case Column::kCommitment: return "commitment";
    case Column::kStatus: return "status";
    case Column::kProgress: return "progress";
    case Column::kResults: return "results";
    case Column::kEvidence: return "evidence";
  }
  return "";
}

std::vector<std::string> Tokens(std::string_view text) {
  const std::string folded = text::FoldForMatch(text);
  std::vector<std::string> out;
  std::string cur;
  const auto* p = reinterpret_cast<const uint8_t*>(folded.data());
  const auto n = static_cast<int32_t>(folded.size());
  int32_t i = 0;
  while (i < n) {
    const int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(p, i, n, c);
    const std::string_view bytes(folded.data() + start, static_cast<std::size_t>(i - start));
    if (c >= 0 && (u_isalnum(c) || u_hasBinaryProperty(c, UCHAR_DIACRITIC))) {
      cur += bytes;
      continue;
    }
    if (!cur.empty()) out.push_back(std::move(cur));
    cur.clear();
    if (c == '%' || c == 0x2116) out.emplace_back(bytes);
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

std::optional<Column> ColumnFromLabel(std::string_view label) {
  static const std::vector<Phrase> kPhrases = PhrasesOf(kColumnCategory);
  const auto tokens = Tokens(label);
  if (tokens.empty()) return std::nullopt;
  // "Milestone No.", "Commitment Nr": a label that ends with the serial
  // column's word numbers the rows, whatever it numbers.
  if (tokens.size() >= 2)
    for (const Phrase& p : kPhrases)
      if (p.term->value == ColumnName(Column::kSerial) && p.words.size() == 1 && tokens.back() == p.words.front())
        return Column::kSerial;
  for (const Column column : kColumnOrder) {
    for (const Phrase& p : kPhrases) {
      if (p.term->value != ColumnName(column)) continue;
      // Short labels (the serial column's) must be the whole label.
      if (p.term->exact ? tokens == p.words : Find(tokens, p.words) >= 0) return column;
    }
  }
  // A scanned header: the label read in the other script's look-alikes
  // ("Ye wat"), or with its words run together.
  const auto shapes = Skeletons(tokens);
  std::string joined;
  for (const auto& t : shapes) joined += t;
  for (const Column column : kColumnOrder) {
    for (const Phrase& p : kPhrases) {
      if (p.term->value != ColumnName(column) || p.term->exact) continue;
      const auto words = Skeletons(p.words);
      std::string phrase_joined;
      for (const auto& w : words) phrase_joined += w;
      if (Find(shapes, words) >= 0 ||
          (words.size() > 1 && joined.find(phrase_joined) != std::string::npos))
        return column;
    }
  }
  return std::nullopt;
}

namespace {

// Whether `tokens` hold a phrase of `category` (of `value`, when not empty).
bool HasTerm(const std::vector<std::string>& tokens, std::string_view category, std::string_view value) {
  for (const lang::Term& t : lang::Terms(category))
    if ((value.empty() || t.value == value) && Find(tokens, text::SplitSpaces(t.phrase)) >= 0) return true;
  return false;
}

}  // namespace

bool NamesSelfAssessment(std::string_view title) { return HasTerm(Tokens(title), "report.self_assessment", ""); }

std::optional<std::string> SelfAssessmentTermOf(std::string_view title) {
  const auto tokens = Tokens(title);
  auto has = [&](std::string_view category, std::string_view value) { return HasTerm(tokens, category, value); };
  if (!has("report.self_assessment", "")) return std::nullopt;
  // The terms in a fixed order: a title naming both is a mid-term report.
  for (const std::string_view term : {"Midterm", "End-of-term"})
    if (has("report.term", term)) return std::string(term);
  return std::nullopt;
}

SelfAssessmentRow SelfAssessmentRowOf(std::string_view label) {
  // The whole label must be one of the rows' labels (a results paragraph
  // that mentions "next steps" is not a label).
  static const std::vector<Phrase> kRows = PhrasesOf(kRowCategory);
  const auto tokens = Tokens(label);
  for (const Phrase& p : kRows) {
    if (tokens != p.words) continue;
    if (p.term->value == "level") return SelfAssessmentRow::kLevel;
    if (p.term->value == "results") return SelfAssessmentRow::kResults;
    if (p.term->value == "next_steps") return SelfAssessmentRow::kNextSteps;
  }
  return SelfAssessmentRow::kOther;
}

std::optional<model::Status> StatusFromWording(std::string_view text) {
  const auto tokens = Tokens(text);
  if (tokens.empty()) return std::nullopt;
  // Exact phrases first, anywhere in the cell; the longest phrase wins so that
  // "not started" beats nothing and Mongolian "fully implemented" beats
  // "implemented".
  std::optional<Status> best;
  std::size_t best_len = 0;
  // The statuses are the vocabularies' "status" rows, every language.
  for (const lang::Term& term : lang::Terms("status")) {
    const auto words = text::SplitSpaces(term.phrase);
    if (Find(tokens, words) >= 0 && words.size() > best_len) {
      best = model::StatusFromName(term.value);
      best_len = words.size();
    }
  }
  if (best) return best;
  // One-letter OCR typos in a single long word ("Substantiai").
  for (const lang::Term& term : lang::Terms("status")) {
    const auto words = text::SplitSpaces(term.phrase);
    if (words.size() != 1) continue;
    for (const auto& t : tokens)
      if (CloseEnough(t, words[0])) return model::StatusFromName(term.value);
  }
  return std::nullopt;
}

std::optional<HeaderLine> SplitHeaderLine(std::string_view line) {
  static const std::vector<Phrase> kLabels = PhrasesOf(kHeaderCategory);
  const auto colon = line.find(':');
  if (colon == std::string_view::npos) return std::nullopt;
  const auto label = Tokens(line.substr(0, colon));
  if (label.empty() || label.size() > 4) return std::nullopt;
  for (const Phrase& p : kLabels) {
    if (label != p.words) continue;
    HeaderField field = HeaderField::kAgency;
    if (p.term->value == "period") field = HeaderField::kPeriod;
    if (p.term->value == "submitted") field = HeaderField::kSubmitted;
    std::string value = text::FoldWhitespace(line.substr(colon + 1));
    if (value.empty()) return std::nullopt;
    return HeaderLine{field, std::move(value)};
  }
  return std::nullopt;
}

bool IsCommitmentLabel(std::string_view text) {
  const auto tokens = Tokens(text);
  if (tokens.size() < 2) return false;
  for (const lang::Term& word : lang::Terms(kGroupCategory))
    if (CloseEnough(tokens[0], word.phrase) && std::isdigit(static_cast<unsigned char>(tokens[1][0])))
      return true;
  return false;
}

}  // namespace ogpx::extract::report
