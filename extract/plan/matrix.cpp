// A plan set out as one matrix of commitments and their activities; see
// narrative.h (ReadMatrixTables).
#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <vector>

#include "base/text.h"
#include "extract/common/numbers.h"
#include "extract/plan/cells.h"
#include "extract/plan/labels.h"
#include "extract/plan/narrative.h"
#include "extract/plan/rows.h"
#include "extract/plan/stakeholders.h"
#include "lang/vocabulary.h"

namespace ogpx::extract::plan {
namespace {

std::string TextAt(const Cell* c) { return c == nullptr ? "" : text::FoldWhitespace(JoinLines(LineTexts(*c))); }

// The cell that starts at (row, col); nullptr for a cell spanned from a row above.
const Cell* StartingAt(const Table& t, int row, int col) {
  if (col < 0) return nullptr;
  const Cell* c = t.At(row, col);
  return c != nullptr && c->row == row ? c : nullptr;
}

// A commitment's number alone ("3", "3."): no dot inside.
bool BareNumber(const std::string& text) {
  const std::string t = text::FoldWhitespace(text);
  return IsBareNumber(t) && t.find('.') >= t.size() - 1;
}

struct MatrixColumns {
  int number = -1, commitment = -1, activity = -1, lead = -1, due = -1;
};

// The header row's columns: the commitments' (its label a commitment word
// alone, commitment.word), the activities' (plan.label milestones), the
// lead's (plan.label lead or stakeholders), the date's (an end date before
// a due date), and a column of bare numbers before the commitments'.
std::optional<MatrixColumns> MatrixHeader(const Table& t) {
  MatrixColumns m;
  int end = -1, due = -1;
  for (const Cell& c : t.cells) {
    if (c.row != 0) continue;
    const std::string label = text::FoldWhitespace(c.text);
    const std::string folded = text::FoldForMatch(label);
    const lang::Term* word = lang::StartsWithTerm("commitment.word", folded);
    if (word != nullptr && m.commitment < 0 && text::SplitSpaces(folded).size() == text::SplitSpaces(word->phrase).size())
      m.commitment = c.col;
    const std::optional<PlanLabel> l = MatchLabel(label);
    if (!l) continue;
    if (*l == PlanLabel::kTitle && m.commitment < 0) m.commitment = c.col;
    if (*l == PlanLabel::kMilestones && m.activity < 0) m.activity = c.col;
    if ((*l == PlanLabel::kLead || *l == PlanLabel::kStakeholders) && m.lead < 0) m.lead = c.col;
    if (*l == PlanLabel::kEndDate && end < 0) end = c.col;
    if (*l == PlanLabel::kDue && due < 0) due = c.col;
  }
  if (m.commitment < 0 || m.activity < 0 || m.activity == m.commitment) return std::nullopt;
  m.due = end >= 0 ? end : due;
  for (int col = 0; col < m.commitment && m.number < 0; ++col) {
    bool any = false, all = true;
    for (int row = 1; row < t.rows; ++row) {
      const Cell* c = StartingAt(t, row, col);
      if (c == nullptr || TextAt(c).empty()) continue;
      any = true;
      all = all && BareNumber(TextAt(c));
    }
    if (any && all) m.number = col;
  }
  return m;
}

void AddPages(std::vector<int>& pages, const Cell& c) {
  for (const Region& r : c.regions)
    if (std::find(pages.begin(), pages.end(), r.page) == pages.end()) pages.push_back(r.page);
  std::sort(pages.begin(), pages.end());
}

}  // namespace

NarrativePlan ReadMatrixTables(const std::vector<Table>& tables) {
  NarrativePlan out;
  for (const Table& t : tables) {
    const std::optional<MatrixColumns> m = MatrixHeader(t);
    if (!m) continue;
    for (int row = 1; row < t.rows; ++row) {
      // A commitment's cell opens it (spanning the rows of its activities).
      if (const Cell* cc = StartingAt(t, row, m->commitment); cc != nullptr && !TextAt(cc).empty()) {
        model::Commitment c;
        std::string number = TextAt(StartingAt(t, row, m->number));
        while (!number.empty() && number.back() == '.') number.pop_back();
        const bool printed = BareNumber(number);
        c.number = printed ? number : std::to_string(out.commitments.size() + 1);
        c.title = TextAt(cc);
        AddPages(c.pages, *cc);
        if (!printed) out.numbered_by_position.push_back({c.pages.front(), c.number, *c.title});
        out.commitments.push_back(std::move(c));
      }
      if (out.commitments.empty()) continue;
      model::Commitment& c = out.commitments.back();
      if (const Cell* lc = StartingAt(t, row, m->lead); lc != nullptr)
        for (const std::string& name : SplitOrganisations(lc->lines, CellRightEdge(*lc), KnownOrgs{}))
          if (std::find(c.lead.begin(), c.lead.end(), name) == c.lead.end()) c.lead.push_back(name);
      const Cell* ac = StartingAt(t, row, m->activity);
      const std::string text = TextAt(ac);
      if (ac == nullptr || text.empty()) continue;
      model::Milestone ms;
      const auto h = ParseLeadingNumber(text);
      if (h && h->number.starts_with(c.number + ".") && !h->title.empty()) {
        ms.number = h->number;
        while (!ms.number.empty() && ms.number.back() == '.') ms.number.pop_back();
        ms.text = h->title;
      } else {
        ms.number = c.number + "." + std::to_string(c.milestones.size() + 1);
        ms.text = text;
        out.inferred.push_back({c.pages.front(), c.number, ms.number});
      }
      ms.due = ReadDue(TextAt(StartingAt(t, row, m->due)));
      AddPages(ms.pages, *ac);
      AddPages(c.pages, *ac);
      c.milestones.push_back(std::move(ms));
    }
  }
  return out;
}

}  // namespace ogpx::extract::plan
