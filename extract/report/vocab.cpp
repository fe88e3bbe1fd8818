// Vocabulary of progress reports (see report_vocab.h).
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

// Phrases are written as FoldForMatch keys, tokens separated by one space.
struct ColumnPhrase {
  Column column;
  const char* phrase;
};

// Checked in order: the first phrase found in a label wins, so the more
// specific labels come first ("actions taken and results" before "status").
constexpr ColumnPhrase kColumnPhrases[] = {
    {Column::kEvidence, "evidence"},
    {Column::kEvidence, "means of verification"},
    {Column::kEvidence, "нотлох баримт"},
    {Column::kEvidence, "нотлох"},
    {Column::kEvidence, "links"},
    {Column::kResults, "results"},
    {Column::kResults, "result"},
    {Column::kResults, "actions taken"},
    {Column::kResults, "description of progress"},
    {Column::kResults, "үр дүн"},
    {Column::kResults, "хэрэгжүүлсэн арга хэмжээ"},
    {Column::kProgress, "progress"},
    {Column::kProgress, "гүйцэтгэл"},
    {Column::kProgress, "%"},
    {Column::kProgress, "хувь"},
    {Column::kStatus, "status"},
    {Column::kStatus, "completion"},
    {Column::kStatus, "төлөв"},
    {Column::kStatus, "хэрэгжилтийн түвшин"},
    {Column::kMilestone, "milestone"},
    {Column::kMilestone, "milestones"},
    {Column::kMilestone, "үе шат"},
    {Column::kMilestone, "үйл ажиллагаа"},
    {Column::kCommitment, "commitment"},
    {Column::kCommitment, "commitments"},
    {Column::kCommitment, "амлалт"},
    {Column::kSerial, "no"},
    {Column::kSerial, "д д"},
    {Column::kSerial, "n"},
    {Column::kSerial, "nr"},
};


struct HeaderPhrase {
  HeaderField field;
  const char* phrase;
};

constexpr std::array<HeaderPhrase, 17> kHeaderPhrases{{
    {HeaderField::kAgency, "reporting agency"},
    {HeaderField::kAgency, "reporting institution"},
    {HeaderField::kAgency, "reporting organisation"},
    {HeaderField::kAgency, "reporting organization"},
    {HeaderField::kAgency, "implementing agency"},
    {HeaderField::kAgency, "agency"},
    {HeaderField::kAgency, "тайлагнах байгууллага"},
    {HeaderField::kAgency, "хэрэгжүүлэгч байгууллага"},
    {HeaderField::kPeriod, "reporting period"},
    {HeaderField::kPeriod, "period"},
    {HeaderField::kPeriod, "тайлант хугацаа"},
    {HeaderField::kPeriod, "тайлангийн хугацаа"},
    {HeaderField::kSubmitted, "submitted"},
    {HeaderField::kSubmitted, "date submitted"},
    {HeaderField::kSubmitted, "date of submission"},
    {HeaderField::kSubmitted, "submission date"},
    {HeaderField::kSubmitted, "илгээсэн"},
}};

constexpr std::array<const char*, 5> kCommitmentWords{
    {"commitment", "амлалт", "engagement", "compromiso", "compromisso"}};

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
  return text::CodePointCount(word) >= 7 && text::EditDistance(token, word) <= 1;
}

// A word as OCR's two scripts see its shape: Cyrillic letters and their
// Latin look-alikes become one skeleton ("Ye wat" and "Үе шат" are both
// "ye wat"), so a Mongolian label read with the Latin model still matches.
std::string Skeleton(const std::string& token) {
  static const std::pair<const char*, const char*> kShapes[] = {
      {"ү", "y"}, {"у", "y"}, {"е", "e"}, {"а", "a"}, {"о", "o"}, {"ө", "o"}, {"р", "p"}, {"с", "c"},
      {"х", "x"}, {"ш", "w"}, {"т", "t"}, {"н", "h"}, {"к", "k"}, {"м", "m"}, {"в", "b"}, {"и", "u"},
      {"з", "3"}, {"л", "n"}, {"г", "r"}, {"ь", "b"}};
  std::string out;
  for (std::size_t i = 0; i < token.size();) {
    bool mapped = false;
    for (const auto& [from, to] : kShapes) {
      const std::string_view f(from);
      if (token.compare(i, f.size(), f) == 0) {
        out += to;
        i += f.size();
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
  const auto tokens = Tokens(label);
  if (tokens.empty()) return std::nullopt;
  for (const auto& [column, phrase] : kColumnPhrases) {
    const auto words = text::SplitSpaces(phrase);
    // The serial column's labels are short: the whole label must match.
    if (column == Column::kSerial) {
      if (tokens == words) return column;
      continue;
    }
    if (Find(tokens, words) >= 0) return column;
  }
  // A scanned header: the label read in the other script's look-alikes
  // ("Ye wat"), or with its words run together ("Үешат").
  const auto shapes = Skeletons(tokens);
  std::string joined;
  for (const auto& t : shapes) joined += t;
  for (const auto& [column, phrase] : kColumnPhrases) {
    if (column == Column::kSerial) continue;
    const auto words = Skeletons(text::SplitSpaces(phrase));
    std::string phrase_joined;
    for (const auto& w : words) phrase_joined += w;
    if (Find(shapes, words) >= 0 || (words.size() > 1 && joined.find(phrase_joined) != std::string::npos))
      return column;
  }
  return std::nullopt;
}

std::optional<std::string> SelfAssessmentTermOf(std::string_view title) {
  const auto tokens = Tokens(title);
  auto has = [&](const char* phrase) { return Find(tokens, text::SplitSpaces(phrase)) >= 0; };
  if (!has("self assessment") && !has("selfassessment")) return std::nullopt;
  if (has("midterm") || has("mid term")) return "Midterm";
  if (has("end of term")) return "End-of-term";
  return std::nullopt;
}

SelfAssessmentRow SelfAssessmentRowOf(std::string_view label) {
  struct RowPhrase {
    SelfAssessmentRow row;
    const char* phrase;
  };
  // The whole label must be one of these (a results paragraph that mentions
  // "next steps" is not a label).
  static constexpr RowPhrase kRows[] = {
      {SelfAssessmentRow::kLevel, "completion level"},
      {SelfAssessmentRow::kLevel, "level of completion"},
      {SelfAssessmentRow::kLevel, "completion"},
      {SelfAssessmentRow::kLevel, "status"},
      {SelfAssessmentRow::kLevel, "хэрэгжилтийн түвшин"},
      {SelfAssessmentRow::kLevel, "хэрэгжилтийн төлөв"},
      {SelfAssessmentRow::kResults, "description of results"},
      {SelfAssessmentRow::kResults, "results"},
      {SelfAssessmentRow::kResults, "results achieved"},
      {SelfAssessmentRow::kResults, "progress"},
      {SelfAssessmentRow::kResults, "үр дүн"},
      {SelfAssessmentRow::kResults, "хүрсэн үр дүн"},
      {SelfAssessmentRow::kNextSteps, "next steps"},
      {SelfAssessmentRow::kNextSteps, "next step"},
      {SelfAssessmentRow::kNextSteps, "дараагийн алхам"},
  };
  const auto tokens = Tokens(label);
  for (const auto& [row, phrase] : kRows)
    if (tokens == text::SplitSpaces(phrase)) return row;
  return SelfAssessmentRow::kOther;
}

std::optional<model::Status> StatusFromWording(std::string_view text) {
  const auto tokens = Tokens(text);
  if (tokens.empty()) return std::nullopt;
  // Exact phrases first, anywhere in the cell; the longest phrase wins so that
  // "not started" beats nothing and "бүрэн хэрэгжсэн" beats "хэрэгжсэн".
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
  const auto colon = line.find(':');
  if (colon == std::string_view::npos) return std::nullopt;
  const auto label = Tokens(line.substr(0, colon));
  if (label.empty() || label.size() > 4) return std::nullopt;
  for (const auto& [field, phrase] : kHeaderPhrases) {
    if (label == text::SplitSpaces(phrase)) {
      std::string value = text::FoldWhitespace(line.substr(colon + 1));
      if (value.empty()) return std::nullopt;
      return HeaderLine{field, std::move(value)};
    }
  }
  return std::nullopt;
}

bool IsCommitmentLabel(std::string_view text) {
  const auto tokens = Tokens(text);
  if (tokens.size() < 2) return false;
  for (const char* word : kCommitmentWords)
    if (CloseEnough(tokens[0], word) && std::isdigit(static_cast<unsigned char>(tokens[1][0])))
      return true;
  return false;
}

}  // namespace ogpx::extract::report
