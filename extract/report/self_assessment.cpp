// OGP self-assessment reports (see report_self_assessment.h).
#include "extract/report/self_assessment.h"

#include <algorithm>
#include <map>
#include <regex>
#include <set>
#include <string>

#include "extract/report/boxes.h"
#include "extract/report/table.h"
#include "extract/report/text.h"
#include "extract/report/vocab.h"
#include "base/text.h"
#include "extract/common/numbers.h"
#include "lang/vocabulary.h"

namespace ogpx::extract::report {
namespace {

using model::Status;

// A level column of the "Completion level" row.
struct Level {
  int col = 0, span = 1;
  Status status;
};

struct Commitment {
  std::string printed;                    // "8" as printed in its heading
  int page = 0;
  std::set<int> pages;
  bool level_row = false;                 // a "Completion level" row was read
  std::optional<Status> whole;            // a glyph under a level
  std::map<char, Status> letters;         // letters under levels
  std::vector<TextLine> results, next_steps;
};

// "8. Empower Americans …" -> "8"; a heading must carry a title.
std::optional<std::string> HeadingNumber(const std::string& text) {
  static const std::regex kHeading(R"(^\s*(\d{1,3}(?:\.\d{1,3})?)[.:)]?\s+\S)");
  std::smatch m;
  const std::string head = text.substr(AfterCommitmentWord(text), 96);
  if (!std::regex_search(head, m, kHeading)) return std::nullopt;
  return m[1].str();
}

// The letters of a mark ("a, b", "c and d"), empty when the mark is a glyph.
std::vector<char> MarkLetters(const std::string& text) {
  std::vector<char> out;
  for (const auto& token : Tokens(text)) {
    // "and" between letters (a vocabulary's conjunction; one letter is a mark).
    if (token.size() > 1 && lang::ValueOf("conjunction", token)) continue;
    if (token.size() != 1 || token[0] < 'a' || token[0] > 'z') return {};
    out.push_back(token[0]);
  }
  return out;
}

// Paragraphs of a lettered cell: "a. …" starts the paragraph of 'a' (the
// prefix dropped); lines before the first letter belong to no letter.
std::map<char, std::vector<TextLine>> LetteredParagraphs(const std::vector<TextLine>& lines) {
  static const std::regex kLetter(R"(^\s*\(?([a-z])[.)]\s+)");
  std::map<char, std::vector<TextLine>> out;
  char current = 0;
  for (const auto& line : lines) {
    std::smatch m;
    if (std::regex_search(line.text, m, kLetter)) {
      current = m[1].str()[0];
      out[current].push_back({line.text.substr(static_cast<std::size_t>(m.length(0))), line.reaches_edge});
    } else if (current) {
      out[current].push_back(line);
    }
  }
  return out;
}

std::optional<std::string> Paragraph(const std::vector<TextLine>& lines, char letter) {
  if (letter) {
    const auto paragraphs = LetteredParagraphs(lines);
    if (auto it = paragraphs.find(letter); it != paragraphs.end()) {
      std::string text = JoinLines(it->second);
      if (!text.empty()) return text;
    }
  }
  std::string text = JoinLines(lines);
  if (text.empty() || text == "-") return std::nullopt;
  return text;
}

std::vector<const Cell*> RowCells(const Table& table, int row) {
  std::vector<const Cell*> out;
  for (const auto& cell : table.cells)
    if (cell.row == row) out.push_back(&cell);
  std::sort(out.begin(), out.end(), [](const Cell* a, const Cell* b) { return a->col < b->col; });
  return out;
}

bool Blank(const Cell& cell) { return text::FoldWhitespace(cell.text).empty(); }

// Reads the rows of every table into commitments.
class Reader {
 public:
  explicit Reader(std::vector<Warning>& warnings) : warnings_(warnings) {}

  void Table(const layout::Table& table) {
    mark_rows_until_ = -1;
    for (int row = 0; row < table.rows; ++row) Row(table, row);
  }

  // A commitment heading "N. Title", in a table's heading row or printed
  // above the table.
  void Heading(const std::string& number, int page, double top) {
    Commitment c;
    c.printed = number;
    c.page = page;
    c.pages.insert(page);
    if (!first_page_) {
      first_page_ = page;
      top_ = top;
    }
    commitments_.push_back(std::move(c));
    field_ = SelfAssessmentRow::kOther;
  }

  std::vector<Commitment>& commitments() { return commitments_; }
  bool found() const { return found_; }
  std::optional<int> first_page() const { return first_page_; }
  double top() const { return top_; }

 private:
  void Row(const layout::Table& table, int row) {
    const auto cells = RowCells(table, row);
    std::vector<const Cell*> filled;
    for (const Cell* c : cells)
      if (!Blank(*c)) filled.push_back(c);
    if (filled.empty()) return;

    // A heading: one cell across the table, "N. Title".
    if (filled.size() == 1 && filled[0]->col == 0 && (table.cols == 1 || filled[0]->col_span >= 2)) {
      if (auto n = HeadingNumber(filled[0]->text)) {
        const int page = filled[0]->regions.empty() ? table.first_page() : filled[0]->regions.front().page;
        Heading(*n, page, filled[0]->regions.empty() ? 0 : filled[0]->regions.front().box.y0);
        Touch(cells);
        return;
      }
    }
    if (commitments_.empty()) return;
    Commitment& c = commitments_.back();
    Touch(cells);

    const Cell* label = !cells.empty() && cells.front()->col == 0 ? cells.front() : nullptr;
    std::vector<const Cell*> values;
    for (const Cell* v : filled)
      if (v != label) values.push_back(v);

    if (row <= mark_rows_until_ || (label && Blank(*label) && field_ == SelfAssessmentRow::kLevel && !marked_)) {
      Marks(c, values, table.first_page());
      return;
    }
    if (label && !Blank(*label)) {
      field_ = SelfAssessmentRowOf(label->text);
      if (field_ == SelfAssessmentRow::kLevel) {
        levels_.clear();
        bool boxes = false;
        for (const Cell* v : values) {
          if (auto s = StatusFromWording(v->text)) levels_.push_back({v->col, v->col_span, *s});
          boxes = boxes || BoxIn(v->text) != BoxMark::kNone;
        }
        if (levels_.size() < 2) {
          // One value cell: the levels listed with tick boxes ("☐ Limited
          // ☒ Substantial …"), or the level written out ("Substantial").
          if (values.size() == 1 && (boxes || levels_.size() == 1)) {
            found_ = true;
            c.level_row = true;
            const auto level = boxes ? CheckedLevel(values.front()->text) : levels_.front().status;
            if (!c.whole && level) c.whole = level;
          }
          field_ = SelfAssessmentRow::kOther;
          return;
        }
        found_ = true;
        c.level_row = true;
        marked_ = false;
        if (boxes) {  // each level cell carries its own box: "☒ Substantial"
          for (const Cell* v : values)
            if (BoxIn(v->text) == BoxMark::kChecked)
              if (auto level = StatusFromWording(v->text)) Mark(c, *level, table.first_page());
          mark_rows_until_ = row;
          return;
        }
        mark_rows_until_ = row + label->row_span - 1;
        return;
      }
    }
    // Value cells of a results / next steps row, or of its continuation
    // (an empty label: the row was cut by a page break).
    std::vector<TextLine>* target = field_ == SelfAssessmentRow::kResults     ? &c.results
                                    : field_ == SelfAssessmentRow::kNextSteps ? &c.next_steps
                                                                              : nullptr;
    if (!target) return;
    for (const Cell* v : values) {
      const auto lines = CellTextLines(*v);
      target->insert(target->end(), lines.begin(), lines.end());
    }
  }

  void Marks(Commitment& c, const std::vector<const Cell*>& values, int page) {
    for (const Cell* v : values) {
      const Level* level = nullptr;
      for (const auto& l : levels_)
        if (v->col >= l.col && v->col < l.col + l.span) level = &l;
      if (!level || BoxIn(v->text) == BoxMark::kEmpty) continue;  // an empty box is no mark
      marked_ = true;
      const auto letters = MarkLetters(text::FoldForMatch(v->text));
      for (char letter : letters) c.letters.emplace(letter, level->status);
      if (letters.empty()) Mark(c, level->status, page);
    }
  }

  // The commitment's level; a second, different one is warned and dropped.
  void Mark(Commitment& c, Status level, int page) {
    marked_ = true;
    if (c.whole && *c.whole != level) {
      warnings_.push_back({page, "self_assessment_two_marks",
                           "commitment " + c.printed + ": a completion level is marked in two columns; "
                           "the first is kept"});
      return;
    }
    c.whole = level;
  }

  void Touch(const std::vector<const Cell*>& cells) {
    if (commitments_.empty()) return;
    for (const Cell* cell : cells)
      for (const auto& r : cell->regions) commitments_.back().pages.insert(r.page);
  }

  std::vector<Warning>& warnings_;
  std::vector<Commitment> commitments_;
  std::vector<Level> levels_;
  SelfAssessmentRow field_ = SelfAssessmentRow::kOther;
  int mark_rows_until_ = -1;
  bool marked_ = false;
  bool found_ = false;
  std::optional<int> first_page_;
  double top_ = 0;
};

// Numbers as printed, or "<section>.<printed>" when the printed numbers
// restart (sections by position).
std::vector<std::string> Numbers(const std::vector<Commitment>& commitments, std::vector<Warning>& warnings) {
  std::vector<std::string> out;
  for (const auto& c : commitments) out.push_back(c.printed);
  const bool plain = std::none_of(commitments.begin(), commitments.end(),
                                  [](const Commitment& c) { return c.printed.find('.') != std::string::npos; });
  auto restarts_at = [&](std::size_t i) {
    return i > 0 && std::stoi(commitments[i].printed) <= std::stoi(commitments[i - 1].printed);
  };
  bool restarts = false;
  for (std::size_t i = 1; plain && i < commitments.size(); ++i) restarts = restarts || restarts_at(i);
  if (!restarts) return out;
  int section = 1;
  for (std::size_t i = 0; i < commitments.size(); ++i) {
    if (restarts_at(i)) ++section;
    if (i == 0 || restarts_at(i))
      warnings.push_back({commitments[i].page, "commitment_number_inferred",
                          "commitment numbering restarts in section " + std::to_string(section) +
                              " (by position); its commitments are numbered " + std::to_string(section) +
                              ".<printed number>"});
    out[i] = std::to_string(section) + "." + commitments[i].printed;
  }
  return out;
}

}  // namespace

SelfAssessmentReading ReadSelfAssessment(const std::vector<Table>& tables, std::vector<Warning>& warnings,
                                         const std::vector<layout::PageText>& pages) {
  SelfAssessmentReading reading;
  Reader reader(warnings);
  // A heading printed above a table: a free line "N. Title" close above a
  // table's top (or at the foot of the page before a table that opens the
  // next page).
  struct FreeLine {
    const CellLine* line;
    double page_height;
  };
  std::vector<FreeLine> lines;
  for (const layout::PageText& page : pages)
    for (const layout::PageLine& l : page.lines)
      if (!l.in_table) lines.push_back({&l.line, page.height});
  std::map<int, std::vector<std::size_t>> on_page;
  for (std::size_t i = 0; i < lines.size(); ++i) on_page[lines[i].line->page].push_back(i);
  std::vector<bool> used(lines.size(), false);
  for (const auto& table : tables) {
    if (table.regions.empty()) continue;
    const Region& top = table.regions.front();
    std::vector<std::size_t> near;  // lines of the page before and of the table's page, in order
    for (int page : {top.page - 1, top.page})
      if (auto it = on_page.find(page); it != on_page.end()) near.insert(near.end(), it->second.begin(), it->second.end());
    for (std::size_t i : near) {
      const CellLine& l = *lines[i].line;
      if (used[i]) continue;
      const bool above = l.page == top.page && l.box.y1 <= top.box.y0 + 1 && top.box.y0 - l.box.y1 < 40;
      const bool foot = l.page + 1 == top.page && l.box.y0 > lines[i].page_height * 0.8 && top.box.y0 < 120;
      if (!above && !foot) continue;
      if (auto n = HeadingNumber(l.text)) {
        used[i] = true;
        reader.Heading(*n, l.page, l.box.y0);
      }
    }
    reader.Table(table);
  }
  reading.found = reader.found();
  if (!reading.found) return reading;
  reading.first_page = reader.first_page();
  reading.top = reader.top();

  // Headings with no level row (an introduction's numbered list) are no
  // commitments, and must not move the numbering's sections.
  std::vector<Commitment> commitments;
  for (auto& c : reader.commitments())
    if (c.level_row) commitments.push_back(std::move(c));
  const auto numbers = Numbers(commitments, warnings);
  for (std::size_t i = 0; i < commitments.size(); ++i) {
    const Commitment& c = commitments[i];
    const std::vector<int> pages(c.pages.begin(), c.pages.end());
    auto entry_for = [&](char letter, Status status) {
      model::ReportEntry e;
      e.milestone = letter ? numbers[i] + "." + std::string(1, letter) : numbers[i];
      e.commitment = numbers[i];
      e.status = status;
      e.results = Paragraph(c.results, letter);
      e.next_steps = Paragraph(c.next_steps, letter);
      e.pages = pages;
      reading.entries.push_back(std::move(e));
    };
    if (c.whole) entry_for(0, *c.whole);
    for (const auto& [letter, status] : c.letters) entry_for(letter, status);
    if (!c.whole && c.letters.empty())
      warnings.push_back({c.page, "self_assessment_no_mark",
                          "commitment " + numbers[i] + ": no completion level is marked"});
  }
  return reading;
}

}  // namespace ogpx::extract::report
