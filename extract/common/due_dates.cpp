// ParseDue (extract/dates.h): completion dates of milestones as terms (a
// day, a month, a quarter, a half, a year), each the span of days it names;
// the first term starts the due span and the last one ends it.
#include <vector>

#include "extract/common/date_tokens.h"
#include "extract/common/dates.h"

namespace ogpx::extract {

using namespace datetok;

namespace {

struct Term {
  Date first, last;
  std::size_t next = 0;
};

Term Whole(Date d, std::size_t next) { return {d, d, next}; }

Term MonthOf(int year, int month, std::size_t next) {
  return {{year, month, 1}, {year, month, DaysIn(year, month)}, next};
}

Term YearOf(int year, std::size_t next) { return {{year, 1, 1}, {year, 12, 31}, next}; }

bool IsDateSeparator(const Toks& t, std::size_t i) {
  return IsPunct(t, i, ".") || IsPunct(t, i, "/") || IsPunct(t, i, "-");
}

// "31.12.2025", "31/12/2025", "12/31/2025": day first unless the second
// number cannot be a month.
std::optional<Term> DayFirst(const Toks& t, std::size_t i) {
  if (!(IsNum(t, i, 1, 2) && IsDateSeparator(t, i + 1) && Glued(t, i + 1) && IsNum(t, i + 2, 1, 2) &&
        Glued(t, i + 2) && IsPunct(t, i + 3, t[i + 1].text) && Glued(t, i + 3) &&
        IsNum(t, i + 4, 4, 4) && Glued(t, i + 4)))
    return std::nullopt;
  int a = t[i].value, b = t[i + 2].value;
  const int year = t[i + 4].value;
  if (b > 12 && a <= 12) std::swap(a, b);  // month first
  return Whole(Date{year, b, a}, i + 5);
}

// "December 2025", "Dec. 2025", "December, 2025", "diciembre de 2025".
std::optional<Term> NamedMonthYear(const Toks& t, std::size_t i) {
  if (!Is(t, i, Kind::kWord)) return std::nullopt;
  const auto month = MonthNamed(t[i].text);
  if (!month) return std::nullopt;
  std::size_t j = i + 1;
  if (IsPunct(t, j, ".") && Glued(t, j)) ++j;
  if (IsPunct(t, j, ",")) ++j;
  if (IsTerm(t, j, "date.of")) ++j;
  if (!IsNum(t, j, 4, 4)) return std::nullopt;
  return MonthOf(t[j].value, *month, j + 1);
}

// "12/2025", "12.2025".
std::optional<Term> NumericMonthYear(const Toks& t, std::size_t i) {
  if (!(IsNum(t, i, 1, 2) && (IsPunct(t, i + 1, "/") || IsPunct(t, i + 1, ".")) && Glued(t, i + 1) &&
        IsNum(t, i + 2, 4, 4) && Glued(t, i + 2)))
    return std::nullopt;
  const int month = t[i].value;
  if (month < 1 || month > 12) return std::nullopt;
  return MonthOf(t[i + 2].value, month, i + 3);
}

// A month and its year, no day after it (Mongolian "year 2025's month 6",
// "month 6-r" in the locative).
std::optional<Term> MongolianMonthYear(const Toks& t, std::size_t i) {
  if (!IsNum(t, i, 4, 4) || !IsTerm(t, i + 1, "date.year")) return std::nullopt;
  std::size_t j = i + 2;
  // MongolianMonth() wants the month word's whole forms; the locative ("in
  // the month") ends a due cell.
  const auto month = MongolianMonth(t, j);
  if (month) {
    if (IsNum(t, month->second, 1, 2)) return std::nullopt;  // a day: a full date
    return MonthOf(t[i].value, month->first, month->second);
  }
  if (IsNum(t, j, 1, 2) && t[j].value >= 1 && t[j].value <= 12) {
    std::size_t k = j + 1;
    if (IsPunct(t, k, "-") && Glued(t, k) && IsTerm(t, k + 1, "ordinal.suffix", "digits")) k += 2;
    else if (IsTerm(t, k, "ordinal.suffix", "number")) ++k;
    if (StartsWithTermAt(t, k, "date.month"))
      return MonthOf(t[i].value, t[j].value, k + 1);
  }
  return std::nullopt;
}

// The term starting at token i, if any; `bad` is set for an invalid printed
// date.
std::optional<Term> TermAt(const Toks& t, std::size_t i, bool& bad) {
  if (auto m = MatchDateAt(t, i, false)) {
    if (!IsValidDate(m->date.year, m->date.month, m->date.day)) {
      bad = true;
      return std::nullopt;
    }
    return Whole(m->date, m->next);
  }
  if (auto d = DayFirst(t, i)) {
    if (!IsValidDate(d->first.year, d->first.month, d->first.day)) {
      bad = true;
      return std::nullopt;
    }
    return d;
  }
  if (auto n = MatchNamedPeriod(t, i)) return Term{n->first.start, n->first.end, n->second};
  if (auto m = MongolianMonthYear(t, i)) return m;
  if (auto m = NamedMonthYear(t, i)) return m;
  if (auto m = NumericMonthYear(t, i)) return m;
  if (IsNum(t, i, 4, 4)) {
    if (t[i].value < 1900 || t[i].value > 2199) {
      bad = true;
      return std::nullopt;
    }
    return YearOf(t[i].value, i + 1);
  }
  return std::nullopt;
}

}  // namespace

std::optional<DueDates> ParseDue(std::string_view text) {
  const Toks t = Tokenize(text);
  std::vector<Term> terms;
  bool starts = false, recurring = false, other_words = false;
  for (std::size_t i = 0; i < t.size();) {
    bool bad = false;
    if (auto term = TermAt(t, i, bad)) {
      i = term->next;
      terms.push_back(*term);
      continue;
    }
    if (bad) return std::nullopt;
    // 2024-25: a two-digit year after a dash ends the span.
    if (IsNum(t, i, 2, 2) && Glued(t, i) && i >= 2 && IsPunct(t, i - 1, "-") && IsNum(t, i - 2, 4, 4) &&
        !terms.empty() && !IsPunct(t, i + 1, "-")) {
      const int y = terms.back().last.year / 100 * 100 + t[i].value;
      if (y <= terms.back().last.year) return std::nullopt;
      terms.push_back(YearOf(y, i + 1));
      ++i;
      continue;
    }
    if (Is(t, i, Kind::kWord)) {
      if (IsStartWord(t[i].text)) starts = true;
      if (IsRecurringWord(t[i].text)) recurring = true;
      else if (!IsRecurringFiller(t[i].text)) other_words = true;
    }
    ++i;
  }
  if (terms.empty()) {
    if (recurring && !other_words) return DueDates{};
    return std::nullopt;
  }
  DueDates out;
  out.start = terms.front().first.year;
  out.start_date = terms.front().first;
  if (starts && terms.size() == 1) return out;
  if (terms.back().last < terms.front().first) return std::nullopt;
  out.end = terms.back().last.year;
  out.end_date = terms.back().last;
  return out;
}

}  // namespace ogpx::extract
