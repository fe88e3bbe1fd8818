// Implementation of extract/dates.h, single dates: token matchers
// (date_tokens.h) and ParseDate/FindDate. Periods and year spans are in
// periods.cpp. See docs/text.md for the forms.
#include "extract/common/dates.h"

#include <array>
#include <cstdio>
#include <utility>
#include <vector>

#include "extract/common/date_tokens.h"
#include "extract/common/numbers.h"
#include "lang/vocabulary.h"

namespace ogpx::extract {
namespace datetok {

std::optional<int> MonthNamed(std::string_view w) {
  const auto v = lang::ValueOf("month", w);
  if (!v) return std::nullopt;
  const int month = std::atoi(v->c_str());
  return month >= 1 && month <= 12 ? std::optional(month) : std::nullopt;
}

std::string MonthName(int month, std::string_view language) {
  const std::string value = std::to_string(month);
  const lang::Term* first = nullptr;
  for (const lang::Term& t : lang::Terms("month"))  // longest phrase first: the name, not an abbreviation
    if (t.language == language && t.value == value && (first == nullptr || t.phrase.size() > first->phrase.size()))
      first = &t;
  if (first == nullptr) return "";
  std::string name = first->phrase;
  if (!name.empty() && name[0] >= 'a' && name[0] <= 'z') name[0] = static_cast<char>(name[0] - 'a' + 'A');
  return name;
}

int DaysIn(int year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[static_cast<size_t>(month - 1)];
}

std::optional<std::pair<int, size_t>> MongolianMonth(const Toks& t, size_t i) {
  int month = 0;
  size_t j = i;
  if (IsNum(t, i, 1, 2)) {
    month = t[i].value;
    j = i + 1;
    if (IsPunct(t, j, "-") && Glued(t, j) && Glued(t, j + 1) &&
        IsTerm(t, j + 1, "ordinal.suffix", "digits")) {
      j += 2;
    } else if (IsNumberSuffix(t, j)) {
      j += 1;
    }
  } else if (Is(t, i, Kind::kWord)) {
    if (Is(t, i + 1, Kind::kWord)) {
      if (auto m = ParseOrdinal(t[i].text + t[i + 1].text)) month = *m, j = i + 2;
    }
    if (month == 0) {
      if (auto m = ParseOrdinal(t[i].text)) month = *m, j = i + 1;
    }
  }
  if (month == 0 || !IsTerm(t, j, "date.month")) {
    return std::nullopt;
  }
  return std::make_pair(month, j + 1);
}

bool IsAblative(std::string_view w) {
  return IsTermWord(w, "range.from");
}

namespace {

std::optional<Match> MatchMongolian(const Toks& t, size_t i, bool allow_no_year) {
  Match m;
  size_t j = i;
  if (IsNum(t, i, 4, 4) && IsTerm(t, i + 1, "date.year")) {
    m.date.year = t[i].value;
    j = i + 2;
  } else if (!allow_no_year) {
    return std::nullopt;
  }
  const auto month = MongolianMonth(t, j);
  if (!month || !IsNum(t, month->second, 1, 2)) return std::nullopt;
  m.date.month = month->first;
  m.date.day = t[month->second].value;
  j = month->second + 1;
  // Case suffix of the day (Mongolian "27-ny", "27-nd"), but not the
  // ablative that starts a range; then the word "day" (date.day) in any form.
  if (IsPunct(t, j, "-") && Glued(t, j) && Is(t, j + 1, Kind::kWord) && Glued(t, j + 1) &&
      !IsAblative(t[j + 1].text)) {
    j += 2;
  }
  if (StartsWithTermAt(t, j, "date.day")) ++j;
  m.next = j;
  return m;
}

std::optional<Match> MatchNumeric(const Toks& t, size_t i) {
  if (!IsNum(t, i, 4, 4) || !Is(t, i + 1, Kind::kPunct)) return std::nullopt;
  const std::string& sep = t[i + 1].text;
  if (sep != "." && sep != "-" && sep != "/") return std::nullopt;
  if (!(Glued(t, i + 1) && IsNum(t, i + 2, 1, 2) && Glued(t, i + 2) && IsPunct(t, i + 3, sep) &&
        Glued(t, i + 3) && IsNum(t, i + 4, 1, 2) && Glued(t, i + 4))) {
    return std::nullopt;
  }
  // "2023.12.27.5" is not a date.
  if (IsPunct(t, i + 5, sep) && Glued(t, i + 5) && Is(t, i + 6, Kind::kNumber) && Glued(t, i + 6)) {
    return std::nullopt;
  }
  size_t next = i + 5;
  // A case suffix in Cyrillic ("2024.12.05-nd"), but not the ablative of a
  // range.
  if (IsPunct(t, next, "-") && Glued(t, next) && Is(t, next + 1, Kind::kWord) &&
      Glued(t, next + 1) && !IsAblative(t[next + 1].text) && t[next + 1].text.size() > 1 &&
      static_cast<unsigned char>(t[next + 1].text[0]) >= 0xD0) {
    next += 2;
  }
  if (next > i + 5 && StartsWithTermAt(t, next, "date.day")) ++next;
  return Match{{t[i].value, t[i + 2].value, t[i + 4].value}, next};
}

// An ordinal suffix glued to the day number before it ("27th", "1st").
size_t SkipOrdinalSuffix(const Toks& t, size_t j) {
  return j > 0 && Glued(t, j) && Is(t, j, Kind::kWord) && OrdinalSuffixAgrees(t[j - 1].value, t[j].text) ? j + 1
                                                                                                         : j;
}

std::optional<Match> MatchNamedMonth(const Toks& t, size_t i, bool allow_no_year) {
  Match m;
  size_t j = i;
  if (Is(t, i, Kind::kWord)) {  // December 27, 2023
    const auto month = MonthNamed(t[i].text);
    if (!month) return std::nullopt;
    j = i + 1;
    if (IsPunct(t, j, ".") && Glued(t, j)) ++j;
    if (!IsNum(t, j, 1, 2)) return std::nullopt;
    m.date.month = *month;
    m.date.day = t[j].value;
    j = SkipOrdinalSuffix(t, j + 1);
  } else if (IsNum(t, i, 1, 2)) {  // 27 December 2023
    m.date.day = t[i].value;
    j = SkipOrdinalSuffix(t, i + 1);
    if (IsTerm(t, j, "date.of")) ++j;
    const auto month = Is(t, j, Kind::kWord) ? MonthNamed(t[j].text) : std::nullopt;
    if (!month) return std::nullopt;
    m.date.month = *month;
    ++j;
    if (IsPunct(t, j, ".") && Glued(t, j)) ++j;
  } else {
    return std::nullopt;
  }
  size_t k = j;
  if (IsPunct(t, k, ",")) ++k;
  if (IsTerm(t, k, "date.of") && IsNum(t, k + 1, 4, 4)) ++k;
  if (IsNum(t, k, 4, 4)) {
    m.date.year = t[k].value;
    m.next = k + 1;
  } else if (allow_no_year) {
    m.next = j;
  } else {
    return std::nullopt;
  }
  return m;
}

}  // namespace

std::optional<Match> MatchDateAt(const Toks& t, size_t i, bool allow_no_year) {
  if (auto m = MatchNumeric(t, i)) return m;
  if (auto m = MatchMongolian(t, i, allow_no_year)) return m;
  return MatchNamedMonth(t, i, allow_no_year);
}

// Month/day plausible; the year (if any) checked by IsValidDate.
bool Plausible(const Date& d) {
  if (d.year != 0) return IsValidDate(d.year, d.month, d.day);
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= DaysIn(2000, d.month);
}

bool OnlyPunctFrom(const Toks& t, size_t i) {
  for (; i < t.size(); ++i) {
    if (t[i].kind != Kind::kPunct) return false;
  }
  return true;
}

}  // namespace datetok

using namespace datetok;

std::string Date::Iso() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year % 10000, month % 100, day % 100);
  return buf;
}

bool IsValidDate(int year, int month, int day) {
  return year >= 1900 && year <= 2199 && month >= 1 && month <= 12 && day >= 1 &&
         day <= DaysIn(year, month);
}

std::optional<Date> ParseDate(std::string_view text) {
  const Toks t = Tokenize(text);
  size_t i = 0;
  while (Is(t, i, Kind::kPunct)) ++i;
  const auto m = MatchDateAt(t, i, false);
  if (!m || !OnlyPunctFrom(t, m->next) || !IsValidDate(m->date.year, m->date.month, m->date.day)) {
    return std::nullopt;
  }
  return m->date;
}

std::optional<Date> FindDate(std::string_view text) {
  const Toks t = Tokenize(text);
  for (size_t i = 0; i < t.size(); ++i) {
    // Do not start inside a number run such as "1.2023.12.27".
    if (i > 0 && t[i].kind == Kind::kNumber && !t[i].space_before &&
        t[i - 1].kind == Kind::kPunct && i > 1 && t[i - 2].kind == Kind::kNumber &&
        !t[i - 1].space_before) {
      continue;
    }
    const auto m = MatchDateAt(t, i, false);
    if (m && IsValidDate(m->date.year, m->date.month, m->date.day)) return m->date;
  }
  return std::nullopt;
}

}  // namespace ogpx::extract
