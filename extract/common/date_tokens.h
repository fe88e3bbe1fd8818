// Token matchers shared by the date, period and year-span readers
// (internal to extract/dates.cpp and extract/periods.cpp). Tokens come from
// numbers.h's Tokenize(); `i` is a token index, matchers return where they
// stop. Pure; thread-safe.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/common/dates.h"
#include "extract/common/numbers.h"
#include "lang/vocabulary.h"

namespace ogpx::extract::datetok {

using Toks = std::vector<Token>;
using Kind = Token::Kind;

inline bool Is(const Toks& t, std::size_t i, Kind kind) { return i < t.size() && t[i].kind == kind; }
inline bool IsWord(const Toks& t, std::size_t i, std::string_view w) {
  return Is(t, i, Kind::kWord) && t[i].text == w;
}
inline bool IsPunct(const Toks& t, std::size_t i, std::string_view p) {
  return Is(t, i, Kind::kPunct) && t[i].text == p;
}
inline bool IsNum(const Toks& t, std::size_t i, int min_digits, int max_digits) {
  return Is(t, i, Kind::kNumber) && t[i].digits >= min_digits && t[i].digits <= max_digits;
}
inline bool Glued(const Toks& t, std::size_t i) { return i < t.size() && !t[i].space_before; }
// The word at i is a phrase of the vocabularies' `category` (with `value`,
// when given); the phrase must be the whole word.
inline bool IsTerm(const Toks& t, std::size_t i, std::string_view category, std::string_view value = {}) {
  if (!Is(t, i, Kind::kWord)) return false;
  const auto v = lang::ValueOf(category, t[i].text);
  return v && (value.empty() || *v == value);
}
// The word at i starts with a phrase of `category` ("month" in an inflected
// form).
inline bool StartsWithTermAt(const Toks& t, std::size_t i, std::string_view category) {
  return Is(t, i, Kind::kWord) && lang::StartsWithTerm(category, t[i].text) != nullptr;
}
// A word of `category` (the whole word).
inline bool IsTermWord(std::string_view w, std::string_view category) {
  return lang::ValueOf(category, w).has_value();
}
// The ordinal suffix a number takes before a month ("ordinal.suffix" valued
// "digits" or "number"; the Mongolian "12-r", "12 dugaar").
inline bool IsNumberSuffix(const Toks& t, std::size_t i) {
  return IsTerm(t, i, "ordinal.suffix", "digits") || IsTerm(t, i, "ordinal.suffix", "number");
}

// A date as printed (year 0 when the text gave none) and the token after it.
struct Match {
  Date date;
  std::size_t next = 0;
};

// The month a (folded) word names in any vocabulary ("month": "december",
// "dec", "sept", "diciembre"), 1..12.
std::optional<int> MonthNamed(std::string_view w);
// The name of `month` (1..12) in `language`: its longest "month" row,
// capitalised ("December"); "" when the language names none.
std::string MonthName(int month, std::string_view language);
int DaysIn(int year, int month);
// A month by its number and the month word ("date.month"), the Mongolian
// "12th month's" as "12 dugaar", "12-r" or the ordinal in words -> month,
// next.
std::optional<std::pair<int, std::size_t>> MongolianMonth(const Toks& t, std::size_t i);
// A date (numeric, Mongolian or English) starting at token i.
std::optional<Match> MatchDateAt(const Toks& t, std::size_t i, bool allow_no_year);
// Month/day plausible; the year (if any) checked by IsValidDate.
bool Plausible(const Date& d);
// An ending that makes a date the start of a range ("range.from": the
// Mongolian ablative "-aas" and its vowel-harmony forms).
bool IsAblative(std::string_view w);
// Only punctuation from token i on.
bool OnlyPunctFrom(const Toks& t, std::size_t i);
// A named period starting at token i: a quarter ("Q3 2024", "2nd quarter
// 2026", its Mongolian form), a half ("H1 2025", "first half of 2025"), a
// month range ("January–September 2025", "2025 months 1–9" in Mongolian).
std::optional<std::pair<DateRange, std::size_t>> MatchNamedPeriod(const Toks& t, std::size_t i);
// Words of completion dates: a recurring or open period ("annually",
// "ongoing", Mongolian "every year"), filler around them ("on an annual
// basis"), and the start of an open span ("starts in", "from"): the
// categories due.recurring, due.recurring.filler, due.start.
bool IsRecurringWord(std::string_view w);
bool IsRecurringFiller(std::string_view w);
bool IsStartWord(std::string_view w);

}  // namespace ogpx::extract::datetok
