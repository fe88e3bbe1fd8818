// Dates and reporting periods of progress reports (see report_dates.h).
#include "extract/report_dates.h"

#include <array>
#include <cstdio>
#include <regex>

#include "extract/report_vocab.h"
#include "ingest/unicode.h"

namespace ogpx::extract::report {
namespace {

struct Partial {
  std::optional<int> year, month, day;
};

constexpr std::array<const char*, 12> kMonths{{"january", "february", "march", "april", "may", "june",
                                               "july", "august", "september", "october", "november",
                                               "december"}};

std::optional<int> MonthFromName(const std::string& word) {
  if (word.size() < 3) return std::nullopt;
  for (std::size_t i = 0; i < kMonths.size(); ++i) {
    const std::string name = kMonths[i];
    if (name.rfind(word, 0) == 0) return static_cast<int>(i) + 1;  // "sept", "oct"
  }
  return std::nullopt;
}

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysIn(int y, int m) {
  constexpr std::array<int, 12> kDays{{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}};
  return m == 2 && IsLeap(y) ? 29 : kDays[static_cast<std::size_t>(m - 1)];
}

std::optional<std::string> Iso(int y, int m, int d) {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > DaysIn(y, m)) return std::nullopt;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return std::string(buf);
}

int ToInt(const std::ssub_match& m) { return std::stoi(m.str()); }

std::optional<Partial> ParsePartial(std::string_view raw) {
  const std::string s = text::FoldForMatch(raw);
  std::smatch m;
  static const std::regex kIso(R"((\d{4})\s?[-./]\s?(\d{1,2})\s?[-./]\s?(\d{1,2}))");
  static const std::regex kDmy(R"((\d{1,2})[./](\d{1,2})[./](\d{4}))");
  // "2025 оны 01 дүгээр сарын 12", "10 дугаар сарын 1", "01-р сарын 12".
  static const std::regex kMn(
      R"((?:(\d{4})\s*оны\s*)?(\d{1,2})\s*(?:-?р|дугаар|дүгээр)?\s*сар(?:ын)?\s*(\d{1,2}))");
  static const std::regex kDayMonth(R"((\d{1,2})\s+([a-z]+)\.?,?(?:\s+(\d{4}))?)");
  static const std::regex kMonthDay(R"(([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?(?:\s+(\d{4}))?)");
  if (std::regex_search(s, m, kIso)) return Partial{ToInt(m[1]), ToInt(m[2]), ToInt(m[3])};
  if (std::regex_search(s, m, kDmy)) return Partial{ToInt(m[3]), ToInt(m[2]), ToInt(m[1])};
  if (std::regex_search(s, m, kMn)) {
    Partial p{std::nullopt, ToInt(m[2]), ToInt(m[3])};
    if (m[1].matched) p.year = ToInt(m[1]);
    return p;
  }
  if (std::regex_search(s, m, kDayMonth)) {
    if (const auto month = MonthFromName(m[2].str())) {
      Partial p{std::nullopt, *month, ToInt(m[1])};
      if (m[3].matched) p.year = ToInt(m[3]);
      return p;
    }
  }
  if (std::regex_search(s, m, kMonthDay)) {
    if (const auto month = MonthFromName(m[1].str())) {
      Partial p{std::nullopt, *month, ToInt(m[2])};
      if (m[3].matched) p.year = ToInt(m[3]);
      return p;
    }
  }
  return std::nullopt;
}

std::optional<int> FirstYear(const std::string& s) {
  static const std::regex kYear(R"((^|[^0-9])((19|20)\d{2})($|[^0-9]))");
  std::smatch m;
  if (std::regex_search(s, m, kYear)) return std::stoi(m[2].str());
  return std::nullopt;
}

// Quarter or half of the year named by a label: {first month, last month}.
std::optional<std::pair<int, int>> MonthsOfLabel(const std::string& label) {
  const auto tokens = Tokens(label);
  auto roman = [](const std::string& t) -> int {
    if (t == "i" || t == "1") return 1;
    if (t == "ii" || t == "2") return 2;
    if (t == "iii" || t == "3") return 3;
    if (t == "iv" || t == "4") return 4;
    return 0;
  };
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::string& t = tokens[i];
    if (t.size() == 2 && (t[0] == 'q' || t[0] == 'h') && t[1] >= '1' && t[1] <= '4') {
      const int n = t[1] - '0';
      if (t[0] == 'q') return std::pair{3 * n - 2, 3 * n};
      if (n <= 2) return std::pair{6 * n - 5, 6 * n};
    }
    // "IV улирал", "quarter 3", "3rd quarter", "III quarter".
    if (t == "улирал" || t == "quarter") {
      int n = i > 0 ? roman(tokens[i - 1]) : 0;
      if (!n && i + 1 < tokens.size()) n = roman(tokens[i + 1]);
      if (!n && i > 0 && tokens[i - 1].size() == 3) n = roman(tokens[i - 1].substr(0, 1));
      if (n) return std::pair{3 * n - 2, 3 * n};
    }
    if (t == "хагас" || t == "half") {
      const std::string prev = i > 0 ? tokens[i - 1] : "";
      if (prev == "эхний" || prev == "first" || prev == "1" || prev == "i") return std::pair{1, 6};
      if (prev == "сүүлийн" || prev == "second" || prev == "2" || prev == "ii" ||
          prev.rfind("хоёр", 0) == 0)
        return std::pair{7, 12};
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> ParseReportDate(std::string_view text) {
  const auto p = ParsePartial(text);
  if (!p || !p->year || !p->month || !p->day) return std::nullopt;
  return Iso(*p->year, *p->month, *p->day);
}

model::ReportPeriod ParseReportPeriod(std::string_view text) {
  model::ReportPeriod period;
  const std::string s = text::FoldWhitespace(text);
  const auto open = s.find('(');
  const std::string label = text::FoldWhitespace(s.substr(0, open));
  if (!label.empty()) period.label = label;
  const std::optional<int> label_year = FirstYear(label);
  if (open != std::string::npos) {
    std::string inner = s.substr(open + 1);
    if (const auto close = inner.find(')'); close != std::string::npos) inner.resize(close);
    for (const char* sep : {"–", "—", " - ", " to ", " хүртэл"}) {
      const auto at = inner.find(sep);
      if (at == std::string::npos) continue;
      auto left = ParsePartial(inner.substr(0, at));
      auto right = ParsePartial(inner.substr(at + std::string_view(sep).size()));
      if (!left || !right) break;
      if (!right->year) right->year = label_year;
      if (!left->year) left->year = right->year;
      if (left->year && left->month && left->day)
        period.start = Iso(*left->year, *left->month, *left->day);
      if (right->year && right->month && right->day)
        period.end = Iso(*right->year, *right->month, *right->day);
      break;
    }
  }
  if ((!period.start || !period.end) && label_year) {
    if (const auto months = MonthsOfLabel(label)) {
      if (!period.start) period.start = Iso(*label_year, months->first, 1);
      if (!period.end)
        period.end = Iso(*label_year, months->second, DaysIn(*label_year, months->second));
    }
  }
  return period;
}

}  // namespace ogpx::extract::report
