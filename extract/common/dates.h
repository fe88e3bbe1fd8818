// Dates, reporting periods and completion year spans as OGP documents print
// them, in English and Mongolian (the Mongolian words are the vocabulary's
// date.*, period.*, range.*, due.* and ordinal rows; examples below are
// romanised). A table-driven parser of our own: ICU's mn locale does not
// parse the official Mongolian forms.
//
// Rules (details and every accepted form: docs/text.md):
//  - text is folded first (case, NFKC, white space; every dash is '-');
//  - a date needs a 4-digit year 1900..2199, a month 1..12 and a day that
//    exists in that month (leap years included); anything else is rejected,
//    never corrected or guessed;
//  - numeric dates are year first ("2023.12.27", "2023-12-27", "2023/12/27");
//    day-first "27.12.2023" is ambiguous and rejected.
//
// Thread-safety: pure functions. No exception escapes.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/domain.h"

namespace ogpx::extract {

struct Date {
  int year = 0, month = 0, day = 0;
  std::string Iso() const;  // "2023-12-27"
  bool operator==(const Date&) const = default;
  auto operator<=>(const Date&) const = default;
};

// True when year is 1900..2199 and month/day form a real calendar date.
bool IsValidDate(int year, int month, int day);

// The whole text is one date (surrounding punctuation and the Mongolian
// "-ny odor" tail allowed):
//   "2023 ony 12 dugaar saryn 27", "2023 ony 12 dugaar saryn 27-ny odor",
//   "2025 ony 01 dugeer saryn 12", "2023 ony arvankhoyordugaar saryn 27",
//   "2023.12.27", "2023-12-27", "December 27, 2023", "Dec 27, 2023",
//   "27 December 2023", "27th of December, 2023".
std::optional<Date> ParseDate(std::string_view text);

// The first valid date anywhere in a longer line ("Order No.120 dated
// December 27, 2023."), in the forms above.
std::optional<Date> FindDate(std::string_view text);

struct DateRange {
  Date start, end;
  // "2024 Q3", "2025 H1", "January–September 2025" for English input;
  // "2024 ony III uliral", "2025 ony I khagas jil", "2025 ony 1–9 sar" for
  // Mongolian input; a bare date range that is exactly a calendar quarter or
  // half gets "YYYY Qn" / "YYYY Hn", any other bare range "".
  std::string label;
  bool operator==(const DateRange&) const = default;
};

// A reporting period: a named period, a date range, or a named period
// followed by its dates (the printed dates win; a date range without a year
// takes it from the named period or from its other end):
//   "2024.07.01–2024.09.30", "(2025.04.01–2025.06.30)", "Q3 2024", "2025 H1",
//   "2024 Q3 (1 July – 30 September 2024)", "first half of 2025",
//   "2024 ony IV uliral", "2024 ony IV uliral (10 dugaar saryn 1 – 12 dugaar
//   saryn 31)", "2025 ony 1–9 sar", "2025 ony ekhnii khagas jil".
// nullopt when the text is anything else, when two named periods conflict,
// or when start > end.
std::optional<DateRange> ParsePeriod(std::string_view text);

// Years a commitment or milestone runs, from a completion-date cell:
//   "2025" -> 2025..2025, "2024-2025" (also across a line break), "2024-25",
//   "June 2025 – December 2026" -> 2025..2026, "Q1 2026 – Q1 2028",
//   "December 2025", "2024 ond", "2025 ony IV uliral" -> 2025..2025,
//   "starts in 2024" / "2024 onoos ekhlen" -> 2024..null,
//   "Jil bur" / "Annually" / "Continuous" / "Bainga" -> null..null.
// nullopt when no year is found, a year is outside 1900..2199, a printed date
// is invalid ("2023.13.45") or the years run backwards.
std::optional<model::YearSpan> ParseYearSpan(std::string_view text);

// A milestone's completion date as people print it: the years of
// ParseYearSpan plus the first day of the first printed period and the last
// day of the last one (docs/export-json.md, "Completion dates"):
//   "2025" -> 2025-01-01 .. 2025-12-31; "Q2 2026" / "2nd quarter 2026" ->
//   2026-04-01 .. 2026-06-30; "H1 2026"; "December 2025", "Dec. 2025",
//   "12/2025" -> 2025-12-01 .. 2025-12-31; "June 2025 – December 2026";
//   "31.12.2025", "31/12/2025" (day first; month first only when the second
//   number cannot be a month, "12/31/2025"), "2025-12-31", "December 31,
//   2025"; "2025 ony IV uliral", "2025 ony 6 dugaar sar", "2025 ond";
//   "starts in 2024" -> start 2024-01-01, end null; "ongoing", "annually"
//   -> all null.
// nullopt when nothing in the text is a date or a year, a printed date is
// invalid, or the span runs backwards.
struct DueDates {
  std::optional<int> start, end;             // years
  std::optional<Date> start_date, end_date;  // first and last day
  bool operator==(const DueDates&) const = default;
};
std::optional<DueDates> ParseDue(std::string_view text);

}  // namespace ogpx::extract
