// Tables of activities under a narrative commitment; see narrative.h
// (ReadActivityTables).
#include <algorithm>
#include <cctype>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "base/text.h"
#include "extract/common/numbers.h"
#include "extract/plan/cells.h"
#include "extract/plan/labels.h"
#include "extract/plan/narrative.h"
#include "extract/plan/rows.h"
#include "extract/plan/stakeholders.h"
#include "extract/plan/table_header.h"
#include "lang/vocabulary.h"

namespace ogpx::extract::plan {
namespace {

std::string CellAt(const Table& t, int row, int col) {
  if (col < 0) return "";
  const Cell* c = t.At(row, col);
  return c == nullptr ? "" : text::FoldWhitespace(JoinLines(LineTexts(*c)));
}

// Lines that open with a milestone number of `commitment`, each with the
// lines that wrap it.
std::vector<std::string> SplitNumberedLines(const std::vector<std::string>& lines, const std::string& commitment) {
  std::vector<std::string> out;
  for (const std::string& l : lines) {
    const auto h = ParseLeadingNumber(l);
    if (h && h->number.starts_with(commitment + "."))
      out.push_back(text::FoldWhitespace(l));
    else if (!out.empty())
      out.back() = JoinLines({out.back(), l});
  }
  return out;
}

// A value that lists at least this many numbered steps is the milestones'.
constexpr std::size_t kMinListedSteps = 2;

struct Columns {
  int body = 1, text = -1, start = -1, due = -1, number = -1, lead = -1;
  bool by_content = false;  // no header: the row's other cells date it
};

// A table without a header is the activities' when a column of text stands
// beside a column of labels ("M1", "1.2", "A3") or beside dates on at least
// this share of its rows (and on kMinListedSteps rows or more).
constexpr double kMinDatedShare = 0.67;
// The text column's cells hold at least this many words on average.
constexpr double kMinTextWords = 3.0;
// A label is at most this many bytes: a letter or two and digits.
constexpr std::size_t kMaxLabelBytes = 5;

// Whether every filled body cell of column `col` is a number (and one is).
bool NumberColumn(const Table& t, int col, int body) {
  bool any = false;
  for (int row = body; row < t.rows; ++row) {
    const std::string v = CellAt(t, row, col);
    if (v.empty()) continue;
    if (!IsBareNumber(v)) return false;
    any = true;
  }
  return any;
}

// The columns a header names (the template's labels, table_header.h): the
// activities' text (a column of words under a milestones label: "Activity
// No." over numbers is their number), their dates (an end date before a due
// date, with its start when the header has a range; a start date alone
// dates nothing), who leads each, and a column of numbers before the text.
std::optional<Columns> HeaderColumns(const Table& t) {
  const TableHeader h = ReadTableHeader(t);
  Columns cols;
  cols.body = h.body;
  for (int col : h.Columns(PlanLabel::kMilestones))
    if (cols.text < 0 && !NumberColumn(t, col, h.body)) cols.text = col;
  if (cols.text < 0) return std::nullopt;
  cols.due = h.end >= 0 ? h.end : h.Column(PlanLabel::kDue);
  if (h.end >= 0) cols.start = h.start;
  cols.lead = h.Column(PlanLabel::kLead);  // partners or stakeholders are no lead
  if (cols.lead == cols.text) cols.lead = -1;
  for (int col = 0; col < cols.text && cols.number < 0; ++col)
    if (NumberColumn(t, col, h.body)) cols.number = col;
  return cols;
}

// A milestone label: digits and dots after at most two letters ("M1",
// "1.2", "H3"); the digits and dots, or "" when `v` is none.
std::string LabelDigits(const std::string& v) {
  if (v.empty() || v.size() > kMaxLabelBytes) return "";
  std::size_t k = 0;
  while (k < v.size() && k < 2 && std::isalpha(static_cast<unsigned char>(v[k]))) ++k;
  const std::string rest = v.substr(k);
  return IsBareNumber(rest) ? rest : "";
}

// The row's cells outside the text and label columns, joined.
std::string OtherCells(const Table& t, int row, const Columns& cols) {
  std::string out;
  for (int col = 0; col < t.cols; ++col) {
    if (col == cols.text || col == cols.number) continue;
    const Cell* c = t.At(row, col);
    if (c == nullptr || c->row != row || c->col != col) continue;
    const std::string v = CellAt(t, row, col);
    if (!v.empty()) out += (out.empty() ? "" : " ") + v;
  }
  return out;
}

// The columns of a table without a header, from what they hold: the text
// column has the most words, the label column (the nearest to its left that
// holds only labels) numbers its rows; the other cells of a row date it.
std::optional<Columns> ContentColumns(const Table& t) {
  Columns cols;
  cols.body = 0;
  cols.by_content = true;
  double best = 0;
  for (int col = 0; col < t.cols; ++col) {
    int cells = 0, words = 0;
    for (int row = 0; row < t.rows; ++row) {
      const std::string v = CellAt(t, row, col);
      if (v.empty()) continue;
      ++cells;
      words += static_cast<int>(std::count(v.begin(), v.end(), ' ')) + 1;
    }
    if (cells > 0 && static_cast<double>(words) / cells > best) {
      best = static_cast<double>(words) / cells;
      cols.text = col;
    }
  }
  if (cols.text < 0 || best < kMinTextWords) return std::nullopt;
  for (int col = cols.text - 1; col >= 0 && cols.number < 0; --col) {  // the nearest the text
    bool all = true, any = false;
    for (int row = 0; row < t.rows && all; ++row) {
      const std::string v = CellAt(t, row, col);
      if (v.empty()) continue;
      any = true;
      all = !LabelDigits(v).empty();
    }
    if (all && any) cols.number = col;
  }
  std::size_t rows = 0, dated = 0;
  for (int row = 0; row < t.rows; ++row) {
    const std::string other = OtherCells(t, row, cols);
    if (other.empty() && CellAt(t, row, cols.number).empty()) continue;
    ++rows;
    if (const auto due = ReadDue(other); due && due->end) ++dated;
  }
  if (rows < kMinListedSteps) return std::nullopt;
  if (cols.number < 0 && static_cast<double>(dated) < kMinDatedShare * static_cast<double>(rows)) return std::nullopt;
  return cols;
}

// The milestone number a first column prints: as printed when it runs on
// from the commitment's own ("1.2.3" under "1.2"), else the commitment's
// number and the last part ("3", "1.3" under "1.2"'s neighbour's scheme).
std::string MilestoneNumber(const std::string& printed, const std::string& commitment) {
  std::string n = text::FoldWhitespace(printed);
  while (!n.empty() && n.back() == '.') n.pop_back();
  if (n.starts_with(commitment + ".")) return n;
  return commitment + "." + n.substr(n.rfind('.') == std::string::npos ? 0 : n.rfind('.') + 1);
}

}  // namespace

void ReadActivityTables(const std::vector<StreamItem>& stream, NarrativePlan& plan) {
  for (std::size_t k = 0; k < plan.commitments.size() && k < plan.starts.size(); ++k) {
    model::Commitment& c = plan.commitments[k];
    const std::size_t end = k + 1 < plan.starts.size() ? plan.starts[k + 1] : stream.size();
    std::vector<const Table*> tables;
    for (std::size_t i = plan.starts[k]; i < end && i < stream.size(); ++i)
      if (stream[i].is_row() && std::find(tables.begin(), tables.end(), stream[i].table) == tables.end())
        tables.push_back(stream[i].table);
    bool replaced = false;
    for (const Table* t : tables) {
      std::optional<Columns> cols = HeaderColumns(*t);
      if (!cols && !t->ruled && t->header_rows == 0) cols = ContentColumns(*t);
      if (!cols) continue;
      // A table of activities says more than lines read as a list (an
      // unruled table's rows read as lines too): it replaces them.
      if (!replaced) {
        replaced = true;
        c.milestones.clear();
        std::erase_if(plan.inferred, [&](const NarrativePlan::Inferred& i) { return i.commitment == c.number; });
        const std::string prefix = "/commitments/" + std::to_string(k) + "/milestones/";
        std::erase_if(plan.provenance, [&](const model::Provenance& p) { return p.field.starts_with(prefix); });
      }
      for (int row = cols->body; row < t->rows; ++row) {
        const Cell* cell = t->At(row, cols->text);
        const std::string text = CellAt(*t, row, cols->text);
        if (cell == nullptr || text.empty()) continue;
        if (cols->by_content && !c.milestones.empty() && OtherCells(*t, row, *cols).empty() &&
            CellAt(*t, row, cols->number).empty()) {  // the text wrapping under its row
          c.milestones.back().text = JoinLines({c.milestones.back().text, text});
          continue;
        }
        model::Milestone m;
        const std::string printed = cols->by_content ? LabelDigits(CellAt(*t, row, cols->number))
                                                     : CellAt(*t, row, cols->number);
        const bool numbered = !printed.empty() && !c.number.empty();
        m.number = numbered ? MilestoneNumber(printed, c.number)
                            : c.number + "." + std::to_string(c.milestones.size() + 1);
        m.text = text;
        const std::string from = CellAt(*t, row, cols->start), to = CellAt(*t, row, cols->due);
        // Without a date column, the date the text names ("… by March 2023").
        if (cols->by_content)
          m.due = ReadDue(OtherCells(*t, row, *cols));
        else
          m.due = cols->due < 0 ? BulletDue(text) : ReadDue(from.empty() || to.empty() || from == to ? to : from + " – " + to);
        if (!m.due && cols->by_content) m.due = BulletDue(text);
        if (const Cell* lc = t->At(row, cols->lead); lc != nullptr && lc->row == row)
          m.lead = SplitOrganisations(lc->lines, CellRightEdge(*lc), KnownOrgs{});
        for (const Region& r : cell->regions)
          if (m.pages.empty() || m.pages.back() != r.page) m.pages.push_back(r.page);
        if (!cell->regions.empty()) {
          const Region& r = cell->regions.front();
          plan.provenance.push_back({"/commitments/" + std::to_string(k) + "/milestones/" +
                                         std::to_string(c.milestones.size()),
                                     r.page, r.box.x0, r.box.y0, r.box.x1, r.box.y1, std::nullopt});
        }
        for (int p : m.pages)
          if (std::find(c.pages.begin(), c.pages.end(), p) == c.pages.end()) c.pages.push_back(p);
        if (!numbered) plan.inferred.push_back({c.pages.front(), c.number, m.number});
        c.milestones.push_back(std::move(m));
      }
    }
    std::sort(c.pages.begin(), c.pages.end());
  }
}

namespace {

// Whether a text opens with the word that heads an organisation's name
// ("Ministry of …": org.head).
bool NamesOrganisation(const std::string& text) {
  const std::vector<std::string> words = text::SplitSpaces(text);
  return !words.empty() && lang::ValueOf("org.head", text::FoldForMatch(words.front())).has_value();
}

}  // namespace

void ReadLabelTables(const std::vector<StreamItem>& stream, NarrativePlan& plan) {
  for (std::size_t k = 0; k < plan.commitments.size() && k < plan.starts.size(); ++k) {
    model::Commitment& c = plan.commitments[k];
    if (!c.milestones.empty() || c.number.empty()) continue;
    const std::size_t end = k + 1 < plan.starts.size() ? plan.starts[k + 1] : stream.size();
    const Table* table = nullptr;
    for (std::size_t i = plan.starts[k]; i < end && i < stream.size() && table == nullptr; ++i)
      if (stream[i].is_row() && stream[i].table->cols == 2 && stream[i].table->rows >= 2) table = stream[i].table;
    if (table == nullptr) continue;
    // Each row a label and its value; read by what the values hold.
    std::vector<const Cell*> values;
    for (int row = 0; row < table->rows; ++row)
      if (const Cell* v = table->At(row, 1); v != nullptr && v->col == 1 && !CellAt(*table, row, 1).empty())
        values.push_back(v);
    const Cell* steps = nullptr;
    for (const Cell* v : values) {
      // The milestones: lines that each open with one of the commitment's
      // milestone numbers ("2.1 …", "2.2 …").
      const std::vector<std::string> lines = LineTexts(*v);
      std::size_t numbered = 0;
      for (const std::string& l : lines)
        if (const auto h = ParseLeadingNumber(l); h && h->number.starts_with(c.number + ".")) ++numbered;
      if (numbered >= kMinListedSteps && steps == nullptr) steps = v;
    }
    if (steps == nullptr) continue;
    for (const std::string& item : SplitNumberedLines(LineTexts(*steps), c.number)) {
      const auto h = ParseLeadingNumber(item);
      model::Milestone m;
      m.number = h->number;
      while (!m.number.empty() && m.number.back() == '.') m.number.pop_back();
      m.text = h->title;
      m.due = BulletDue(m.text);
      for (const Region& r : steps->regions)
        if (m.pages.empty() || m.pages.back() != r.page) m.pages.push_back(r.page);
      c.milestones.push_back(std::move(m));
    }
    // The title: the first value of one line above the milestones, when the
    // heading printed none; the lead: a value that names an organisation.
    for (const Cell* v : values) {
      if (v == steps) break;
      const std::string text = text::FoldWhitespace(JoinLines(LineTexts(*v)));
      if (c.lead.empty() && NamesOrganisation(text)) {
        c.lead = SplitLeadList(text);
      } else if (!c.title && c.lead.empty()) {
        c.title = text;
      }
    }
  }
}

}  // namespace ogpx::extract::plan
