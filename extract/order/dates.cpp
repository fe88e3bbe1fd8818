// Dates of the order reader: a thin adapter over extract/dates.h (the shared
// date rules: "2023.12.27", "December 27, 2023", their Mongolian form, year
// spans). Declared in order_rules.h.
#include "extract/order/rules.h"

#if __has_include("extract/common/dates.h")
#include "extract/common/dates.h"
#define OGPX_ORDER_HAVE_DATES 1
#endif

namespace ogpx::extract::order {

namespace {

// A date line's day-first date with dots ("2.2.2022", "05.05.2022"), as
// European governments date their acts. Only here: elsewhere a dotted date
// is year first (ParseDate), and day-first is too easily a number.
std::optional<std::string> DayFirstDotted(std::string_view segment) {
  std::string t(segment);
  while (!t.empty() && (t.back() == ' ' || t.back() == '.' || t.back() == ',')) t.pop_back();
  int parts[3] = {0, 0, 0};
  std::size_t at = 0;
  for (int k = 0; k < 3; ++k) {
    const std::size_t from = at;
    while (at < t.size() && t[at] >= '0' && t[at] <= '9') ++at;
    const std::size_t digits = at - from;
    if (digits == 0 || digits > (k == 2 ? 4u : 2u) || (k == 2 && digits != 4)) return std::nullopt;
    parts[k] = std::stoi(t.substr(from, digits));
    if (k < 2) {
      if (at >= t.size() || t[at] != '.') return std::nullopt;
      ++at;
    }
  }
  if (at != t.size() || !IsValidDate(parts[2], parts[1], parts[0])) return std::nullopt;
  return Date{parts[2], parts[1], parts[0]}.Iso();
}

}  // namespace

std::optional<std::string> DateIn(std::string_view segment) {
#ifdef OGPX_ORDER_HAVE_DATES
  if (auto d = ParseDate(segment)) return d->Iso();
  if (auto d = DayFirstDotted(segment)) return d;
  // OCR glues a mark in front of the year ("72023" and the Mongolian "year of"): a run of more
  // than four digits cannot be a year; its first or last four digits may be.
  // Accepted only when exactly one of the two gives a date.
  std::size_t digits = 0;
  while (digits < segment.size() && segment[digits] >= '0' && segment[digits] <= '9') ++digits;
  if (digits == 5 || digits == 6) {
    const std::string rest(segment.substr(digits));
    auto head = ParseDate(std::string(segment.substr(0, 4)) + rest);
    auto tail = ParseDate(std::string(segment.substr(digits - 4, 4)) + rest);
    if (head.has_value() != tail.has_value()) return (head ? head : tail)->Iso();
  }
  return std::nullopt;
#else
  (void)segment;
  return std::nullopt;
#endif
}

model::YearSpan YearSpanIn(std::string_view text) {
#ifdef OGPX_ORDER_HAVE_DATES
  // The last "YYYY", "YYYY-YYYY" or "YYYY-YY" in the text (a title ends with
  // its period: "... plan 2024-2027").
  auto digit = [&](std::size_t i) { return i < text.size() && text[i] >= '0' && text[i] <= '9'; };
  std::optional<std::string_view> last;
  for (std::size_t i = 0; i + 4 <= text.size(); ++i) {
    if ((i > 0 && digit(i - 1)) || !digit(i) || !digit(i + 1) || !digit(i + 2) || !digit(i + 3)) continue;
    std::size_t j = i + 4;
    std::size_t k = j;
    while (k < text.size() && text[k] == ' ') ++k;
    const bool en_dash = text.compare(k, 3, "\u2013") == 0;
    if (k < text.size() && (text[k] == '-' || en_dash)) {
      k += en_dash ? 3 : 1;
      while (k < text.size() && text[k] == ' ') ++k;
      std::size_t m = k;
      while (digit(m)) ++m;
      if (m - k == 2 || m - k == 4) j = m;
    }
    if (digit(j)) continue;  // part of a longer number
    last = text.substr(i, j - i);
    i = j - 1;
  }
  if (last) {
    if (auto span = ParseYearSpan(*last)) return *span;
  }
  return {};
#else
  (void)text;
  return {};
#endif
}

}  // namespace ogpx::extract::order
