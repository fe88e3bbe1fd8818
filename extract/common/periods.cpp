// Implementation of extract/dates.h, periods and year spans, built from the
// single-date matchers of date_tokens.h. See docs/text.md for the forms.
#include <array>
#include <utility>
#include <vector>

#include "extract/common/date_tokens.h"
#include "extract/common/dates.h"
#include "extract/common/numbers.h"

namespace ogpx::extract {

using namespace datetok;

// --- periods -----------------------------------------------------------------
namespace {

struct Named {
  DateRange range;
  int year = 0;
};

Date EndOfMonth(int year, int month) { return {year, month, DaysIn(year, month)}; }

std::string Capitalized(std::string_view w) {
  std::string s(w);
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

Named Quarter(int year, int q, bool mongolian) {
  Named n;
  n.year = year;
  n.range.start = {year, 3 * q - 2, 1};
  n.range.end = EndOfMonth(year, 3 * q);
  n.range.label = mongolian ? std::to_string(year) + " оны " + ToRoman(q) + " улирал"
                            : std::to_string(year) + " Q" + std::to_string(q);
  return n;
}

Named Half(int year, int h, bool mongolian) {
  Named n;
  n.year = year;
  n.range.start = {year, h == 1 ? 1 : 7, 1};
  n.range.end = EndOfMonth(year, h == 1 ? 6 : 12);
  n.range.label = mongolian ? std::to_string(year) + " оны " + ToRoman(h) + " хагас жил"
                            : std::to_string(year) + " H" + std::to_string(h);
  return n;
}

Named Months(int year, int from, int to, bool mongolian) {
  Named n;
  n.year = year;
  n.range.start = {year, from, 1};
  n.range.end = EndOfMonth(year, to);
  n.range.label = mongolian ? std::to_string(year) + " оны " + std::to_string(from) + "–" +
                                  std::to_string(to) + " сар"
                            : Capitalized(kMonthNames[static_cast<size_t>(from - 1)]) + "–" +
                                  Capitalized(kMonthNames[static_cast<size_t>(to - 1)]) + " " +
                                  std::to_string(year);
  return n;
}

// Ordinal of one or two tokens at i ("iv", "3", "3-р", "third", "3rd",
// "гуравдугаар", "эхний"); sets *next.
std::optional<int> OrdinalAt(const Toks& t, size_t i, size_t* next) {
  if (IsNum(t, i, 1, 2)) {
    size_t j = i + 1;
    std::string s = t[i].text;
    if (IsPunct(t, j, "-") && Glued(t, j) && IsWord(t, j + 1, "р") && Glued(t, j + 1)) {
      s += "р", j += 2;
    } else if (Is(t, j, Kind::kWord) && Glued(t, j)) {
      s += t[j].text, ++j;
    }
    *next = j;
    return ParseOrdinal(s);
  }
  if (!Is(t, i, Kind::kWord)) return std::nullopt;
  *next = i + 1;
  if (t[i].text == "сүүлийн" || t[i].text == "сүүлчийн") return 2;  // of two halves
  return ParseOrdinal(t[i].text);
}

// Named periods starting at i.
std::optional<std::pair<Named, size_t>> MatchNamed(const Toks& t, size_t i) {
  auto ok_q = [](int q) { return q >= 1 && q <= 4; };
  auto ok_h = [](int h) { return h == 1 || h == 2; };
  // 2024 Q3 / 2025 H1
  if (IsNum(t, i, 4, 4) && Is(t, i + 1, Kind::kWord) && IsNum(t, i + 2, 1, 1) && Glued(t, i + 2)) {
    const int y = t[i].value, n = t[i + 2].value;
    if (t[i + 1].text == "q" && ok_q(n)) return std::make_pair(Quarter(y, n, false), i + 3);
    if (t[i + 1].text == "h" && ok_h(n)) return std::make_pair(Half(y, n, false), i + 3);
  }
  // Q3 2024 / H1 2025
  if (Is(t, i, Kind::kWord) && IsNum(t, i + 1, 1, 1) && Glued(t, i + 1) && IsNum(t, i + 2, 4, 4)) {
    const int y = t[i + 2].value, n = t[i + 1].value;
    if (t[i].text == "q" && ok_q(n)) return std::make_pair(Quarter(y, n, false), i + 3);
    if (t[i].text == "h" && ok_h(n)) return std::make_pair(Half(y, n, false), i + 3);
  }
  // third quarter of 2024 / first half of 2025 / first half-year 2025
  size_t j = 0;
  if (auto n = OrdinalAt(t, i, &j); n && Is(t, j, Kind::kWord)) {
    const bool quarter = t[j].text == "quarter", half = t[j].text == "half";
    size_t k = j + 1;
    if (half && IsPunct(t, k, "-") && IsWord(t, k + 1, "year")) k += 2;
    if (IsWord(t, k, "year")) ++k;
    if (IsWord(t, k, "of")) ++k;
    if (IsPunct(t, k, ",")) ++k;
    if (IsNum(t, k, 4, 4)) {
      if (quarter && ok_q(*n)) return std::make_pair(Quarter(t[k].value, *n, false), k + 1);
      if (half && ok_h(*n)) return std::make_pair(Half(t[k].value, *n, false), k + 1);
    }
  }
  // quarter 3, 2024
  if (IsWord(t, i, "quarter") && IsNum(t, i + 1, 1, 1)) {
    size_t k = i + 2;
    if (IsPunct(t, k, ",")) ++k;
    if (IsWord(t, k, "of")) ++k;
    if (IsNum(t, k, 4, 4) && ok_q(t[i + 1].value)) {
      return std::make_pair(Quarter(t[k].value, t[i + 1].value, false), k + 1);
    }
  }
  // English month range: January–September 2025
  if (Is(t, i, Kind::kWord) && IsPunct(t, i + 1, "-") && Is(t, i + 2, Kind::kWord) &&
      IsNum(t, i + 3, 4, 4)) {
    const auto a = EnglishMonth(t[i].text), b = EnglishMonth(t[i + 2].text);
    if (a && b && *a <= *b) return std::make_pair(Months(t[i + 3].value, *a, *b, false), i + 4);
  }
  // Mongolian: 2024 оны IV улирал, 2025 оны эхний хагас жил, 2025 оны 1–9 сар
  if (!IsNum(t, i, 4, 4)) return std::nullopt;
  const int y = t[i].value;
  size_t k = i + 1;
  if (IsWord(t, k, "оны") || IsWord(t, k, "он")) ++k;
  if (IsNum(t, k, 1, 2) && IsPunct(t, k + 1, "-") && IsNum(t, k + 2, 1, 2)) {
    size_t e = k + 3;
    if (IsWord(t, e, "дугаар") || IsWord(t, e, "дүгээр")) ++e;
    const int a = t[k].value, b = t[k + 2].value;
    if (Is(t, e, Kind::kWord) && t[e].text.starts_with("сар") && a >= 1 && a <= b && b <= 12) {
      return std::make_pair(Months(y, a, b, true), e + 1);
    }
  }
  if (auto n = OrdinalAt(t, k, &j); n && Is(t, j, Kind::kWord)) {
    if (t[j].text.starts_with("улир") && ok_q(*n)) return std::make_pair(Quarter(y, *n, true), j + 1);
    if (t[j].text == "хагас" && ok_h(*n)) {
      size_t e = j + 1;
      if (IsWord(t, e, "жил") || IsWord(t, e, "жилийн")) ++e;
      return std::make_pair(Half(y, *n, true), e);
    }
  }
  return std::nullopt;
}

// date SEP date, where SEP is '-', "to", "through", "until", or the Mongolian
// ablative "-аас"; either end may lack its year.
std::optional<std::pair<DateRange, size_t>> MatchRange(const Toks& t, size_t i) {
  const auto a = MatchDateAt(t, i, true);
  if (!a || !Plausible(a->date)) return std::nullopt;
  size_t j = a->next;
  if (IsPunct(t, j, "-") && Is(t, j + 1, Kind::kWord) && Glued(t, j + 1) && IsAblative(t[j + 1].text)) {
    j += 2;
  } else if (IsPunct(t, j, "-") || IsWord(t, j, "to") || IsWord(t, j, "through") ||
             IsWord(t, j, "until")) {
    j += 1;
  } else {
    return std::nullopt;
  }
  const auto b = MatchDateAt(t, j, true);
  if (!b || !Plausible(b->date)) return std::nullopt;
  size_t next = b->next;
  if (IsWord(t, next, "хүртэл")) ++next;
  return std::make_pair(DateRange{a->date, b->date, ""}, next);
}

bool IsFiller(std::string_view w) {
  return OneOf(w, std::array<std::string_view, 15>{
                      "period", "reporting", "report", "the", "of", "for", "year", "он", "оны",
                      "жил", "жилийн", "тайлант", "хугацаа", "хугацаанд", "хүртэл"});
}

// Fills missing years of a printed range; false when it cannot.
bool CompleteYears(DateRange& r, int named_year) {
  if (r.start.year == 0 && r.end.year == 0) r.start.year = r.end.year = named_year;
  if (r.start.year == 0) {
    r.start.year = r.end.year;
    if (r.start > r.end) --r.start.year;
  }
  if (r.end.year == 0) {
    r.end.year = r.start.year;
    if (r.end < r.start) ++r.end.year;
  }
  return IsValidDate(r.start.year, r.start.month, r.start.day) &&
         IsValidDate(r.end.year, r.end.month, r.end.day) && r.start <= r.end;
}

std::string DerivedLabel(const DateRange& r) {
  if (r.start.year != r.end.year || r.start.day != 1 || r.end != EndOfMonth(r.end.year, r.end.month)) {
    return "";
  }
  const int y = r.start.year, a = r.start.month, b = r.end.month;
  if (b - a == 2 && a % 3 == 1) return std::to_string(y) + " Q" + std::to_string((a + 2) / 3);
  if (a == 1 && b == 6) return std::to_string(y) + " H1";
  if (a == 7 && b == 12) return std::to_string(y) + " H2";
  return "";
}

}  // namespace

std::optional<DateRange> ParsePeriod(std::string_view text) {
  const Toks t = Tokenize(text);
  std::vector<Named> named;
  std::vector<DateRange> ranges;
  for (size_t i = 0; i < t.size();) {
    if (auto r = MatchRange(t, i)) {
      ranges.push_back(r->first);
      i = r->second;
    } else if (auto n = MatchNamed(t, i)) {
      named.push_back(n->first);
      i = n->second;
    } else if (t[i].kind == Kind::kPunct || (t[i].kind == Kind::kWord && IsFiller(t[i].text))) {
      ++i;
    } else {
      return std::nullopt;
    }
  }
  if (ranges.size() > 1) return std::nullopt;
  for (const Named& n : named) {
    if (n.range != named[0].range) return std::nullopt;
  }
  if (ranges.empty()) {
    if (named.empty()) return std::nullopt;
    return named[0].range;
  }
  DateRange r = ranges[0];
  if (!CompleteYears(r, named.empty() ? 0 : named[0].year)) return std::nullopt;
  r.label = named.empty() ? DerivedLabel(r) : named[0].range.label;
  return r;
}

// --- year spans --------------------------------------------------------------
namespace datetok {

bool IsRecurringWord(std::string_view w) {
  return OneOf(w, std::array<std::string_view, 12>{
                      "бүр", "annually", "annual", "yearly", "every", "continuous", "continuously",
                      "ongoing", "going", "байнга", "тогтмол", "continual"});
}
bool IsRecurringFiller(std::string_view w) {
  return OneOf(w, std::array<std::string_view, 5>{"жил", "year", "on", "basis", "an"});
}
bool IsStartWord(std::string_view w) {
  return OneOf(w, std::array<std::string_view, 11>{
                      "starts", "start", "starting", "started", "from", "since", "beginning",
                      "begins", "оноос", "эхлэн", "эхэлнэ"});
}

std::optional<std::pair<DateRange, std::size_t>> MatchNamedPeriod(const Toks& t, std::size_t i) {
  auto n = MatchNamed(t, i);
  if (!n) return std::nullopt;
  return std::make_pair(n->first.range, n->second);
}

}  // namespace datetok

std::optional<model::YearSpan> ParseYearSpan(std::string_view text) {
  const Toks t = Tokenize(text);
  std::vector<int> years;
  bool starts = false, recurring = false, other_words = false;
  for (size_t i = 0; i < t.size(); ++i) {
    if (const auto m = MatchDateAt(t, i, false)) {  // a printed date must be real
      if (!IsValidDate(m->date.year, m->date.month, m->date.day)) return std::nullopt;
    } else if (IsNum(t, i, 4, 4) && IsPunct(t, i + 1, ".") && IsNum(t, i + 2, 1, 2) &&
               IsPunct(t, i + 3, ".") && IsNum(t, i + 4, 1, 2)) {
      return std::nullopt;  // dotted date with a stray part
    }
    if (Is(t, i, Kind::kWord)) {
      if (IsStartWord(t[i].text)) starts = true;
      if (IsRecurringWord(t[i].text)) recurring = true;
      else if (!IsRecurringFiller(t[i].text)) other_words = true;
      continue;
    }
    if (!IsNum(t, i, 4, 4)) {
      // 2024-25: a two-digit year after a dash ends the span.
      if (IsNum(t, i, 2, 2) && Glued(t, i) && i >= 2 && IsPunct(t, i - 1, "-") &&
          IsNum(t, i - 2, 4, 4) && !years.empty() && !IsPunct(t, i + 1, "-")) {
        const int y = years.back() / 100 * 100 + t[i].value;
        if (y <= years.back()) return std::nullopt;
        years.push_back(y);
      }
      continue;
    }
    if (t[i].value < 1900 || t[i].value > 2199) return std::nullopt;
    years.push_back(t[i].value);
  }
  if (years.empty()) {
    if (recurring && !other_words) return model::YearSpan{};
    return std::nullopt;
  }
  if (starts) {
    for (int y : years) {
      if (y != years[0]) return std::nullopt;
    }
    return model::YearSpan{years[0], std::nullopt};
  }
  if (years.front() > years.back()) return std::nullopt;
  return model::YearSpan{years.front(), years.back()};
}

}  // namespace ogpx::extract
