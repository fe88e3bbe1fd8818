// ReadActionPlan(): an action plan on the OGP commitment template.
//
// The document is read as one stream of table rows and free lines
// (action_plan_rows.h), in reading order, by a small state machine keyed on
// the template's LABELS (action_plan_labels.h), never on content:
//  - "Commitment N. Title" (a free line or a one-cell row) starts commitment
//    N; the same heading again (a header repeated on a new page) does not;
//  - a row whose first cell is a definition label fills that field;
//  - the row "Milestones | Expected Outputs | Expected Completion Dates |
//    Stakeholders" maps columns to roles; the rows after it are milestones;
//    a one-cell row "Commitment 5.1. Title" inside them is a milestone group.
// Organisation cells are split twice: the first pass collects the names the
// document prints (appendix lists, and every name seen at least twice), the
// second splits again knowing them (stakeholders.h).
#include <algorithm>
#include <map>

#include "extract/action_plan_cells.h"
#include "extract/action_plan_labels.h"
#include "extract/action_plan_meta.h"
#include "extract/action_plan_rows.h"
#include "extract/dates.h"
#include "extract/extract.h"
#include "extract/stakeholders.h"
#include "ingest/unicode.h"

namespace ogpx::extract {
namespace {

using plan::StreamItem;

constexpr const char* kSectorNames = "Government | Civil Society | Other Actors";

bool IsQuestion(PlanLabel l) {
  return l == PlanLabel::kProblem || l == PlanLabel::kCauses || l == PlanLabel::kDoneSoFar ||
         l == PlanLabel::kSolution || l == PlanLabel::kResults;
}

bool IsDefinition(PlanLabel l) {
  return IsQuestion(l) || l == PlanLabel::kLead || l == PlanLabel::kSupporting ||
         l == PlanLabel::kPeriod;
}

bool IsColumnLabel(PlanLabel l) {
  return l == PlanLabel::kMilestones || l == PlanLabel::kOutputs || l == PlanLabel::kDue ||
         l == PlanLabel::kStakeholders;
}

std::string CellText(const Cell& cell) { return JoinLines(plan::LineTexts(cell)); }

void AddPages(std::vector<int>& pages, const std::set<int>& more) {
  pages.insert(pages.end(), more.begin(), more.end());
  std::sort(pages.begin(), pages.end());
  pages.erase(std::unique(pages.begin(), pages.end()), pages.end());
}

std::optional<std::string>* QuestionField(model::Problem& p, PlanLabel l) {
  switch (l) {
    case PlanLabel::kProblem: return &p.problem;
    case PlanLabel::kCauses: return &p.causes;
    case PlanLabel::kDoneSoFar: return &p.done_so_far;
    case PlanLabel::kSolution: return &p.solution;
    case PlanLabel::kResults: return &p.results;
    default: return nullptr;
  }
}

class Reader {
 public:
  Reader(const std::vector<StreamItem>& items, const KnownOrgs& known)
      : items_(items), known_(known) {}

  void Run() {
    for (std::size_t i = 0; i < items_.size(); ++i) {
      const StreamItem& item = items_[i];
      if (item.is_row()) {
        title_open_ = false;
        OnRow(item, i);
      } else {
        OnFreeLine(item, i);
      }
    }
  }

  model::ActionPlan plan;
  std::vector<Warning> warnings;
  std::size_t first_commitment = std::string::npos;

 private:
  model::Commitment* Current() { return plan.commitments.empty() ? nullptr : &plan.commitments.back(); }

  // Returns true when the heading was consumed.
  bool OnHeading(const std::string& text, const StreamItem& item, std::size_t index) {
    auto heading = ParseCommitmentHeading(text, true);
    if (!heading) return false;
    if (heading->number.find('.') != std::string::npos) {
      group_ = model::MilestoneGroup{heading->number, heading->title};
      return true;
    }
    model::Commitment* cur = Current();
    if (cur != nullptr && cur->number == heading->number) {  // repeated on a new page
      AddPages(cur->pages, item.pages);
      return true;
    }
    model::Commitment c;
    c.number = heading->number;
    if (!heading->title.empty()) c.title = heading->title;
    AddPages(c.pages, item.pages);
    plan.commitments.push_back(std::move(c));
    if (first_commitment == std::string::npos) first_commitment = index;
    in_milestones_ = false;
    roles_.clear();
    group_.reset();
    last_label_.reset();
    return true;
  }

  void OnFreeLine(const StreamItem& item, std::size_t index) {
    const CellLine& line = item.line;
    if (OnHeading(line.text, item, index)) {
      title_open_ = !item.line.text.empty() && Current() != nullptr &&
                    ParseCommitmentHeading(line.text)->number == Current()->number;
      last_title_ = line;
      return;
    }
    model::Commitment* cur = Current();
    if (title_open_ && cur != nullptr && line.page == last_title_.page &&
        line.box.y0 - last_title_.box.y1 < std::max(3.0, last_title_.box.height() * 0.8) &&
        !MatchLabel(line.text)) {
      cur->title = JoinLines({cur->title.value_or(""), line.text});
      last_title_ = line;
      return;
    }
    title_open_ = false;
  }

  void OnRow(const StreamItem& item, std::size_t index) {
    std::vector<const Cell*> filled;
    for (const Cell* c : item.cells) {
      if (!c->lines.empty() || !c->nested.empty()) filled.push_back(c);
    }
    if (filled.empty()) return;
    if (filled.size() == 1 && filled.front()->nested.empty()) {
      std::string t = CellText(*filled.front());
      if (OnHeading(t, item, index)) return;
      if (in_milestones_ && item.cells.size() == 1) {
        auto bare = ParseCommitmentHeading(t, false);
        model::Commitment* cur = Current();
        if (bare && cur != nullptr && bare->number.starts_with(cur->number + ".") &&
            bare->number.find('.') != std::string::npos && !bare->title.empty()) {
          group_ = model::MilestoneGroup{bare->number, bare->title};
          return;
        }
      }
      auto label = MatchLabel(t);
      if (label == PlanLabel::kCommitmentDefinition || label == PlanLabel::kProblemDefinition) {
        in_milestones_ = false;
        return;
      }
    }
    model::Commitment* cur = Current();
    if (cur == nullptr) return;
    std::string first = CellText(*item.cells.front());
    auto label = MatchLabel(first);
    if (label && IsDefinition(*label) && item.cells.front()->col == 0) {
      DefinitionRow(*label, item, *cur);
      return;
    }
    int column_labels = 0;
    for (const Cell* c : item.cells) {
      auto l = MatchLabel(CellText(*c));
      column_labels += l && IsColumnLabel(*l);
    }
    if (column_labels >= 2) {
      MilestoneHeader(item);
      return;
    }
    if (in_milestones_) {
      MilestoneRow(item, *cur);
      return;
    }
    // A definition row cut by a page break and not joined: first cell empty.
    if (first.empty() && last_label_ && IsQuestion(*last_label_) && item.cells.size() >= 2) {
      auto* field = QuestionField(cur->problem, *last_label_);
      *field = JoinLines({field->value_or(""), CellText(*item.cells[1])});
      AddPages(cur->pages, item.pages);
    }
  }

  void DefinitionRow(PlanLabel label, const StreamItem& item, model::Commitment& c) {
    AddPages(c.pages, item.pages);
    last_label_ = label;
    in_milestones_ = false;
    if (item.cells.size() < 2) return;
    const Cell& value = *item.cells[1];
    if (auto* field = QuestionField(c.problem, label)) {
      std::string t = CellText(value);
      if (!t.empty()) *field = t;
    } else if (label == PlanLabel::kLead) {
      c.lead = SplitOrganisations(value.lines, plan::CellRightEdge(value), known_);
    } else if (label == PlanLabel::kPeriod) {
      if (auto span = ParseYearSpan(CellText(value))) c.period = *span;
    } else if (label == PlanLabel::kSupporting) {
      std::optional<plan::SectorTable> sectors;
      std::vector<std::string> unplaced;
      if (!value.nested.empty()) {
        auto cell = plan::ReadStakeholderCell(value, known_);
        sectors = cell.sectors;
        unplaced = cell.lead;  // names outside the sub-table (no label in this cell)
      } else if (item.cells.size() >= 4) {
        std::vector<const Cell*> cols(item.cells.begin() + 1, item.cells.end());
        sectors = plan::ReadSectorCells(cols, known_);
      } else {
        unplaced = SplitOrganisations(value.lines, plan::CellRightEdge(value), known_);
      }
      std::string who = "Commitment " + c.number;
      if (sectors) {
        c.supporting = sectors->supporting;
        Mismatch(who, *sectors, item.page);
      }
      Unplaced(who, unplaced, item.page);
    }
  }

  void MilestoneHeader(const StreamItem& item) {
    in_milestones_ = true;
    roles_.clear();
    for (const Cell* c : item.cells) {
      auto l = MatchLabel(CellText(*c));
      if (l && IsColumnLabel(*l)) {
        for (int k = 0; k < c->col_span; ++k) roles_[c->col + k] = *l;
      }
    }
  }

  void MilestoneRow(const StreamItem& item, model::Commitment& c) {
    static constexpr PlanLabel kByPosition[] = {PlanLabel::kMilestones, PlanLabel::kOutputs,
                                                PlanLabel::kDue, PlanLabel::kStakeholders};
    std::map<PlanLabel, const Cell*> by_role;
    for (std::size_t i = 0; i < item.cells.size(); ++i) {
      const Cell* cell = item.cells[i];
      auto it = roles_.find(cell->col);
      PlanLabel role = it != roles_.end() ? it->second : kByPosition[std::min<std::size_t>(i, 3)];
      by_role.emplace(role, cell);
    }
    auto lines_of = [&](PlanLabel role) {
      auto it = by_role.find(role);
      return it == by_role.end() ? std::vector<std::string>{} : plan::LineTexts(*it->second);
    };
    auto parts = plan::SplitMilestones(lines_of(PlanLabel::kMilestones), c.number);
    if (parts.empty()) return;
    std::vector<std::string> outputs = plan::ReadOutputs(lines_of(PlanLabel::kOutputs));
    std::optional<model::Due> due;
    std::string due_raw = text::FoldWhitespace(JoinLines(lines_of(PlanLabel::kDue)));
    if (!due_raw.empty()) {
      model::Due d;
      d.raw = due_raw;
      if (auto span = ParseYearSpan(due_raw)) {
        d.start = span->start;
        d.end = span->end;
      }
      due = d;
    }
    plan::StakeholderCell people;
    if (auto it = by_role.find(PlanLabel::kStakeholders); it != by_role.end()) {
      people = plan::ReadStakeholderCell(*it->second, known_);
    }
    std::string who = "Milestone " + parts.front().number;
    if (people.sectors) Mismatch(who, *people.sectors, item.page);
    Unplaced(who, people.unplaced, item.page);
    for (const plan::MilestonePart& part : parts) {
      model::Milestone m;
      m.number = part.number;
      if (group_ && m.number.starts_with(group_->number + ".")) m.group = group_;
      m.text = part.text;
      m.outputs = outputs;
      m.due = due;
      m.lead = people.lead;
      if (people.sectors) m.supporting = people.sectors->supporting;
      AddPages(m.pages, item.pages);
      c.milestones.push_back(std::move(m));
    }
    AddPages(c.pages, item.pages);
  }

  void Mismatch(const std::string& who, const plan::SectorTable& t, int page) {
    if (!t.header_mismatch || t.header.empty()) return;
    warnings.push_back(Warning{t.header_page > 0 ? t.header_page : page, "sector_header_mismatch",
                               who + ": stakeholder sub-table header printed as '" +
                                   plan::JoinHeader(t.header) + "'; columns read by position as " +
                                   kSectorNames});
  }

  void Unplaced(const std::string& who, const std::vector<std::string>& names, int page) {
    if (names.empty()) return;
    std::string list;
    for (const std::string& n : names) list += (list.empty() ? "" : "; ") + n;
    warnings.push_back(Warning{page, "unplaced_stakeholders",
                               who + ": names printed after 'Supporting Stakeholders:' outside the " +
                                   kSectorNames + " sub-table, left out of supporting: " + list});
  }

  const std::vector<StreamItem>& items_;
  const KnownOrgs& known_;
  bool in_milestones_ = false;
  std::map<int, PlanLabel> roles_;
  std::optional<model::MilestoneGroup> group_;
  std::optional<PlanLabel> last_label_;
  bool title_open_ = false;
  CellLine last_title_;
};

void CountNames(const model::ActionPlan& p, std::map<std::string, int>& counts) {
  auto add = [&](const std::vector<std::string>& names) {
    for (const std::string& n : names) ++counts[n];
  };
  auto add_s = [&](const model::Stakeholders& s) {
    add(s.government);
    add(s.civil_society);
    add(s.other);
  };
  for (const auto& c : p.commitments) {
    add(c.lead);
    add_s(c.supporting);
    for (const auto& m : c.milestones) {
      add(m.lead);
      add_s(m.supporting);
    }
  }
}

}  // namespace

model::ActionPlan ReadActionPlan(const ingest::Document& doc, const std::vector<Table>& tables,
                                 std::vector<Warning>& warnings,
                                 std::vector<model::Provenance>& provenance) {
  (void)provenance;
  std::vector<StreamItem> items = plan::BuildRowStream(doc, tables);
  model::Participants participants = plan::ReadParticipants(items);
  KnownOrgs known;
  for (const auto& n : participants.government) known.Add(n);
  for (const auto& n : participants.civil_society) known.Add(n);

  // First pass: which names does the document print more than once?
  Reader first(items, known);
  first.Run();
  std::map<std::string, int> counts;
  CountNames(first.plan, counts);
  KnownOrgs known2 = known;
  for (const auto& [name, count] : counts) {
    if (count >= 2) known2.Add(name);
  }
  Reader second(items, known2);
  second.Run();

  model::ActionPlan out = std::move(second.plan);
  out.participants = std::move(participants);
  plan::ReadPlanMeta(items, second.first_commitment, out);
  warnings.insert(warnings.end(), second.warnings.begin(), second.warnings.end());
  return out;
}

}  // namespace ogpx::extract
