// Plan title, country, number, period and participants; see action_plan_meta.h.
#include "extract/plan/meta.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>

#include "extract/common/casing.h"
#include "extract/common/countries.h"
#include "extract/common/dates.h"
#include "extract/common/numbers.h"
#include "extract/plan/stakeholders.h"
#include "base/text.h"
#include "lang/vocabulary.h"
#include "layout/columns.h"

namespace ogpx::extract::plan {
namespace {



bool IsTitleLine(const std::string& folded) {
  // A phrase naming an action plan (the vocabularies' "plan.title" rows).
  if (lang::FindTerm("plan.title", folded)) return true;
  // A title with the ordinal inside ("national <ordinal> plan": the
  // vocabularies' plan.ordinal.before and .after rows), anything between.
  for (const lang::Term& before : lang::Terms("plan.ordinal.before")) {
    const std::size_t a = folded.find(before.phrase);
    if (a == std::string::npos) continue;
    for (const lang::Term& after : lang::Terms("plan.ordinal.after"))
      if (folded.find(after.phrase, a) != std::string::npos) return true;
  }
  return false;
}

// Title lines differ in size by less than this (points).
constexpr double kSameTitleSize = 0.5;
// Lines of one title block are at most this many line heights apart.
constexpr double kTitleLineGap = 1.0;

// A line under a title that carries its period: two years ("2024-2027",
// "2013 to 2015"), or a year alone; not a date ("December 5, 2013").
bool CarriesPeriod(const std::string& s) {
  int years = 0, run = 0;
  bool other_letters = false;
  for (char c : s) {
    run = std::isdigit(static_cast<unsigned char>(c)) ? run + 1 : 0;
    years += run == 4;
    other_letters = other_letters || std::isalpha(static_cast<unsigned char>(c));
  }
  return years >= 2 || (years == 1 && !other_letters);
}

bool HasYear(const std::string& s) {
  int run = 0;
  for (char c : s) {
    run = std::isdigit(static_cast<unsigned char>(c)) ? run + 1 : 0;
    if (run == 4) return true;
  }
  return false;
}

// The first ordinal of `text` ("Fifth", "5th", "V"); with `highest`, the
// largest (lines that name this plan and the plans before it: "our first
// plan …", "this second National Action Plan").
std::optional<int> PlanNumberIn(const std::string& text, bool highest = false) {
  std::optional<int> best;
  std::string cur;
  std::string s = text::FoldWhitespace(text) + " ";
  for (char c : s) {
    if (c == ' ') {
      if (!cur.empty()) {
        auto n = ParseOrdinal(cur);
        if (n && *n <= 40 && !HasYear(cur)) {
          if (!highest) return n;
          if (!best || *n > *best) best = n;
        }
      }
      cur.clear();
    } else {
      cur += c;
    }
  }
  return best;
}

void AppendCodePoint(std::string& out, UChar32 c) {
  uint8_t buf[4];
  int32_t n = 0;
  UBool error = false;
  U8_APPEND(buf, n, 4, c, error);
  if (error) return;
  out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
}

// Three words or more with letters: a paragraph or a heading, not noise.
// A name in a list of one name a line has at most this many words.
constexpr std::size_t kMaxBareNameWords = 12;

bool IsProse(const std::string& s) {
  int words = 0;
  bool letters = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (std::isalpha(static_cast<unsigned char>(s[i])) || static_cast<unsigned char>(s[i]) >= 0x80)
      letters = true;
    if (s[i] != ' ' && (i == 0 || s[i - 1] == ' ')) ++words;
  }
  return letters && words >= 3;
}

// A line of digits only: a page number.
bool IsPageNumber(const std::string& s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == ' '; });
}

bool StartsWithNumber(const std::string& s) {
  std::size_t i = 0;
  while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
  return i > 0 && i < s.size() && (s[i] == '.' || s[i] == ')');
}

}  // namespace

std::string NormalCase(const std::string& s) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  auto length = static_cast<int32_t>(s.size());
  bool has_upper = false;
  for (int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (u_islower(c)) return s;
    has_upper = has_upper || u_isupper(c);
  }
  if (!has_upper) return s;
  std::string out;
  bool word_start = true;
  std::string word;
  for (int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c == ' ') {
      word_start = true;
      out += ' ';
      continue;
    }
    if (word_start) {
      // Look at the whole word to keep small words in lower case.
      int32_t j = i - U8_LENGTH(c);
      int32_t k = j;
      std::string lower;
      while (k < length) {
        UChar32 d = 0;
        int32_t before = k;
        U8_NEXT(bytes, k, length, d);
        if (d == ' ') {
          k = before;
          break;
        }
        AppendCodePoint(lower, u_tolower(d));
      }
      const bool small = !out.empty() && IsMinorWord(lower);
      c = small ? u_tolower(c) : u_toupper(c);
      word_start = false;
    } else {
      c = u_tolower(c);
    }
    AppendCodePoint(out, c);
  }
  return out;
}

MetaNotes ReadPlanMeta(const std::vector<StreamItem>& items, std::size_t end, model::ActionPlan& plan) {
  MetaNotes notes;
  end = std::min(end, items.size());
  std::optional<std::size_t> title_at;
  std::string all_titles;
  for (std::size_t i = 0; i < end; ++i) {
    if (items[i].is_row()) continue;
    std::string folded = text::FoldForMatch(items[i].line.text);
    // A title wrapped over two lines of the same type ("… Ardani Ulsyn
    // undesnii" / "guravdugaar tolovlogoo 2024-2026").
    const bool wrapped = i + 1 < end && !items[i + 1].is_row() && items[i + 1].page == items[i].page &&
                         std::abs(items[i + 1].line.font_size - items[i].line.font_size) < 0.3 &&
                         IsTitleLine(folded + " " + text::FoldForMatch(items[i + 1].line.text));
    if (!IsTitleLine(folded) && !wrapped) continue;
    // The title is set larger than the running text that names the plan
    // ("Enekhuu tolovlogoog … undesnii forumaar …"): the largest such line,
    // the last of equals.
    if (!title_at || items[i].line.font_size >= items[*title_at].line.font_size - 0.25) title_at = i;
    all_titles += " " + items[i].line.text;
  }
  // A cover whose largest type, read across its lines, names the plan
  // ("Open Government / Partnership UK National / Action Plan 2013 to 2015").
  std::vector<std::string> cover_lines;
  std::size_t cover_last = 0;  // index of the last of them
  if (end > 0) {
    const int first_page = items.front().page;
    double largest = 0;
    for (std::size_t i = 0; i < end && items[i].page == first_page; ++i)
      if (!items[i].is_row()) largest = std::max(largest, items[i].line.font_size);
    for (std::size_t i = 0; i < end && items[i].page == first_page; ++i) {
      if (items[i].is_row() || items[i].line.font_size < largest - 0.5) continue;
      cover_lines.push_back(items[i].line.text);
      cover_last = i;
    }
    // The cover's largest type names the plan with the words that claim a
    // plan as a kind (kind.plan.title: "Action Plan for the Implementation
    // of …"), which inside running text would be too loose.
    const std::string cover_title = text::FoldForMatch(JoinLines(cover_lines));
    if (largest > 0 && (IsTitleLine(cover_title) || lang::FindTerm("kind.plan.title", cover_title)))
      all_titles = " " + JoinLines(cover_lines) + all_titles;
    else
      cover_lines.clear();
  }
  std::vector<std::string> lines = cover_lines;
  std::size_t bottom = cover_last;
  if (lines.empty()) {
    if (!title_at) return notes;
    // The title block: the lines of the title's type right above and below
    // it ("SECOND OPEN GOVERNMENT / NATIONAL ACTION PLAN FOR / THE UNITED
    // STATES OF AMERICA").
    std::size_t top = *title_at;
    bottom = *title_at;
    auto same_block = [&](std::size_t a, std::size_t b) {  // b right below a
      const CellLine& x = items[a].line;
      const CellLine& y = items[b].line;
      return !items[a].is_row() && !items[b].is_row() && x.page == y.page &&
             std::abs(x.font_size - y.font_size) < kSameTitleSize &&
             y.box.y0 - x.box.y1 <= kTitleLineGap * std::max(1.0, x.box.height());
    };
    while (top > 0 && same_block(top - 1, top)) --top;
    while (bottom + 1 < end && same_block(bottom, bottom + 1)) ++bottom;
    for (std::size_t i = top; i <= bottom; ++i) lines.push_back(items[i].line.text);
  }
  // Then the lines below the title (or the cover's title) that carry its
  // years ("2019 – 2022" on a line of its own).
  const CellLine* last = &items[bottom].line;
  for (std::size_t i = bottom + 1; i < end; ++i) {
    const StreamItem& it = items[i];
    if (it.is_row() || it.page != last->page) break;
    double gap = it.line.box.y0 - last->box.y1;
    if (gap > std::max(last->box.height(), 8.0) * 2.5 || !CarriesPeriod(it.line.text)) break;
    lines.push_back(it.line.text);
    last = &it.line;
  }
  std::string title = text::FoldWhitespace(JoinLines(lines));
  // A title printed in capitals is re-cased; the acronyms the plan prints
  // in its running text keep their capitals ("OGP", not "Ogp").
  plan.title = NormalCase(title);
  if (*plan.title != title) {
    std::vector<std::string> texts;
    for (const StreamItem& it : items)
      if (!it.is_row()) texts.push_back(it.line.text);
    plan.title = KeepAcronyms(*plan.title, AcronymsIn(texts));
  }
  plan.plan_number = PlanNumberIn(title);
  // Then the cover: the first page's lines ("SECOND" set on a line of its own).
  if (!plan.plan_number && end > 0) {
    std::string cover;
    for (std::size_t i = 0; i < end && items[i].page == items.front().page; ++i)
      if (!items[i].is_row()) cover += " " + items[i].line.text;
    if (IsTitleLine(text::FoldForMatch(cover))) plan.plan_number = PlanNumberIn(cover);
  }
  if (!plan.plan_number) {
    plan.plan_number = PlanNumberIn(all_titles, true);
    if (plan.plan_number) notes.number_from_prose_page = title_at ? items[*title_at].page : 1;
  }
  if (auto span = ParseYearSpan(title)) plan.period = *span;
  plan.country = FindCountry(title);
  if (!plan.country) plan.country = FindCountry(all_titles);
  return notes;
}

// An annex listing organisations without numbers, in one or more columns
// ("Annex B: UK OGP Civil Society Network", then "Article 19*", "Big Lottery
// Fund", ...): after the heading and its prose, each column's lines are split
// into names as a stakeholder cell's are (a line whose next line's first
// word would not have fitted is wrapped: "The International Records
// Management" / "Trust").
void ReadUnnumberedAnnex(const std::vector<layout::PageText>& pages, model::Participants& out) {
  for (const layout::PageText& page : pages) {
    for (std::size_t h = 0; h < page.lines.size(); ++h) {
      const std::string heading = text::FoldForMatch(page.lines[h].line.text);
      if (!heading.starts_with("annex") && !heading.starts_with("appendix")) continue;
      const bool civil = heading.find("civil society") != std::string::npos ||
                         heading.find("non-government") != std::string::npos ||
                         heading.find("ngo") != std::string::npos;
      const bool government = !civil && heading.find("government") != std::string::npos;
      if (!civil && !government) continue;
      std::vector<CellLine> items;
      const double heading_y = page.lines[h].line.box.y1;
      for (const layout::PageLine& l : page.lines) {
        if (l.line.box.y0 < heading_y) continue;
        const std::string& text = l.line.text;
        if (text.empty() || IsPageNumber(text)) continue;
        const bool prose = text.back() == '.' || text.back() == ':' || text::SplitSpaces(text).size() > 8;
        if (prose) {
          if (!items.empty() && l.line.box.y0 > items.back().box.y1) break;  // the list is over
          continue;
        }
        CellLine cl;
        cl.page = page.number;
        cl.box = l.line.box;
        cl.text = text;
        items.push_back(cl);
      }
      if (items.size() < 3) continue;
      // Columns by left edge (edges within 5 pt are one column), each read
      // top to bottom.
      std::sort(items.begin(), items.end(), [](const CellLine& a, const CellLine& b) { return a.box.x0 < b.box.x0; });
      std::vector<std::vector<CellLine>> columns;
      for (const CellLine& l : items) {
        if (columns.empty() || l.box.x0 - columns.back().back().box.x0 > 5) columns.emplace_back();
        columns.back().push_back(l);
      }
      for (auto& column : columns)
        std::sort(column.begin(), column.end(), [](const CellLine& a, const CellLine& b) { return a.box.y0 < b.box.y0; });
      // A column ends a gap before the next one; the last at the page's text margin.
      double margin = 0;
      for (const layout::PageLine& l : page.lines) margin = std::max(margin, l.line.box.x1);
      auto& list = civil ? out.civil_society : out.government;
      for (std::size_t k = 0; k < columns.size(); ++k) {
        const auto& column = columns[k];
        const double right = k + 1 < columns.size() ? columns[k + 1].front().box.x0 - 8 : margin;
        for (const std::string& name : SplitOrganisations(column, right, KnownOrgs{}))
          if (std::string clean = CleanOrgName(name); !clean.empty()) list.push_back(clean);
      }
      return;
    }
  }
}


namespace {

// True when the centre of `box` lies in a ruled table of two rows and two
// columns or more on page `page`.
bool InTable(const std::vector<Table>& tables, int page, const ingest::Box& box) {
  for (const Table& t : tables) {
    if (!t.ruled || t.rows < 2 || t.cols < 2) continue;
    for (const Region& r : t.regions)
      if (r.page == page && box.cx() >= r.box.x0 && box.cx() <= r.box.x1 && box.cy() >= r.box.y0 &&
          box.cy() <= r.box.y1)
        return true;
  }
  return false;
}

}  // namespace

model::Participants ReadParticipants(const std::vector<layout::PageText>& pages, const std::vector<Table>& tables) {
  model::Participants out;
  std::vector<std::string>* list = nullptr;
  std::vector<std::string> current;
  int pending = 0;
  bool in_annex = false;
  bool bare = false;  // the list under a sector label has no numbered item yet
  int list_page = 0;
  auto flush = [&] {
    if (list != nullptr && !current.empty()) {
      std::string name = CleanOrgName(JoinLines(current));
      if (!name.empty()) list->push_back(name);
    }
    current.clear();
  };
  std::vector<std::string> lines;
  std::vector<int> line_pages;
  for (const layout::PageText& page : pages) {
    // Outside the template's tables (no annex), top to bottom: the page's
    // text may come in any order, and the annex is one column of names even
    // where a scan's numbers and names look like two columns.
    std::vector<const CellLine*> free;
    std::vector<ingest::Box> boxes;
    for (const layout::PageLine& l : page.lines) {
      if (InTable(tables, page.number, l.line.box)) continue;
      free.push_back(&l.line);
      boxes.push_back(l.line.box);
    }
    const std::vector<int> rank = layout::TopToBottom(boxes);
    std::vector<const CellLine*> ordered(free.size());
    for (std::size_t i = 0; i < free.size(); ++i) ordered[static_cast<std::size_t>(rank[i])] = free[i];
    for (const CellLine* pl : ordered) {
      std::string line = pl->text;
      // OCR's specks at either end ("* 3. Anti-Corruption Commission;",
      // ". Civil society organisations:", "4. Ministry of Interior; :").
      static constexpr std::string_view kSpecks = "*.,'`:;|‘’ ";
      const std::size_t first = line.find_first_not_of(kSpecks);
      if (first != std::string::npos && first > 0) line = line.substr(first);
      while (line.size() > 2 && line.back() == ':' && line[line.size() - 2] == ' ') {
        line.pop_back();
        line = text::FoldWhitespace(line);
      }
      lines.push_back(line);
      line_pages.push_back(page.number);
    }
  }
  for (std::size_t li = 0; li < lines.size(); ++li) {
    const std::string& line = lines[li];
    // A list of one name a line ends with its page, or at a date.
    if (bare && (line_pages[li] != list_page || HasYear(line))) {
      flush();
      list = nullptr;
      bare = false;
    }
    if (!line.empty() && IsPageNumber(line)) continue;
    std::string folded = text::FoldForMatch(line);
    // A heading that starts a list of one sector ("List of civil society
    // organisations"; the vocabularies' "participants.*" rows).
    const lang::Term* heading = lang::FindTerm("participants.heading", folded);
    // In an annex of participants, a sector label on a line of its own
    // ("Government organisations:", "Por la sociedad civil:").
    if (lang::StartsWithTerm("participants.annex", folded) || lang::FindTerm("participants.phrase", folded))
      in_annex = true;
    const lang::Term* sector_label = nullptr;
    if (in_annex && heading == nullptr && line.ends_with(":")) {
      const std::string label = folded.substr(0, folded.find_last_not_of(" :") + 1);
      for (const lang::Term& t : lang::Terms("participants.sector"))
        if (label == t.phrase) sector_label = &t;
    }
    if (heading != nullptr || sector_label != nullptr) {
      flush();
      const bool civil = (heading != nullptr ? heading : sector_label)->value == "civil_society";
      list = civil ? &out.civil_society : &out.government;
      pending = 0;
      bare = sector_label != nullptr;
      list_page = line_pages[li];
      continue;
    }
    if (list == nullptr) continue;
    if (StartsWithNumber(line)) bare = false;
    // Under a sector label with no numbered item, one name a line (a cover's
    // committee box: a sector label, then its members), until prose.
    if (bare && text::SplitSpaces(line).size() <= kMaxBareNameWords && !line.ends_with(":") &&
        !line.ends_with(".")) {
      flush();
      current.push_back(line);
      continue;
    }
    if (StartsWithNumber(line)) {
      flush();
      if (CleanOrgName(line).empty()) {
        ++pending;  // the number alone: OCR read the numbers as their own column
      } else {
        current.push_back(line);
      }
      continue;
    }
    // An unnumbered line continues an item that has not ended, or starts the
    // item of a number read on its own; short noise (page numbers, scanner
    // specks) is skipped; other text ends the list.
    bool open = !current.empty() && !current.back().ends_with(";") && !current.back().ends_with(".");
    if (open) {
      current.push_back(line);
    } else if (pending > 0) {
      flush();
      --pending;
      current.push_back(line);
    } else if (!IsProse(line)) {
      continue;
    } else {
      flush();
      list = nullptr;
    }
  }
  flush();
  if (out.government.empty() && out.civil_society.empty()) ReadUnnumberedAnnex(pages, out);
  return out;
}

}  // namespace ogpx::extract::plan
