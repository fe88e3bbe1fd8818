// ReadTableHeader (see table_header.h).
#include "extract/plan/table_header.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "base/text.h"

namespace ogpx::extract::plan {

int TableHeader::Column(PlanLabel label) const {
  for (const Label& l : labels)
    if (l.label == label) return l.first;
  return -1;
}

std::vector<int> TableHeader::Columns(PlanLabel label) const {
  std::vector<int> out;
  for (const Label& l : labels)
    if (l.label == label)
      for (int col = l.first; col <= l.last; ++col) out.push_back(col);
  return out;
}

bool NamesSubColumns(const layout::Table& t, const layout::Cell& over) {
  const int row = over.row + over.row_span;
  if (over.col_span < 2 || row + 1 >= t.rows) return false;
  int under = 0;
  for (const layout::Cell& c : t.cells) {
    if (c.row != row || c.col < over.col || c.col >= over.col + over.col_span) continue;
    const std::string label = text::FoldWhitespace(c.text);
    if (label.empty() || text::SplitSpaces(label).size() > kMaxSubLabelWords ||
        std::any_of(label.begin(), label.end(), [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)); }))
      return false;
    ++under;
  }
  return under >= 2;
}

TableHeader ReadTableHeader(const layout::Table& t) {
  TableHeader h;
  // A second header row: a first-row cell names sub-columns in it.
  for (const layout::Cell& c : t.cells)
    if (c.row == 0 && NamesSubColumns(t, c)) h.body = 2;
  for (const layout::Cell& c : t.cells) {
    if (c.row >= h.body) break;
    const std::optional<PlanLabel> l = MatchLabel(text::FoldWhitespace(c.text));
    if (!l) continue;
    h.labels.push_back({*l, c.col, c.col + c.col_span - 1});
    if (*l == PlanLabel::kStartDate && h.start < 0) h.start = c.col;
    if (*l == PlanLabel::kEndDate && h.end < 0) h.end = c.col;
    const bool dates = *l == PlanLabel::kDue || *l == PlanLabel::kPeriod;
    if (dates && h.body == 2 && c.row == 0 && c.col_span == 2 && h.start < 0 && h.end < 0)
      h.start = c.col, h.end = c.col + 1;
  }
  return h;
}

}  // namespace ogpx::extract::plan
