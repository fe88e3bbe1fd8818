// Tables of activities under a narrative commitment; see narrative.h
// (ReadActivityTables).
#include <algorithm>
#include <cctype>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "base/text.h"
#include "extract/plan/cells.h"
#include "extract/plan/labels.h"
#include "extract/plan/narrative.h"
#include "extract/plan/rows.h"

namespace ogpx::extract::plan {
namespace {

// A number as a first column prints it: "3", "1.2", "1.2.3", "4." (digits
// and single dots, no letter).
bool IsNumberText(const std::string& text) {
  std::string t = text::FoldWhitespace(text);
  while (!t.empty() && t.back() == '.') t.pop_back();
  if (t.empty() || !std::isdigit(static_cast<unsigned char>(t.front())) ||
      !std::isdigit(static_cast<unsigned char>(t.back())))
    return false;
  for (std::size_t k = 0; k < t.size(); ++k) {
    const bool digit = std::isdigit(static_cast<unsigned char>(t[k])) != 0;
    if (!digit && !(t[k] == '.' && k > 0 && t[k - 1] != '.')) return false;
  }
  return true;
}

std::string CellAt(const Table& t, int row, int col) {
  if (col < 0) return "";
  const Cell* c = t.At(row, col);
  return c == nullptr ? "" : text::FoldWhitespace(JoinLines(LineTexts(*c)));
}

struct Columns {
  int text = -1, due = -1, number = -1;
};

// Whether every filled body cell of column `col` is a number (and one is).
bool NumberColumn(const Table& t, int col) {
  bool any = false;
  for (int row = 1; row < t.rows; ++row) {
    const std::string v = CellAt(t, row, col);
    if (v.empty()) continue;
    if (!IsNumberText(v)) return false;
    any = true;
  }
  return any;
}

// The columns a header row names (the template's labels, plan.label): the
// activities' text (a labelled column of words: "Activity No." over numbers
// is their number), their date (an end date before a due date; a start date
// alone dates nothing), and a column of numbers before the text.
std::optional<Columns> HeaderColumns(const Table& t) {
  Columns cols;
  int end = -1, due = -1;
  for (const Cell& c : t.cells) {
    if (c.row != 0) continue;
    const std::optional<PlanLabel> l = MatchLabel(text::FoldWhitespace(c.text));
    if (!l) continue;
    if (*l == PlanLabel::kMilestones && cols.text < 0 && !NumberColumn(t, c.col)) cols.text = c.col;
    if (*l == PlanLabel::kEndDate && end < 0) end = c.col;
    if (*l == PlanLabel::kDue && due < 0) due = c.col;
  }
  if (cols.text < 0) return std::nullopt;
  cols.due = end >= 0 ? end : due;
  for (int col = 0; col < cols.text && cols.number < 0; ++col)
    if (NumberColumn(t, col)) cols.number = col;
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
    if (!c.milestones.empty()) continue;
    const std::size_t end = k + 1 < plan.starts.size() ? plan.starts[k + 1] : stream.size();
    std::vector<const Table*> tables;
    for (std::size_t i = plan.starts[k]; i < end && i < stream.size(); ++i)
      if (stream[i].is_row() && std::find(tables.begin(), tables.end(), stream[i].table) == tables.end())
        tables.push_back(stream[i].table);
    for (const Table* t : tables) {
      const std::optional<Columns> cols = HeaderColumns(*t);
      if (!cols) continue;
      for (int row = 1; row < t->rows; ++row) {
        const Cell* cell = t->At(row, cols->text);
        const std::string text = CellAt(*t, row, cols->text);
        if (cell == nullptr || text.empty()) continue;
        model::Milestone m;
        const std::string printed = CellAt(*t, row, cols->number);
        const bool numbered = !printed.empty() && !c.number.empty();
        m.number = numbered ? MilestoneNumber(printed, c.number)
                            : c.number + "." + std::to_string(c.milestones.size() + 1);
        m.text = text;
        m.due = ReadDue(CellAt(*t, row, cols->due));
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

}  // namespace ogpx::extract::plan
