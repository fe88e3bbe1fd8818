// Implementation of extract/numbers.h.
#include "extract/common/numbers.h"

#include <cctype>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>
#include <map>
#include <cstdint>
#include <utility>

#include "base/text.h"
#include "lang/vocabulary.h"

namespace ogpx::extract {
namespace {

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool EndsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

// Removes white space and hyphens (after folding).
std::string Compact(std::string_view folded) {
  std::string out;
  for (char c : folded) {
    if (c != ' ' && c != '-') out += c;
  }
  return out;
}

std::optional<int> DigitsWithSuffix(std::string_view s) {
  size_t i = 0;
  long value = 0;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
    value = value * 10 + (s[i] - '0');
    if (value > 1000000) return std::nullopt;
    ++i;
  }
  if (i == 0 || value == 0) return std::nullopt;
  const int n = static_cast<int>(value);
  const std::string_view rest = s.substr(i);
  if (rest.empty() || OrdinalSuffixAgrees(n, rest)) return n;
  // A suffix of the vocabularies ("ordinal.suffix": after digits or words).
  if (lang::ValueOf("ordinal.suffix", rest)) return n;
  return std::nullopt;
}

// An ordinal word of any vocabulary ("second", "segundo"; lang/data/*.tsv,
// "ordinal" rows), or tens and unit run together ("twentyfirst",
// "ordinal.tens" rows).
std::optional<int> WordOrdinal(std::string_view s) {
  if (auto v = lang::ValueOf("ordinal", s)) return std::stoi(*v);
  for (const lang::Term& tens : lang::Terms("ordinal.tens")) {
    if (!StartsWith(s, tens.phrase) || s.size() == tens.phrase.size()) continue;
    if (auto unit = lang::ValueOf("ordinal", s.substr(tens.phrase.size()))) {
      const int u = std::stoi(*unit);
      if (u >= 1 && u <= 9) return std::stoi(tens.value) + u;
    }
  }
  return std::nullopt;
}

// A cardinal stem of the vocabularies ("cardinal" rows: units and
// standalone tens), or a tens form run together with a unit
// ("cardinal.tens" rows: the attributive tens) -> value.
std::optional<int> CardinalStem(std::string_view s) {
  for (const lang::Term& tens : lang::Terms("cardinal.tens")) {
    if (!StartsWith(s, tens.phrase)) continue;
    if (auto unit = lang::ValueOf("cardinal", s.substr(tens.phrase.size()))) {
      const int u = std::stoi(*unit);
      if (u >= 1 && u <= 9) return std::stoi(tens.value) + u;
    }
  }
  if (auto v = lang::ValueOf("cardinal", s)) return std::stoi(*v);
  return std::nullopt;
}

// A cardinal stem with an ordinal suffix that follows words
// ("ordinal.suffix" rows not valued "digits"), e.g. the Mongolian "five" +
// "-th".
std::optional<int> StemOrdinal(std::string_view s) {
  for (const lang::Term& suffix : lang::Terms("ordinal.suffix")) {
    if (suffix.value == "digits") continue;
    if (EndsWith(s, suffix.phrase) && s.size() > suffix.phrase.size()) {
      return CardinalStem(s.substr(0, s.size() - suffix.phrase.size()));
    }
  }
  return std::nullopt;
}

}  // namespace

bool OrdinalSuffixAgrees(int n, std::string_view suffix) {
  // Per language, the row for the last two digits, else the last digit, else "*".
  const std::string two = std::to_string(n % 100), one = std::to_string(n % 10);
  std::map<std::string, std::pair<int, std::string_view>> best;  // language -> (rank, suffix)
  for (const lang::Term& t : lang::Terms("ordinal.suffix.by_ending")) {
    const int rank = t.value == two ? 3 : t.value == one ? 2 : t.value == "*" ? 1 : 0;
    auto& b = best[t.language];
    if (rank > b.first) b = {rank, t.phrase};
  }
  for (const auto& [language, b] : best)
    if (b.second == suffix) return true;
  return false;
}

std::optional<int> ParseRoman(std::string_view text) {
  std::string upper;
  for (char c : text) {
    const char u = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    if (std::string_view("IVXLCDM").find(u) == std::string_view::npos) return std::nullopt;
    upper += u;
  }
  if (upper.empty() || upper.size() > 15) return std::nullopt;
  auto digit = [](char c) {
    switch (c) {
      case 'I': return 1;
      case 'V': return 5;
      case 'X': return 10;
      case 'L': return 50;
      case 'C': return 100;
      case 'D': return 500;
      default: return 1000;
    }
  };
  int value = 0;
  for (size_t i = 0; i < upper.size(); ++i) {
    const int d = digit(upper[i]);
    if (i + 1 < upper.size() && d < digit(upper[i + 1])) value -= d;
    else value += d;
  }
  if (value < 1 || value > 3999 || ToRoman(value) != upper) return std::nullopt;
  return value;
}

std::string ToRoman(int value) {
  if (value < 1 || value > 3999) return "";
  static constexpr std::array<std::pair<int, const char*>, 13> kParts = {{
      {1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"},
      {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}}};
  std::string out;
  for (const auto& [n, s] : kParts) {
    while (value >= n) {
      out += s;
      value -= n;
    }
  }
  return out;
}

std::optional<int> ParseOrdinal(std::string_view text) {
  const std::string folded = text::FoldForMatch(text);
  const std::string s = Compact(folded);
  if (s.empty()) return std::nullopt;
  if (s[0] >= '0' && s[0] <= '9') return DigitsWithSuffix(s);
  if (auto roman = ParseRoman(s)) return roman;
  if (auto word = WordOrdinal(s)) return word;
  return StemOrdinal(s);
}

std::vector<Token> Tokenize(std::string_view text) {
  const std::string folded = text::FoldForMatch(text);
  std::vector<Token> out;
  const auto* p = reinterpret_cast<const uint8_t*>(folded.data());
  const int32_t n = static_cast<int32_t>(folded.size());
  int32_t i = 0;
  bool space = false;
  while (i < n) {
    const int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(p, i, n, c);
    if (c < 0) c = 0xFFFD;
    if (u_isUWhiteSpace(c)) {
      space = true;
      continue;
    }
    Token t;
    t.space_before = space;
    space = false;
    if (c >= '0' && c <= '9') {
      t.kind = Token::Kind::kNumber;
      int32_t j = start;
      while (j < n && p[j] >= '0' && p[j] <= '9') {
        if (t.value < 100000000) t.value = t.value * 10 + (p[j] - '0');
        else t.value = 1000000000;
        ++t.digits;
        ++j;
      }
      t.text.assign(folded, static_cast<size_t>(start), static_cast<size_t>(j - start));
      i = j;
    } else if (u_isalpha(c) || u_charType(c) == U_NON_SPACING_MARK) {
      t.kind = Token::Kind::kWord;
      int32_t j = i;
      while (j < n) {
        int32_t k = j;
        UChar32 d = 0;
        U8_NEXT(p, k, n, d);
        if (d < 0 || !(u_isalpha(d) || u_charType(d) == U_NON_SPACING_MARK)) break;
        j = k;
      }
      t.text.assign(folded, static_cast<size_t>(start), static_cast<size_t>(j - start));
      i = j;
    } else {
      const bool dash = (c >= 0x2010 && c <= 0x2015) || c == 0x2212 || c == 0xFE58 ||
                        c == 0xFE63 || c == 0xFF0D || c == '-';
      t.kind = Token::Kind::kPunct;
      t.text = dash ? std::string("-")
                    : folded.substr(static_cast<size_t>(start), static_cast<size_t>(i - start));
    }
    out.push_back(std::move(t));
  }
  return out;
}

std::size_t AfterCommitmentWord(std::string_view text) {
  constexpr std::size_t kMaxWords = 4;  // "compromiso nro.", "ficha del compromiso n°"
  constexpr int kMaxLeadingMarks = 2;
  std::size_t start = 0;
  while (start < text.size() && (text[start] == ' ' || text[start] == '\t')) ++start;
  // A mark OCR read before the word (a quote, a stroke: the corner of a
  // cell or a speck) is no part of it.
  for (int marks = 0; marks < kMaxLeadingMarks && start < text.size(); ++marks) {
    int32_t i = static_cast<int32_t>(start);
    UChar32 c = 0;
    U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), c);
    if (c < 0 || u_isalnum(c) || u_isspace(c)) break;
    start = static_cast<std::size_t>(i);
  }
  std::size_t after = 0;
  std::size_t end = start;
  for (std::size_t words = 1; words <= kMaxWords; ++words) {
    end = text.find(' ', end == start ? start : end + 1);
    if (end == std::string_view::npos) break;
    if (lang::ValueOf("commitment.word", text::FoldForMatch(text.substr(start, end - start)))) {
      after = end;
      while (after < text.size() && text[after] == ' ') ++after;
    }
  }
  // A number label glued to the number ("Compromiso N°1.", "Commitment
  // No.3"): the words up to the first digit are the commitment's.
  if (after > 0) {
    std::size_t digit = after;
    while (digit < text.size() && text[digit] != ' ' && !std::isdigit(static_cast<unsigned char>(text[digit]))) ++digit;
    if (digit > after && digit < text.size() && std::isdigit(static_cast<unsigned char>(text[digit])) &&
        lang::ValueOf("commitment.word", text::FoldForMatch(text.substr(start, digit - start))))
      after = digit;
  }
  return after;
}

bool IsBareNumber(std::string_view text) {
  std::string t = text::FoldWhitespace(text);
  if (!t.empty() && t.back() == '.') t.pop_back();
  if (t.empty() || !std::isdigit(static_cast<unsigned char>(t.front())) ||
      !std::isdigit(static_cast<unsigned char>(t.back())))
    return false;
  for (std::size_t k = 0; k < t.size(); ++k)
    if (!std::isdigit(static_cast<unsigned char>(t[k])) && !(t[k] == '.' && t[k - 1] != '.')) return false;
  return true;
}

}  // namespace ogpx::extract
