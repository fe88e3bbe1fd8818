// Field rules of the order reader; see order_rules.h.
#include "extract/order/rules.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>

#include "base/text.h"
#include "extract/order/text.h"
#include "extract/order/vocab.h"
#include "lang/vocabulary.h"

namespace ogpx::extract::order {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Punctuation around a token that is not part of it.
constexpr std::string_view kEdgePunct = ",;:()[]|";

bool InList(const std::vector<std::string_view>& list, std::string_view word) { return InListCi(list, word); }

// A printed order number: digits, optionally a short letter prefix and "/"
// or "-" separators ("120", "A/268" with a Latin or Cyrillic letter, "04/118", "A-12"). Not a date, not a
// long serial.
bool IsNumberToken(std::string_view raw) {
  const std::string t = Trim(raw, kEdgePunct);
  if (t.empty() || t.size() > 16) return false;
  int digits = 0, letters_before = 0, bytes = 0;
  bool seen_digit = false;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(t);
  for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
    const UChar32 c = u.char32At(i);
    ++bytes;
    if (c >= '0' && c <= '9') {
      ++digits;
      seen_digit = true;
    } else if (u_isalpha(c)) {
      if (seen_digit) return false;
      ++letters_before;
    } else if (c != '/' && c != '-') {
      return false;  // "2023.12.27", "12:30"
    }
  }
  if (digits == 0 || letters_before > 3) return false;
  if (letters_before == 0 && digits == bytes && digits >= 7) return false;  // a form serial
  return true;
}

// Splits "No.120" / "№120" / "No:120" into label and number.
std::optional<std::string> GluedNumber(std::string_view token) {
  for (std::string_view p : Words().number_prefixes) {
    if (p.size() < 2 && p != "№") continue;
    if (token.size() <= p.size() || !StartsWithCi(token, p)) continue;
    std::string rest = Trim(token.substr(p.size()), ":.");
    if (p == "no" || p == "nr") {
      // "No120" is rare and "Nov" is a month: only digits right after.
      if (rest.empty() || !IsDigit(rest[0])) continue;
    }
    if (IsNumberToken(rest)) return Trim(rest, kEdgePunct);
  }
  return std::nullopt;
}

}  // namespace

// --- date / number / place --------------------------------------------------

std::optional<std::string> NumberIn(std::string_view segment) {
  const auto toks = Tokens(segment);
  for (std::size_t i = 0; i < toks.size(); ++i) {
    const std::string bare = Trim(toks[i], ":");
    if (InList(Words().number_prefixes, bare) && i + 1 < toks.size() && IsNumberToken(toks[i + 1])) {
      return Trim(toks[i + 1], kEdgePunct);
    }
    if (auto glued = GluedNumber(toks[i])) return glued;
    if (i > 0 && InList(Words().number_suffixes, Trim(toks[i], kEdgePunct)) &&
        IsNumberToken(toks[i - 1])) {
      return Trim(toks[i - 1], kEdgePunct) + " " + Trim(toks[i], kEdgePunct);
    }
  }
  if (toks.size() == 1 && IsNumberToken(toks[0]) && !DateIn(toks[0])) return Trim(toks[0], kEdgePunct);
  return std::nullopt;
}

DateLine ReadDateLine(const std::vector<std::string>& segments) {
  DateLine out;
  std::vector<std::string> rest;  // pieces that are neither number nor label
  for (const auto& seg : segments) {
    const auto toks = Tokens(seg);
    // Cut the piece at a number label: before | label number | after.
    std::size_t cut = toks.size(), len = 0;
    for (std::size_t i = 0; i < toks.size() && cut == toks.size(); ++i) {
      const std::string bare = Trim(toks[i], ":");
      if (InList(Words().number_prefixes, bare) && i + 1 < toks.size() && IsNumberToken(toks[i + 1])) {
        cut = i, len = 2;
      } else if (GluedNumber(toks[i])) {
        cut = i, len = 1;
      } else if (i + 1 < toks.size() && InList(Words().number_suffixes, Trim(toks[i + 1], kEdgePunct)) &&
                 IsNumberToken(toks[i])) {
        cut = i, len = 2;
      }
    }
    if (cut == toks.size()) {
      if (!out.number && toks.size() == 1 && NumberIn(seg) && !DateIn(seg)) {
        out.number = NumberIn(seg);
      } else {
        rest.push_back(seg);
      }
      continue;
    }
    if (!out.number) {
      out.number = NumberIn(Join({toks.begin() + cut, toks.begin() + cut + len}, " "));
      out.number_labelled = out.number.has_value();
    }
    if (cut > 0) rest.push_back(Join({toks.begin(), toks.begin() + cut}, " "));
    if (cut + len < toks.size()) rest.push_back(Join({toks.begin() + cut + len, toks.end()}, " "));
  }
  for (const auto& raw : rest) {
    std::string piece = raw;
    bool place_label = false;
    for (std::string_view label : Words().date_labels) {
      if (piece.size() >= label.size() && StartsWithCi(piece, label) &&
          (piece.size() == label.size() || piece[label.size()] == ' ')) {
        piece = Trim(std::string_view(piece).substr(label.size()), ":");
      }
    }
    for (std::string_view label : Words().place_labels) {
      if (piece.size() >= label.size() && StartsWithCi(piece, label) &&
          (piece.size() == label.size() || piece[label.size()] == ' ')) {
        piece = Trim(std::string_view(piece).substr(label.size()), ":");
        place_label = true;
      }
    }
    if (!out.date && !place_label) {
      if (auto d = DateIn(piece)) {
        out.date = d;
        continue;
      }
      // "Kyiv, 5 May 2022": the place, a comma, the date.
      if (const std::size_t comma = piece.rfind(", "); comma != std::string::npos) {
        if (auto d = DateIn(std::string_view(piece).substr(comma + 2))) {
          out.date = d;
          piece = piece.substr(0, comma);
        }
      }
    }
    const std::string p = Trim(piece, kEdgePunct);
    if (LetterCount(p) >= 2 && !DateIn(p)) {
      out.place = p;
      out.place_labelled = place_label;
    }
  }
  return out;
}

// --- body -----------------------------------------------------------------------

std::string CleanSubject(std::string_view s) { return Trim(s, "[]|{}()_—–-~"); }

std::size_t AfterClauseIntro(std::string_view text) {
  std::size_t best = std::string::npos, end = 0;
  for (std::string_view intro : Words().clause_intro) {
    const std::size_t pos = FindWordCi(text, intro);
    if (pos != std::string::npos && (best == std::string::npos || pos < best)) {
      best = pos;
      end = pos + intro.size();
    }
  }
  if (best == std::string::npos) return best;
  while (end < text.size() && (text[end] == ':' || text[end] == ' ' || text[end] == ';')) ++end;
  return end;
}

Preamble ReadPreamble(std::string_view text, Lang lang) {
  Preamble p;
  p.operative = AfterClauseIntro(text);
  const std::string_view head = text.substr(0, p.operative == std::string::npos ? text.size() : p.operative);
  if (lang == Lang::kMn) {
    for (std::string_view word : Words().basis_before) {
      const std::size_t pos = FindWordCi(head, word);
      if (pos == std::string::npos) continue;
      std::string basis = Trim(head.substr(0, pos), ",;");
      if (!basis.empty()) p.legal_basis = basis;
      break;
    }
    return p;
  }
  std::size_t start = std::string::npos;
  for (std::string_view m : Words().basis_after) {
    const std::size_t pos = FindWordCi(head, m);
    if (pos != std::string::npos && (start == std::string::npos || pos + m.size() < start)) {
      start = pos + m.size();
    }
  }
  if (start == std::string::npos) return p;
  std::string_view rest = head.substr(start);
  std::size_t end = rest.size();
  for (std::string_view e : Words().basis_end) {
    const std::size_t pos = FindWordCi(rest, e);
    if (pos != std::string::npos) end = std::min(end, pos);
  }
  std::string basis = Trim(rest.substr(0, end), ",;: ");
  if (StartsWithCi(basis, "the ")) basis = basis.substr(4);
  if (!basis.empty()) p.legal_basis = basis;
  return p;
}

std::size_t ClauseNumberLength(std::string_view line, bool allow_comma) {
  if (allow_comma) {
    std::size_t d = 0;
    while (d < line.size() && IsDigit(line[d])) ++d;
    if (d >= 1 && d <= 2 && d + 1 < line.size() && line[d] == ',' && line[d + 1] == ' ') return d + 2;
  }
  std::size_t i = 0;
  int groups = 0;
  while (i < line.size()) {
    const std::size_t start = i;
    while (i < line.size() && IsDigit(line[i])) ++i;
    if (i == start || i - start > 2) return 0;
    ++groups;
    if (i >= line.size() || (line[i] != '.' && line[i] != ')')) return 0;
    ++i;
    if (line[i - 1] == ')' || i >= line.size() || !IsDigit(line[i])) break;
  }
  if (groups == 0 || groups > 3) return 0;
  while (i < line.size() && line[i] == ' ') ++i;
  return i;
}

std::string DropLeadingDebris(std::string_view line) {
  constexpr std::string_view kDebris = "-:;|_~'`";
  std::size_t i = 0;
  while (i < line.size() && kDebris.find(line[i]) != std::string_view::npos) ++i;
  if (i < 2) return std::string(line);
  return Trim(line.substr(i));
}

std::string JoinLines(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& raw : lines) {
    const std::string line = Trim(raw);
    if (line.empty()) continue;
    if (out.empty()) {
      out = line;
      continue;
    }
    const bool hyphen = out.size() >= 2 && out.back() == '-';
    if (hyphen && IsDigit(out[out.size() - 2]) && IsDigit(line[0])) {
      out += line;  // "2024-" + "2027"
    } else if (hyphen && out[out.size() - 2] != ' ' && !StartsUpper(line) && LetterCount(line.substr(0, 4)) > 0) {
      out.pop_back();  // a word broken at the line end
      out += line;
    } else {
      out += ' ' + line;
    }
  }
  return out;
}

std::optional<model::Approves> ApprovedIn(std::string_view clause) {
  bool approves = false;
  for (const auto& t : Tokens(clause)) {
    const std::string w = Trim(t, "“”\"«»„");
    for (std::string_view stem : Words().approve_stems) approves = approves || StartsWithCi(w, stem);
  }
  if (!approves) return std::nullopt;
  std::string title;
  static constexpr std::pair<std::string_view, std::string_view> kQuotes[] = {
      {"“", "”"}, {"«", "»"}, {"„", "“"}, {"\"", "\""}, {"„", "”"}};
  for (const auto& [open, close] : kQuotes) {
    const std::size_t a = clause.find(open);
    if (a == std::string_view::npos) continue;
    const std::size_t b = clause.find(close, a + open.size());
    if (b == std::string_view::npos) continue;
    title = Trim(clause.substr(a + open.size(), b - a - open.size()));
    break;
  }
  if (title.empty()) {
    for (std::string_view passive : Words().approves_passive) {
      const std::size_t pos = FindWordCi(clause, passive);
      if (pos == std::string::npos) continue;
      title = Trim(clause.substr(0, pos), ",;:");
      break;
    }
  }
  if (title.empty()) {
    // The vocabulary lists the longer phrases first ("approve the" before
    // "approve").
    for (std::string_view active : Words().approves_active) {
      const std::size_t pos = FindWordCi(clause, active);
      if (pos == std::string::npos) continue;
      std::string_view rest = clause.substr(pos + active.size());
      std::size_t end = std::min(rest.find(", "), rest.find(". "));
      for (std::string_view stop : Words().approves_stop) end = std::min(end, FindWordCi(rest, stop));
      title = Trim(rest.substr(0, std::min(end, rest.size())), ".,;: ");
      break;
    }
  }
  // A leading article ("the National Action Plan") is no part of the title.
  if (const auto words = text::SplitSpaces(title);
      words.size() > 1 && lang::ValueOf("article", text::FoldForMatch(words.front())))
    title = title.substr(words.front().size() + 1);
  if (title.empty()) return std::nullopt;
  model::Approves a;
  a.title = title;
  a.period = YearSpanIn(title);
  return a;
}

}  // namespace ogpx::extract::order
