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
template <std::size_t N>
bool OneOf(std::string_view s, const std::array<std::string_view, N>& set) {
  for (auto w : set) {
    if (s == w) return true;
  }
  return false;
}

inline constexpr std::array<std::string_view, 12> kMonthNames = {
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december"};

// A date as printed (year 0 when the text gave none) and the token after it.
struct Match {
  Date date;
  std::size_t next = 0;
};

std::optional<int> EnglishMonth(std::string_view w);
int DaysIn(int year, int month);
// "12 дугаар сарын", "12-р сарын", "арван хоёрдугаар сарын" -> month, next.
std::optional<std::pair<int, std::size_t>> MongolianMonth(const Toks& t, std::size_t i);
// A date (numeric, Mongolian or English) starting at token i.
std::optional<Match> MatchDateAt(const Toks& t, std::size_t i, bool allow_no_year);
// Month/day plausible; the year (if any) checked by IsValidDate.
bool Plausible(const Date& d);
// A Mongolian ablative ending ("аас", "ээс", "оос", "өөс"): "from".
bool IsAblative(std::string_view w);
// Only punctuation from token i on.
bool OnlyPunctFrom(const Toks& t, std::size_t i);
// A named period starting at token i: a quarter ("Q3 2024", "2nd quarter
// 2026", "2024 оны III улирал"), a half ("H1 2025", "first half of 2025"), a
// month range ("January–September 2025", "2025 оны 1–9 сар").
std::optional<std::pair<DateRange, std::size_t>> MatchNamedPeriod(const Toks& t, std::size_t i);
// Words of completion dates: a recurring or open period ("annually",
// "ongoing", "жил бүр"), filler around them ("on an annual basis"), and the
// start of an open span ("starts in", "from", "оноос эхлэн").
bool IsRecurringWord(std::string_view w);
bool IsRecurringFiller(std::string_view w);
bool IsStartWord(std::string_view w);

}  // namespace ogpx::extract::datetok
