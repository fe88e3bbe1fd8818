// Cell text of progress reports (see report_text.h).
#include "extract/report/text.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <regex>

#include "base/text.h"
#include "extract/common/numbers.h"
#include "lang/vocabulary.h"

namespace ogpx::extract::report {
namespace {

// Longest text handed to std::regex (its backtracking recurses per character).
constexpr std::size_t kMaxRegexInput = 2048;

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.substr(0, prefix.size()) == prefix;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool HasScheme(std::string_view s) {
  const std::string l = Lower(s.substr(0, 8));
  return StartsWith(l, "http://") || StartsWith(l, "https://") || StartsWith(l, "www.");
}

// "host.tld" or "host.tld/...": the text up to the first '/' is a host name.
bool LooksLikeHost(std::string_view s) {
  // std::regex recurses per character: never hand it a hostile long line.
  if (s.size() > kMaxRegexInput) return false;
  static const std::regex kHost(R"(^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(/.*)?$)");
  return std::regex_match(s.begin(), s.end(), kHost);
}

bool EndsWithUrlJoiner(std::string_view s) {
  if (s.empty()) return false;
  constexpr std::string_view kJoiners = "-/_.=&?#~%";
  return kJoiners.find(s.back()) != std::string_view::npos;
}

bool IsNothing(std::string_view s) {
  // Dashes, and the words of "report.nothing".
  static constexpr std::array<std::string_view, 4> kDashes{{"-", "–", "—", "--"}};
  const std::string folded = text::FoldForMatch(s);
  for (auto n : kDashes)
    if (folded == n) return true;
  return lang::ValueOf("report.nothing", folded).has_value();
}

}  // namespace

bool LooksLikeUrl(std::string_view text) {
  const std::string t = text::FoldWhitespace(text);
  if (t.empty()) return false;
  if (HasScheme(t)) return true;
  return t.find(' ') == std::string::npos && LooksLikeHost(t) && t.find('/') != std::string::npos;
}

std::string CleanUrl(std::string_view url) {
  const std::string t = text::FoldWhitespace(url);
  std::vector<std::string> tokens;
  std::size_t pos = 0;
  while (pos < t.size()) {
    const auto sp = t.find(' ', pos);
    tokens.push_back(t.substr(pos, sp == std::string::npos ? std::string::npos : sp - pos));
    if (sp == std::string::npos) break;
    pos = sp + 1;
  }
  // A trailing one- or two-letter token is scanner noise ("…/guideline i").
  while (tokens.size() > 1 && tokens.back().size() <= 2) tokens.pop_back();
  std::string out;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::string& tok = tokens[i];
    const bool glued = tok.empty() || std::string_view("./-_").find(tok[0]) != std::string_view::npos;
    if (i > 0 && !EndsWithUrlJoiner(out) && !glued) out += ' ';
    out += tok;
  }
  // Comma between letters in the host part: "shilen,gov.mn" -> "shilen.gov.mn".
  const auto scheme = out.find("://");
  const std::size_t host_start = scheme == std::string::npos ? 0 : scheme + 3;
  const auto host_end = out.find('/', host_start);
  for (std::size_t i = host_start + 1; i < std::min(host_end, out.size()) && i + 1 < out.size(); ++i)
    if (out[i] == ',' && std::isalnum(static_cast<unsigned char>(out[i - 1])) &&
        std::isalnum(static_cast<unsigned char>(out[i + 1])))
      out[i] = '.';
  return out;
}

namespace {

// The last word of `text` joins it to what follows: a "title.connector" of
// the vocabularies (English "of", the Mongolian for "year's" in "2024 ...").
bool EndsWithConnector(const std::string& text) {
  const auto sp = text.rfind(' ');
  const std::string last = text::FoldForMatch(sp == std::string::npos ? text : text.substr(sp + 1));
  if (sp == std::string::npos) return false;  // a one-word item is whole
  return lang::ValueOf("title.connector", last).has_value();
}

bool EndsWithStop(const std::string& text) {
  return !text.empty() && std::string_view(".;:").find(text.back()) != std::string_view::npos;
}

}  // namespace

std::vector<std::string> SplitEvidence(const std::vector<TextLine>& lines) {
  std::vector<std::string> items;
  bool prev_reaches_edge = false;
  for (const auto& line : lines) {
    std::string t = text::FoldWhitespace(line.text);
    // OCR's speck before a word ("! dugaar tushaal", "No. order").
    if (t.size() > 2 && std::string_view("!|'`*,;:").find(t[0]) != std::string_view::npos && t[1] == ' ')
      t = t.substr(2);
    if (t.empty()) continue;
    bool joined = false;
    if (!items.empty()) {
      std::string& last = items.back();
      if (LooksLikeUrl(last)) {
        const bool fresh = HasScheme(t) || (LooksLikeUrl(t) && !EndsWithUrlJoiner(last));
        if (!fresh && t.find(' ') == std::string::npos &&
            (EndsWithUrlJoiner(last) || prev_reaches_edge)) {
          last += t;
          joined = true;
        }
      } else if (!LooksLikeUrl(t) && (EndsWithConnector(last) ||
                                       (text::StartsLowercase(t) && (prev_reaches_edge || !EndsWithStop(last))))) {
        // A wrapped item: the next line starts in lower case, or the line
        // ends with a word no title ends with ("… of", "2024 ony").
        last += ' ';
        last += t;
        joined = true;
      }
    }
    if (!joined) items.push_back(std::move(t));
    prev_reaches_edge = line.reaches_edge;
  }
  std::vector<std::string> out;
  for (auto& item : items) {
    // "-", or OCR's specks ("‘", ":"): an item has a letter or a digit.
    const bool digit = std::any_of(item.begin(), item.end(), [](char c) {
      return std::isdigit(static_cast<unsigned char>(c));
    });
    if (IsNothing(item) || (!digit && !text::HasLetter(item))) continue;
    out.push_back(LooksLikeUrl(item) ? CleanUrl(item) : std::move(item));
  }
  return out;
}

std::string JoinLines(const std::vector<TextLine>& lines) {
  std::string out;
  for (const auto& line : lines) {
    const std::string t = text::FoldWhitespace(line.text);
    if (t.empty()) continue;
    if (!out.empty()) {
      // "data-" + "responsible": a hyphen after a letter at the line end.
      const bool hyphen_break = out.size() >= 2 && out.back() == '-' &&
                                std::isalpha(static_cast<unsigned char>(out[out.size() - 2])) &&
                                text::StartsLowercase(t);
      if (!hyphen_break) out += ' ';
    }
    out += t;
  }
  return out;
}

std::optional<std::string> LeadingMilestoneNumber(std::string_view text) {
  text = text.substr(0, 64);  // the number is at the start
  // A part follows its dot at once ("5.1.2", OCR's "5 .1"); after "1.1. " a
  // number is text ("1.1. 12 agencies …"), unless it ends in a dot as a part
  // does ("5. 1. Title", OCR spacing).
  static const std::regex kNumber(R"(^\s*(\d{1,3})(?:\s?\.\d{1,3}|\.\s\d{1,3}(?=\.))+\.?(?![0-9]))");
  std::match_results<std::string_view::const_iterator> m;
  if (!std::regex_search(text.begin(), text.end(), m, kNumber)) return std::nullopt;
  std::string number;
  for (char c : std::string(m[0].first, m[0].second))
    if (c != ' ') number += c;
  while (!number.empty() && number.back() == '.') number.pop_back();
  return number;
}

std::optional<std::string> LeadingCommitmentNumber(std::string_view text) {
  const std::string head(text.substr(AfterCommitmentWord(text), 64));
  static const std::regex kNumber(R"(^\s*(\d{1,3})[.:)]?(?=\s|$))");
  std::smatch m;
  if (!std::regex_search(head, m, kNumber)) return std::nullopt;
  return m[1].str();
}

std::optional<int> ParsePercent(std::string_view text) {
  text = text.substr(0, 64);  // a progress cell holds a number, maybe a sign
  // OCR reads "%" as "96" ("70%" -> "7096", "0%" -> "096", "100%" -> "10096").
  {
    const std::string t = text::FoldWhitespace(text);
    if (t.size() >= 3 && t.size() <= 5 && t.ends_with("96") &&
        std::all_of(t.begin(), t.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
      const int whole = std::stoi(t);
      const int v = std::stoi(t.substr(0, t.size() - 2));
      if (whole > 100 || t.front() == '0') {
        if (v >= 0 && v <= 100) return v;
      }
    }
  }
  static const std::regex kInt(R"((^|[^0-9])([0-9]{1,3})\s*%?($|[^0-9]))");
  std::match_results<std::string_view::const_iterator> m;
  if (std::regex_search(text.begin(), text.end(), m, kInt)) {
    const int v = std::stoi(std::string(m[2].first, m[2].second));
    if (v >= 0 && v <= 100) return v;
  }
  const std::string t = text::FoldWhitespace(text);
  if (t == "O" || t == "o" || t == "O%") return 0;  // OCR reads 0 as the letter O
  return std::nullopt;
}

}  // namespace ogpx::extract::report
