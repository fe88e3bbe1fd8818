// Implementation of extract/dates.h, periods and year spans, built from the
// single-date matchers of date_tokens.h. See docs/text.md for the forms.
#include <array>
#include <utility>
#include <vector>

#include "extract/common/date_tokens.h"
#include "extract/common/dates.h"
#include "extract/common/numbers.h"
#include "lang/vocabulary.h"

namespace ogpx::extract {

using namespace datetok;

// --- periods -----------------------------------------------------------------
namespace {

struct Named {
  DateRange range;
  int year = 0;
};

Date EndOfMonth(int year, int month) { return {year, month, DaysIn(year, month)}; }

// The language of a period's label when the period is not named in words
// of a language with its own "period.label" ("2024 Q3", "January–June 2025").
constexpr std::string_view kLabelLanguage = "en";

// The label of a period named in the words of a language: the template of
// `word`'s language ("period.label" valued `what`) with "{year}", "{n}"
// (a Roman numeral), "{from}" and "{to}" filled in; "" when the language has
// none (the period is then labelled the English way).
std::string LabelIn(const lang::Term* word, std::string_view what, int year, const std::string& n,
                    int from = 0, int to = 0) {
  if (word == nullptr) return "";
  for (const lang::Term& t : lang::Terms("period.label")) {
    if (t.language != word->language || t.value != what) continue;
    std::string out = t.phrase;
    const std::pair<std::string_view, std::string> fills[] = {
        {"{year}", std::to_string(year)},
        {"{n}", n},
        {"{from}", std::to_string(from)},
        {"{to}", std::to_string(to)}};
    for (const auto& [key, fill] : fills)
      for (std::size_t at = out.find(key); at != std::string::npos; at = out.find(key, at + fill.size()))
        out.replace(at, key.size(), fill);
    return out;
  }
  return "";
}

// `word`: the term that named the period in a language's own words, nullptr
// for the short English forms ("2024 Q3").
Named Quarter(int year, int q, const lang::Term* word) {
  Named n;
  n.year = year;
  n.range.start = {year, 3 * q - 2, 1};
  n.range.end = EndOfMonth(year, 3 * q);
  n.range.label = LabelIn(word, "quarter", year, ToRoman(q));
  if (n.range.label.empty()) n.range.label = std::to_string(year) + " Q" + std::to_string(q);
  return n;
}

Named Half(int year, int h, const lang::Term* word) {
  Named n;
  n.year = year;
  n.range.start = {year, h == 1 ? 1 : 7, 1};
  n.range.end = EndOfMonth(year, h == 1 ? 6 : 12);
  n.range.label = LabelIn(word, "half", year, ToRoman(h));
  if (n.range.label.empty()) n.range.label = std::to_string(year) + " H" + std::to_string(h);
  return n;
}

Named Months(int year, int from, int to, const lang::Term* word) {
  Named n;
  n.year = year;
  n.range.start = {year, from, 1};
  n.range.end = EndOfMonth(year, to);
  n.range.label = LabelIn(word, "months", year, "", from, to);
  if (n.range.label.empty())
    n.range.label = MonthName(from, kLabelLanguage) + "–" + MonthName(to, kLabelLanguage) + " " + std::to_string(year);
  return n;
}

// Ordinal of one or two tokens at i ("iv", "3", "3rd", "third", a digit with
// a glued ordinal suffix of the vocabularies, an ordinal word of any
// language; "period.ordinal": the last of two halves); sets *next.
std::optional<int> OrdinalAt(const Toks& t, size_t i, size_t* next) {
  if (IsNum(t, i, 1, 2)) {
    size_t j = i + 1;
    std::string s = t[i].text;
    if (IsPunct(t, j, "-") && Glued(t, j) && IsTerm(t, j + 1, "ordinal.suffix", "digits") &&
        Glued(t, j + 1)) {
      s += t[j + 1].text, j += 2;
    } else if (Is(t, j, Kind::kWord) && Glued(t, j)) {
      s += t[j].text, ++j;
    }
    *next = j;
    return ParseOrdinal(s);
  }
  if (!Is(t, i, Kind::kWord)) return std::nullopt;
  *next = i + 1;
  if (auto v = lang::ValueOf("period.ordinal", t[i].text)) return std::stoi(*v);
  return ParseOrdinal(t[i].text);
}

// Named periods starting at i.
std::optional<std::pair<Named, size_t>> MatchNamed(const Toks& t, size_t i) {
  auto ok_q = [](int q) { return q >= 1 && q <= 4; };
  auto ok_h = [](int h) { return h == 1 || h == 2; };
  // 2024 Q3 / 2025 H1
  if (IsNum(t, i, 4, 4) && Is(t, i + 1, Kind::kWord) && IsNum(t, i + 2, 1, 1) && Glued(t, i + 2)) {
    const int y = t[i].value, n = t[i + 2].value;
    if (IsTerm(t, i + 1, "period.quarter.short") && ok_q(n)) return std::make_pair(Quarter(y, n, nullptr), i + 3);
    if (IsTerm(t, i + 1, "period.half.short") && ok_h(n)) return std::make_pair(Half(y, n, nullptr), i + 3);
  }
  // Q3 2024 / H1 2025
  if (Is(t, i, Kind::kWord) && IsNum(t, i + 1, 1, 1) && Glued(t, i + 1) && IsNum(t, i + 2, 4, 4)) {
    const int y = t[i + 2].value, n = t[i + 1].value;
    if (IsTerm(t, i, "period.quarter.short") && ok_q(n)) return std::make_pair(Quarter(y, n, nullptr), i + 3);
    if (IsTerm(t, i, "period.half.short") && ok_h(n)) return std::make_pair(Half(y, n, nullptr), i + 3);
  }
  // third quarter of 2024 / first half of 2025 / first half-year 2025
  size_t j = 0;
  if (auto n = OrdinalAt(t, i, &j); n && Is(t, j, Kind::kWord)) {
    const bool quarter = IsTerm(t, j, "period.quarter"), half = IsTerm(t, j, "period.half");
    size_t k = j + 1;
    if (half && IsPunct(t, k, "-") && IsTerm(t, k + 1, "period.year")) k += 2;
    if (IsTerm(t, k, "period.year")) ++k;
    if (IsTerm(t, k, "date.of")) ++k;
    if (IsPunct(t, k, ",")) ++k;
    if (IsNum(t, k, 4, 4)) {
      if (quarter && ok_q(*n)) return std::make_pair(Quarter(t[k].value, *n, nullptr), k + 1);
      if (half && ok_h(*n)) return std::make_pair(Half(t[k].value, *n, nullptr), k + 1);
    }
  }
  // quarter 3, 2024
  if (IsTerm(t, i, "period.quarter") && IsNum(t, i + 1, 1, 1)) {
    size_t k = i + 2;
    if (IsPunct(t, k, ",")) ++k;
    if (IsTerm(t, k, "date.of")) ++k;
    if (IsNum(t, k, 4, 4) && ok_q(t[i + 1].value)) {
      return std::make_pair(Quarter(t[k].value, t[i + 1].value, nullptr), k + 1);
    }
  }
  // A range of named months: January–September 2025, enero-marzo de 2025
  if (Is(t, i, Kind::kWord) && IsPunct(t, i + 1, "-") && Is(t, i + 2, Kind::kWord)) {
    const size_t k = IsTerm(t, i + 3, "date.of") ? i + 4 : i + 3;
    const auto a = MonthNamed(t[i].text), b = MonthNamed(t[i + 2].text);
    if (a && b && *a <= *b && IsNum(t, k, 4, 4)) return std::make_pair(Months(t[k].value, *a, *b, nullptr), k + 1);
  }
  // Year first, the words after it (Mongolian: "2024 year's IV quarter",
  // "2025 year's first half year", "2025 year's 1–9 months"): date.year,
  // date.month, period.quarter, period.half, period.year.
  if (!IsNum(t, i, 4, 4)) return std::nullopt;
  const int y = t[i].value;
  size_t k = i + 1;
  if (IsTerm(t, k, "date.year")) ++k;
  if (IsNum(t, k, 1, 2) && IsPunct(t, k + 1, "-") && IsNum(t, k + 2, 1, 2)) {
    size_t e = k + 3;
    if (IsTerm(t, e, "ordinal.suffix", "number")) ++e;
    const int a = t[k].value, b = t[k + 2].value;
    const lang::Term* month = Is(t, e, Kind::kWord) ? lang::StartsWithTerm("date.month", t[e].text) : nullptr;
    if (month && a >= 1 && a <= b && b <= 12) return std::make_pair(Months(y, a, b, month), e + 1);
  }
  if (auto n = OrdinalAt(t, k, &j); n && Is(t, j, Kind::kWord)) {
    if (const lang::Term* quarter = lang::StartsWithTerm("period.quarter", t[j].text); quarter && ok_q(*n))
      return std::make_pair(Quarter(y, *n, quarter), j + 1);
    if (const lang::Term* half = lang::StartsWithTerm("period.half", t[j].text); half && ok_h(*n)) {
      size_t e = j + 1;
      if (IsTerm(t, e, "period.year")) ++e;
      return std::make_pair(Half(y, *n, half), e);
    }
  }
  return std::nullopt;
}

// date SEP date, where SEP is '-', a word of "range.to" ("to", "through",
// "until"), or a glued "range.from" ending (the Mongolian ablative); either
// end may lack its year; a "range.until" word may follow the end.
std::optional<std::pair<DateRange, size_t>> MatchRange(const Toks& t, size_t i) {
  const auto a = MatchDateAt(t, i, true);
  if (!a || !Plausible(a->date)) return std::nullopt;
  size_t j = a->next;
  if (IsPunct(t, j, "-") && Is(t, j + 1, Kind::kWord) && Glued(t, j + 1) && IsAblative(t[j + 1].text)) {
    j += 2;
  } else if (IsPunct(t, j, "-") || IsTerm(t, j, "range.to")) {
    j += 1;
  } else {
    return std::nullopt;
  }
  const auto b = MatchDateAt(t, j, true);
  if (!b || !Plausible(b->date)) return std::nullopt;
  size_t next = b->next;
  if (IsTerm(t, next, "range.until")) ++next;
  return std::make_pair(DateRange{a->date, b->date, ""}, next);
}

bool IsFiller(std::string_view w) { return IsTermWord(w, "period.filler"); }

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

bool IsRecurringWord(std::string_view w) { return IsTermWord(w, "due.recurring"); }
bool IsRecurringFiller(std::string_view w) { return IsTermWord(w, "due.recurring.filler"); }
bool IsStartWord(std::string_view w) { return IsTermWord(w, "due.start"); }

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
