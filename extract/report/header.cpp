// The part of a progress report above its table (see report_header.h).
#include "extract/report/header.h"

#include <array>
#include <cctype>

#include <algorithm>

#include "extract/common/countries.h"
#include "extract/common/dates.h"
#include "extract/common/numbers.h"
#include "extract/report/dates.h"
#include "extract/report/vocab.h"
#include "base/text.h"
#include "lang/vocabulary.h"

namespace ogpx::extract::report {
namespace {

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Prefixes that name the partnership, not the country ("ogp.name" rows),
// stripped language by language, the longest name of each first.
std::string StripPartnership(std::string s) {
  s = text::FoldWhitespace(s);
  std::vector<std::string_view> names;
  for (const std::string& language : lang::Languages())
    for (const lang::Term& t : lang::Terms("ogp.name"))
      if (t.language == language) names.emplace_back(t.phrase);
  for (std::string_view name : names) {
    const auto tokens = Tokens(s);
    const auto words = Tokens(name);
    if (tokens.size() > words.size() && std::equal(words.begin(), words.end(), tokens.begin())) {
      // Drop as many leading words of the original text.
      std::size_t pos = 0;
      for (std::size_t w = 0; w < words.size(); ++w) {
        pos = s.find(' ', pos);
        if (pos == std::string::npos) return "";
        ++pos;
      }
      s = s.substr(pos);
    }
  }
  return text::FoldWhitespace(s);
}

// "Mongolia's" -> "Mongolia", and a Cyrillic genitive ending dropped.
std::string CountryName(std::string s) {
  s = StripPartnership(std::move(s));
  while (!s.empty() && (s.back() == ',' || s.back() == ':')) s.pop_back();
  if (EndsWith(s, "'s") || EndsWith(s, "’s")) s = s.substr(0, s.rfind(EndsWith(s, "'s") ? "'s" : "’s"));
  if (text::ScriptOf(s) == text::Script::kCyrillic) {
    // The endings of a name's genitive ("genitive.suffix" valued "-"),
    // after a hyphen first.
    std::vector<std::string> endings;
    for (const char* hyphen : {"-", ""})
      for (const lang::Term& t : lang::Terms("genitive.suffix"))
        if (t.value == "-") endings.push_back(hyphen + t.phrase);
    for (const std::string& genitive : endings) {
      if (EndsWith(s, genitive)) {
        s = s.substr(0, s.size() - genitive.size());
        break;
      }
    }
  }
  return text::FoldWhitespace(s);
}

std::vector<HeaderLine> LabelledLines(const std::vector<layout::PageText>& pages, const HeaderArea& area,
                                      std::vector<std::string>& titles) {
  std::vector<HeaderLine> out;
  for (const layout::PageText& page : pages) {
    if (area.table_page && page.number > *area.table_page) break;
    for (const layout::PageLine& l : page.lines) {
      if (area.table_page && page.number == *area.table_page && l.line.box.y0 >= area.table_top - 1)
        continue;
      const std::string& text = l.line.text;
      if (auto h = SplitHeaderLine(text)) {
        out.push_back(std::move(*h));
      } else {
        titles.push_back(text);
      }
    }
    if (!area.table_page && page.number >= 1) break;  // no table: the first page only
  }
  return out;
}

// "Label | value" rows of two-cell tables (a header laid out as a table):
// the label cell, with or without its colon, followed by the value cell.
std::vector<HeaderLine> LabelledCells(const std::vector<Table>& tables) {
  std::vector<HeaderLine> out;
  for (const auto& table : tables) {
    for (int row = 0; row < table.rows; ++row) {
      std::vector<const Cell*> cells;
      for (const auto& cell : table.cells)
        if (cell.row == row && !text::FoldWhitespace(cell.text).empty()) cells.push_back(&cell);
      if (cells.size() != 2) continue;
      // A header row of a table ("Agency & Sub-Agency | Commitment") names
      // columns; its cells are never values.
      if (row < table.header_rows || ColumnFromLabel(cells[1]->text) ||
          (row == 0 && table.cols > 2 && ColumnFromLabel(cells[0]->text)))
        continue;
      std::string label = text::FoldWhitespace(cells[0]->text);
      if (!label.empty() && label.back() == ':') label.pop_back();
      if (label.find(':') != std::string::npos) continue;
      if (auto h = SplitHeaderLine(label + ": " + cells[1]->text)) out.push_back(std::move(*h));
    }
  }
  return out;
}

}  // namespace

std::optional<int> OrdinalNumber(std::string_view word) { return ParseOrdinal(word); }

// The agency named on a line of its own is among the header's first
// kAgencyLines lines, in at most kMaxAgencyWords words.
constexpr std::size_t kAgencyLines = 3;
constexpr std::size_t kMaxAgencyWords = 8;

bool EndsSentence(const std::string& line) {
  const std::string t = text::FoldWhitespace(line);
  return !t.empty() && (t.back() == '.' || t.back() == ':' || t.back() == ';');
}

// A plan's title after its ordinal has at most this many words.
constexpr std::size_t kMaxTitleWords = 6;

model::PlanRef PlanFromTitle(std::string_view line) {
  model::PlanRef ref;
  const std::string text = text::FoldWhitespace(line);
  // Split into words of the original text, remembering each word's key.
  std::vector<std::string> words;
  for (std::size_t pos = 0; pos < text.size();) {
    const auto sp = text.find(' ', pos);
    words.push_back(text.substr(pos, sp == std::string::npos ? std::string::npos : sp - pos));
    if (sp == std::string::npos) break;
    pos = sp + 1;
  }
  auto key = [&](std::size_t i) {
    const auto t = Tokens(words[i]);
    return t.empty() ? std::string() : t[0];
  };
  for (std::size_t i = 0; i < words.size(); ++i) {
    const auto n = OrdinalNumber(words[i]);
    if (!n) continue;
    // An ordinal before a plan's title ("Fifth National Action Plan", "Third
    // Open Government National Action Plan": plan.title rows).
    std::string after;
    for (std::size_t j = i + 1; j < words.size() && j <= i + kMaxTitleWords; ++j) after += key(j) + " ";
    // An ordinal right before the words that claim a plan as a kind
    // ("Fifth Action Plan": kind.plan.title) names the plan too.
    const bool before_title = lang::StartsWithTerm("plan.title", after) != nullptr ||
                              lang::StartsWithTerm("kind.plan.title", after) != nullptr;
    // A language that puts the ordinal inside ("national <ordinal> plan":
    // plan.ordinal.before, then a word starting with plan.ordinal.after).
    const bool inside = i > 0 && lang::ValueOf("plan.ordinal.before", key(i - 1)) && i + 1 < words.size() &&
                        lang::StartsWithTerm("plan.ordinal.after", key(i + 1)) != nullptr;
    const bool nap = i > 0 && lang::ValueOf("plan.abbrev", key(i - 1));
    if (!before_title && !inside && !nap) continue;
    ref.plan_number = *n;
    if (nap) return ref;
    // The country: the words before the ordinal (or the word before it), after the
    // last dash that separates the partnership's name.
    const std::size_t end = inside ? i - 1 : i;
    std::size_t begin = 0;
    for (std::size_t j = 0; j < end; ++j)
      if (words[j] == "—" || words[j] == "–" || words[j] == "-") begin = j + 1;
    std::string country;
    for (std::size_t j = begin; j < end; ++j) country += (country.empty() ? "" : " ") + words[j];
    if (country.empty() && begin > 0) {  // "OGP Mongolia — Fifth National Action Plan"
      std::size_t b = 0;
      for (std::size_t j = 0; j + 1 < begin; ++j)
        if (words[j] == "—" || words[j] == "–" || words[j] == "-") b = j + 1;
      for (std::size_t j = b; j + 1 < begin; ++j) country += (country.empty() ? "" : " ") + words[j];
    }
    country = CountryName(country);
    // A name: a known country, or capitalised words (a lower-case word,
    // "Report on the Implementation of the", is the title's own wording).
    if (auto known = FindCountry(country)) {
      ref.country = CanonicalCountry(*known);
    } else if (auto named = FindCountry(text)) {  // after the title ("the plan of <country>")
      ref.country = CanonicalCountry(*named);
    } else if (!country.empty()) {
      const std::vector<std::string> name = text::SplitSpaces(country);
      if (std::none_of(name.begin(), name.end(), [](const std::string& w) { return text::StartsLowercase(w); }))
        ref.country = CanonicalCountry(country);
    }
    return ref;
  }
  return ref;
}

// A reporting period stated in running text ("… covers … from 1 January
// 2024 to 30 June 2025"): the first range of two whole dates on the first
// kPeriodPages pages, read over windows of kRangeWords words (the range
// words are the vocabulary's, extract/common/dates.h ParsePeriod).
constexpr int kPeriodPages = 3;
constexpr std::size_t kRangeWords[] = {7, 8, 5};

std::optional<std::pair<model::ReportPeriod, int>> PeriodInProse(const std::vector<layout::PageText>& pages) {
  for (const layout::PageText& page : pages) {
    if (page.number > kPeriodPages) break;
    std::vector<std::string> words;
    for (const layout::PageLine& l : page.lines)
      for (std::string& w : text::SplitSpaces(l.line.text)) words.push_back(std::move(w));
    for (std::size_t i = 0; i < words.size(); ++i) {
      if (!std::isdigit(static_cast<unsigned char>(words[i][0])) && !std::isupper(static_cast<unsigned char>(words[i][0])))
        continue;
      for (std::size_t n : kRangeWords) {
        if (i + n > words.size()) continue;
        std::string window;
        for (std::size_t k = i; k < i + n; ++k) window += (window.empty() ? "" : " ") + words[k];
        while (!window.empty() && std::string_view(".,;)").find(window.back()) != std::string_view::npos) window.pop_back();
        // Two whole dates: each printed with its day (a number of one or
        // two digits), not a span of months.
        std::size_t days = 0;
        for (std::size_t k = i; k < i + n; ++k) {
          std::string_view w = words[k];
          while (!w.empty() && (w.back() == ',' || w.back() == '.')) w.remove_suffix(1);
          days += !w.empty() && w.size() <= 2 && std::all_of(w.begin(), w.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
        }
        if (days != 2) continue;
        const auto range = ParsePeriod(window);
        if (!range || !(range->start < range->end)) continue;
        model::ReportPeriod p;
        p.start = range->start.Iso();
        p.end = range->end.Iso();
        return std::make_pair(p, page.number);
      }
    }
  }
  return std::nullopt;
}

void ReadHeader(const std::vector<layout::PageText>& pages, const std::vector<Table>& tables,
                const HeaderArea& area, model::ProgressReport& report, std::vector<Warning>& warnings) {
  std::vector<std::string> titles;
  std::vector<HeaderLine> labelled = LabelledLines(pages, area, titles);
  const auto cells = LabelledCells(tables);
  labelled.insert(labelled.end(), cells.begin(), cells.end());
  for (const auto& h : labelled) {
    switch (h.field) {
      case HeaderField::kAgency:
        if (!report.agency) report.agency = h.value;
        break;
      case HeaderField::kPeriod:
        if (!report.period.label) {
          const auto period = ParseReportPeriod(h.value);
          report.period = period;
          if (!period.start || !period.end)
            warnings.push_back({std::nullopt, "report_period_unparsed",
                                "reporting period not understood: " + h.value});
        }
        break;
      case HeaderField::kSubmitted:
        if (!report.submitted) {
          report.submitted = ParseReportDate(h.value);
          if (!report.submitted)
            warnings.push_back({std::nullopt, "report_date_unparsed",
                                "submission date not understood: " + h.value});
        }
        break;
    }
  }
  if (!report.period.start) {
    if (auto found = PeriodInProse(pages)) {
      report.period.start = found->first.start;
      report.period.end = found->first.end;
      warnings.push_back({found->second, "report_period_from_prose",
                          "the reporting period " + *report.period.start + " to " + *report.period.end +
                              " was read from running text: no header labels it"});
    }
  }
  // No "Reporting agency:" line: the agency named alone on a line of the
  // header ("Ministry of Justice" over the report's title), a name that
  // opens with the word that heads an organisation's (org.head).
  if (!report.agency) {
    for (std::size_t k = 0; k < titles.size() && k < kAgencyLines; ++k) {
      const std::vector<std::string> words = text::SplitSpaces(titles[k]);
      if (words.empty() || words.size() > kMaxAgencyWords || EndsSentence(titles[k])) continue;
      if (lang::ValueOf("org.head", text::FoldForMatch(words.front()))) {
        report.agency = text::FoldWhitespace(titles[k]);
        break;
      }
    }
  }
  for (const auto& title : titles) {
    if (!report.period.label) report.period.label = SelfAssessmentTermOf(title);
    // A table of statuses under a title that names a self-assessment.
    if (report.report_type == "progress" && NamesSelfAssessment(title)) report.report_type = "self_assessment";
  }
  for (const auto& title : titles) {
    const auto ref = PlanFromTitle(title);
    if (ref.plan_number && ref.country) {
      report.plan = ref;
      return;
    }
    if (ref.plan_number && !report.plan.plan_number) report.plan = ref;
  }
  if (report.plan.plan_number) {
    // The country on a line of its own ("United States of America" above
    // "Midterm Self-Assessment Report … Third … National Action Plan").
    std::string joined;
    for (const auto& title : titles) joined += title + "\n";
    if (auto country = FindCountry(joined)) report.plan.country = CanonicalCountry(*country);
    return;
  }
  // Running footers: "… OGP NAP V progress report …".
  for (const layout::PageText& page : pages)
    for (const layout::PageLine& l : page.lines) {
      const auto ref = PlanFromTitle(l.line.text);
      if (ref.plan_number) {
        report.plan.plan_number = ref.plan_number;
        return;
      }
    }
}

}  // namespace ogpx::extract::report
