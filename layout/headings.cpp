// FindHeadings (see headings.h).
#include "layout/headings.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>

#include "base/text.h"

namespace ogpx::layout {
namespace {

// Longest Roman numeral and letter label read as a number.
constexpr std::size_t kMaxRomanChars = 6;
// A number of more than this many digits is a year or an amount, not a heading number.
constexpr std::size_t kMaxNumberDigits = 2;

bool IsRoman(const std::string& s) {
  if (s.empty() || s.size() > kMaxRomanChars) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return std::string_view("IVXLC").find(c) != std::string_view::npos; });
}

// "01", "07": a number padded with a zero is printed only as a numbering.
bool ZeroPadded(const std::string& digits) { return digits.size() == kMaxNumberDigits && digits[0] == '0' && digits[1] != '0'; }

bool SameSize(double a, double b, double body) { return std::abs(a - b) <= kSameSizeShare * std::max(body, 1.0); }

std::optional<Numbered> NumberingOf(const std::string& text);

}  // namespace

bool SetApart(const StyledLine& line, const BodyStyle& body) {
  if (line.bold || line.font_size >= kHeadingSizeRatio * body.size || line.color != body.color) return true;
  // Without weights (a scan), a numbered line that does not end a sentence
  // stands for a heading ("3. Open Contracting", not "3. The agency will …").
  if (body.weights) return false;
  const std::string t = text::FoldWhitespace(line.text);
  return !t.empty() && std::string_view(".,;:").find(t.back()) == std::string_view::npos &&
         NumberingOf(t).has_value();
}

namespace {

bool LooksLikeHeading(const StyledLine& line, const BodyStyle& body) {
  if (!SetApart(line, body)) return false;
  const std::string t = text::FoldWhitespace(line.text);
  if (t.empty() || !text::HasLetter(t)) return false;
  if (t.find("://") != std::string::npos || t.find("www.") != std::string::npos) return false;  // a link
  if (text::SplitSpaces(t).size() > kMaxHeadingWords) return false;
  const char end = t.back();
  return end != ',' && end != ';';
}

std::optional<Numbered> NumberingOf(const std::string& text) { return ReadNumbering(text); }

}  // namespace

double BodySize(const std::vector<StyledLine>& lines) { return FindBodyStyle(lines).size; }

std::optional<Numbered> ReadNumbering(const std::string& raw) {
  const std::string t = text::FoldWhitespace(raw);
  // "(a) ", "(2) ", "(iv) ": a number or letter in brackets before a
  // capital.
  if (t.starts_with("(")) {
    const std::size_t close = t.find(')');
    if (close == std::string::npos || close < 2 || close > kMaxBracketedLabel || close + 1 >= t.size() ||
        t[close + 1] != ' ')
      return std::nullopt;
    const std::string inner = t.substr(1, close - 1);
    const std::string rest = text::FoldWhitespace(t.substr(close + 1));
    // "(2) encuentros …": a count in brackets wrapped to a line's start.
    if (text::StartsLowercase(rest)) return std::nullopt;
    if (std::all_of(inner.begin(), inner.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
      return inner.size() > kMaxNumberDigits ? std::nullopt : std::optional(Numbered{Numbering::kDecimal, inner, rest});
    if (IsRoman(inner)) return Numbered{Numbering::kRoman, inner, rest};
    if (inner.size() == 1 && std::isalpha(static_cast<unsigned char>(inner[0])))
      return Numbered{Numbering::kLetter, inner, rest};
    return std::nullopt;
  }
  std::size_t i = 0;
  while (i < t.size() && (std::isdigit(static_cast<unsigned char>(t[i])) || t[i] == '.')) ++i;
  std::string head = t.substr(0, i);
  // "1." / "1)" / "1.1" / "1.1." followed by a space.
  if (!head.empty() && std::isdigit(static_cast<unsigned char>(head[0]))) {
    std::size_t end = i;
    if (end < t.size() && t[end] == ')') ++end;
    else if (head.back() != '.' && head.find('.') == std::string::npos && !ZeroPadded(head))
      return std::nullopt;  // "2014 …", not "01 …"
    if (end >= t.size() || t[end] != ' ') return std::nullopt;
    while (!head.empty() && head.back() == '.') head.pop_back();
    const bool multi = head.find('.') != std::string::npos;
    if (!multi && head.size() > kMaxNumberDigits) return std::nullopt;
    if (ZeroPadded(head)) head.erase(0, 1);  // "01" is commitment 1
    return Numbered{multi ? Numbering::kMultiLevel : Numbering::kDecimal, head, text::FoldWhitespace(t.substr(end))};
  }
  // "IV. " / "A. " / "b) ".
  std::size_t j = 0;
  while (j < t.size() && std::isalpha(static_cast<unsigned char>(t[j]))) ++j;
  if (j == 0 || j + 1 >= t.size() || (t[j] != '.' && t[j] != ')') || t[j + 1] != ' ') return std::nullopt;
  const std::string word = t.substr(0, j);
  if (IsRoman(word)) return Numbered{Numbering::kRoman, word, text::FoldWhitespace(t.substr(j + 1))};
  if (j == 1) return Numbered{Numbering::kLetter, word, text::FoldWhitespace(t.substr(j + 1))};
  return std::nullopt;
}

void BodyStyleTally::Add(double font_size, std::uint32_t color, bool bold, std::string_view text) {
  const std::size_t words = text::SplitSpaces(text).size();
  sizes_[std::lround(font_size * 10)] += words;
  colors_[color] += words;
  bold_ = bold_ || bold;
}

BodyStyle BodyStyleTally::Result() const {
  BodyStyle b;
  std::size_t most = 0;
  for (const auto& [size, n] : sizes_)
    if (n > most) most = n, b.size = static_cast<double>(size) / 10;
  most = 0;
  for (const auto& [color, n] : colors_)
    if (n > most) most = n, b.color = color;
  b.weights = bold_;
  return b;
}

BodyStyle FindBodyStyle(const std::vector<StyledLine>& lines) {
  BodyStyleTally tally;
  for (const StyledLine& l : lines) tally.Add(l.font_size, l.color, l.bold, l.text);
  return tally.Result();
}

double BodyLeading(const std::vector<StyledLine>& lines, double body) {
  std::vector<double> gaps;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const StyledLine &a = lines[i - 1], &b = lines[i];
    if (a.page != b.page || !SameSize(a.font_size, body, body) || !SameSize(b.font_size, body, body)) continue;
    const double h = std::max(1.0, a.box.height());
    const double gap = (b.box.y0 - a.box.y1) / h;
    if (gap >= 0 && gap <= kMaxLeadingHeights) gaps.push_back(gap);
  }
  if (gaps.empty()) return 0;
  // The lower quartile: lines inside paragraphs, not the space between
  // items set apart (a list spaced out is no double spacing).
  const std::size_t q = gaps.size() / 4;
  std::nth_element(gaps.begin(), gaps.begin() + static_cast<std::ptrdiff_t>(q), gaps.end());
  return gaps[q];
}

std::vector<Heading> FindHeadings(const std::vector<StyledLine>& lines) {
  const BodyStyle b = FindBodyStyle(lines);
  const double body = b.size;
  // A heading's wrapped line is set at most this far under it: the body's
  // leading and a little more, at least kWrapGapHeights.
  const double wrap_gap = std::max(kWrapGapHeights, BodyLeading(lines, body) + kWrapOverLeading);
  std::vector<Heading> out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!LooksLikeHeading(lines[i], b)) continue;
    Heading h;
    h.first = h.last = i;
    h.font_size = lines[i].font_size;
    h.bold = lines[i].bold;
    h.color = lines[i].color;
    std::string title = text::FoldWhitespace(lines[i].text);
    if (auto n = ReadNumbering(title)) {
      h.numbering = n->numbering;
      h.number = n->number;
      title = n->rest;
    }
    // Wrapped lines of the same style right under it, on the same page.
    while (h.last + 1 < lines.size()) {
      const StyledLine& prev = lines[h.last];
      const StyledLine& next = lines[h.last + 1];
      const bool close = next.page == prev.page && next.box.y0 - prev.box.y1 <= wrap_gap * prev.box.height();
      if (!close || next.bold != h.bold || next.color != h.color || !SameSize(next.font_size, h.font_size, body) ||
          !LooksLikeHeading(next, b) || ReadNumbering(next.text))
        break;
      ++h.last;
      title.append(" ").append(text::FoldWhitespace(next.text));
    }
    h.title = title;
    out.push_back(std::move(h));
    i = out.back().last;
  }
  // Levels: distinct styles, the largest size first, bold before regular,
  // a colour before the body's.
  struct Style {
    double size;
    bool bold;
    std::uint32_t color;
  };
  std::vector<Style> styles;
  auto same = [&](const Style& st, const Heading& h) {
    return SameSize(st.size, h.font_size, body) && st.bold == h.bold && st.color == h.color;
  };
  for (const Heading& h : out) {
    if (std::none_of(styles.begin(), styles.end(), [&](const Style& st) { return same(st, h); }))
      styles.push_back({h.font_size, h.bold, h.color});
  }
  std::sort(styles.begin(), styles.end(), [&](const Style& x, const Style& y) {
    if (!SameSize(x.size, y.size, body)) return x.size > y.size;
    if (x.bold != y.bold) return x.bold;
    return (x.color != b.color) > (y.color != b.color);
  });
  for (Heading& h : out) {
    for (std::size_t k = 0; k < styles.size(); ++k) {
      if (same(styles[k], h)) {
        h.level = static_cast<int>(k);
        break;
      }
    }
  }
  return out;
}

}  // namespace ogpx::layout
