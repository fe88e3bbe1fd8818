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
  Reader(const ingest::Document& doc, const std::vector<StreamItem>& items, const KnownOrgs& known)
      : doc_(doc), items_(items), known_(known) {}

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
    FlushAll();
    // Headings that never got a template (an introduction listing the
    // commitments) are not commitments.
    std::vector<model::Commitment> kept;
    std::vector<std::size_t> kept_at;
    for (std::size_t i = 0; i < plan.commitments.size(); ++i) {
      const model::Commitment& c = plan.commitments[i];
      bool empty = c.lead.empty() && c.milestones.empty() && c.problem == model::Problem{} &&
                   c.period == model::YearSpan{} && c.supporting == model::Stakeholders{};
      if (empty) continue;
      std::string base = "/action_plan/commitments/" + std::to_string(kept.size());
      for (model::Provenance p : prov_[i]) {
        p.field = base + p.field;
        provenance.push_back(std::move(p));
      }
      kept.push_back(c);
      kept_at.push_back(started_at_[i]);
    }
    plan.commitments = std::move(kept);
    if (!kept_at.empty()) first_commitment = kept_at.front();
  }

  model::ActionPlan plan;
  std::vector<Warning> warnings;
  std::vector<model::Provenance> provenance;  // fields of the kept commitments
  std::size_t first_commitment = std::string::npos;

 private:
  // Where `item` starts: its first page and the box it covers there.
  static model::Provenance Where(const StreamItem& item, std::string field) {
    model::Provenance p;
    p.field = std::move(field);
    p.page = item.page;
    bool first = true;
    auto add = [&](const ingest::Box& b) {
      if (first) {
        p.x0 = b.x0, p.y0 = b.y0, p.x1 = b.x1, p.y1 = b.y1;
        first = false;
      } else {
        p.x0 = std::min(p.x0, b.x0), p.y0 = std::min(p.y0, b.y0);
        p.x1 = std::max(p.x1, b.x1), p.y1 = std::max(p.y1, b.y1);
      }
    };
    if (!item.is_row()) add(item.line.box);
    for (const Cell* c : item.cells) {
      for (const Region& r : c->regions) {
        if (r.page == item.page) add(r.box);
      }
    }
    return p;
  }

  model::Commitment* Current() { return plan.commitments.empty() ? nullptr : &plan.commitments.back(); }

  void FlushAll() {
    FlushMilestone();
    FlushSupporting();
  }

  // Returns true when the heading was consumed.
  bool OnHeading(const std::string& text, const StreamItem& item, std::size_t index) {
    auto heading = ParseCommitmentHeading(text, true);
    if (!heading) return false;
    if (heading->number.find('.') != std::string::npos) {
      FlushAll();
      group_ = model::MilestoneGroup{heading->number, heading->title};
      return true;
    }
    model::Commitment* cur = Current();
    if (cur != nullptr && cur->number == heading->number) {  // repeated on a new page
      AddPages(cur->pages, item.pages);
      return true;
    }
    FlushAll();
    model::Commitment c;
    c.number = heading->number;
    if (!heading->title.empty()) c.title = heading->title;
    AddPages(c.pages, item.pages);
    plan.commitments.push_back(std::move(c));
    prov_.push_back({Where(item, "/title")});
    started_at_.push_back(index);
    in_milestones_ = false;
    roles_.clear();
    group_.reset();
    last_label_.reset();
    return true;
  }

  void OnFreeLine(const StreamItem& item, std::size_t index) {
    const CellLine& line = item.line;
    if (OnHeading(line.text, item, index)) {
      title_open_ = Current() != nullptr &&
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
            !bare->title.empty()) {
          FlushAll();
          group_ = model::MilestoneGroup{bare->number, bare->title};
          return;
        }
      }
      auto label = MatchLabel(t);
      if (label == PlanLabel::kCommitmentDefinition || label == PlanLabel::kProblemDefinition) {
        FlushAll();
        in_milestones_ = false;
        return;
      }
    }
    model::Commitment* cur = Current();
    if (cur == nullptr) return;
    const Cell* head = item.cells.front();
    std::string first = head->col == 0 ? CellText(*head) : std::string();
    auto label = MatchLabel(first);
    if (label && IsDefinition(*label)) {
      FlushAll();
      DefinitionRow(*label, item, *cur);
      return;
    }
    int column_labels = 0;
    for (const Cell* c : item.cells) {
      auto l = MatchLabel(CellText(*c));
      column_labels += l && IsColumnLabel(*l);
    }
    if (column_labels >= 2) {
      // A header repeated on a new page does not end the row it interrupts.
      if (!in_milestones_) FlushAll();
      MilestoneHeader(item);
      return;
    }
    // A milestone row without a header row before it (the header was lost or
    // never printed): its first cell starts with a number of this commitment.
    if (!in_milestones_ && item.cells.size() >= 3 && head->col == 0) {
      auto number = ParseLeadingNumber(first);
      if (number && number->number.starts_with(cur->number + ".")) {
        FlushAll();
        in_milestones_ = true;
      }
    }
    if (in_milestones_) {
      MilestoneRow(item);
      return;
    }
    // A definition row cut by a page break and not joined: no first cell.
    if (first.empty() && last_label_) {
      AddPages(cur->pages, item.pages);
      std::vector<const Cell*> values;
      for (const Cell* c : item.cells) {
        if (c->col > 0 || c != head) values.push_back(c);
      }
      if (last_label_ == PlanLabel::kSupporting) {
        support_cells_.insert(support_cells_.end(), values.begin(), values.end());
      } else if (IsQuestion(*last_label_) && !values.empty()) {
        auto* field = QuestionField(cur->problem, *last_label_);
        *field = JoinLines({field->value_or(""), CellText(plan::JoinRowCells(values))});
      }
    }
  }

  void DefinitionRow(PlanLabel label, const StreamItem& item, model::Commitment& c) {
    AddPages(c.pages, item.pages);
    last_label_ = label;
    in_milestones_ = false;
    if (item.cells.size() < 2) return;
    std::vector<const Cell*> values(item.cells.begin() + 1, item.cells.end());
    const Cell joined = plan::JoinRowCells(values);
    const Cell& value = joined;
    if (auto* field = QuestionField(c.problem, label)) {
      std::string t = CellText(value);
      if (!t.empty()) *field = t;
    } else if (label == PlanLabel::kLead) {
      c.lead = SplitOrganisations(value.lines, plan::CellRightEdge(value), known_);
    } else if (label == PlanLabel::kPeriod) {
      if (auto span = ParseYearSpan(CellText(value))) c.period = *span;
    } else if (label == PlanLabel::kSupporting) {
      support_cells_.assign(item.cells.begin() + 1, item.cells.end());
      support_page_ = item.page;
    }
  }

  // The commitment's Supporting Stakeholders, once all its rows are seen.
  void FlushSupporting() {
    if (support_cells_.empty()) return;
    model::Commitment* c = Current();
    Cell merged = plan::MergeCells(support_cells_);
    support_cells_.clear();
    if (c == nullptr) return;
    auto cell = plan::ReadStakeholderCell(doc_, merged, known_);
    std::string who = "Commitment " + c->number;
    std::vector<std::string> unplaced = cell.lead;  // no labels inside this cell
    unplaced.insert(unplaced.end(), cell.unplaced.begin(), cell.unplaced.end());
    if (cell.sectors) {
      c->supporting = cell.sectors->supporting;
      Mismatch(who, *cell.sectors, support_page_);
    }
    Unplaced(who, unplaced, support_page_);
  }

  void MilestoneHeader(const StreamItem& item) {
    in_milestones_ = true;
    roles_.clear();
    for (const Cell* c : item.cells) {
      auto l = MatchLabel(CellText(*c));
      if (!l || !IsColumnLabel(*l) || c->regions.empty()) continue;
      roles_.push_back({c->regions.front().box.x0, c->regions.front().box.x1, *l});
    }
  }

  PlanLabel RoleOf(const Cell& cell, std::size_t position) const {
    static constexpr PlanLabel kByPosition[] = {PlanLabel::kMilestones, PlanLabel::kOutputs,
                                                PlanLabel::kDue, PlanLabel::kStakeholders};
    if (roles_.empty() || cell.regions.empty()) return kByPosition[std::min<std::size_t>(position, 3)];
    const ingest::Box& b = cell.regions.front().box;
    double best = -1;
    PlanLabel role = kByPosition[std::min<std::size_t>(position, 3)];
    for (const Role& r : roles_) {
      double overlap = std::min(b.x1, r.x1) - std::max(b.x0, r.x0);
      if (overlap > best) {
        best = overlap;
        role = r.label;
      }
    }
    return role;
  }

  // Milestone rows are buffered: a row cut by a page break may come as two
  // rows (the number in either part); they are read as one.
  void MilestoneRow(const StreamItem& item) {
    std::map<PlanLabel, std::vector<const Cell*>> cells;
    for (std::size_t i = 0; i < item.cells.size(); ++i) {
      cells[RoleOf(*item.cells[i], i)].push_back(item.cells[i]);
    }
    std::vector<std::string> text_lines;
    for (const Cell* c : cells[PlanLabel::kMilestones]) {
      auto l = plan::LineTexts(*c);
      text_lines.insert(text_lines.end(), l.begin(), l.end());
    }
    model::Commitment& c = *Current();
    auto parts = plan::SplitMilestones(text_lines, c.number);
    bool numbered = !parts.empty() && !parts.front().number.empty();
    // Only the milestone text goes on (the row's other cells are empty): the
    // rest of a row cut by a page break that names several milestones.
    bool text_only = true;
    for (const auto& [role, list] : cells) {
      if (role == PlanLabel::kMilestones) continue;
      for (const Cell* cell : list) text_only = text_only && cell->lines.empty() && cell->nested.empty();
    }
    bool next_page = item.page > buffer_.last_page;
    bool continues = !buffer_.items.empty() &&
                     (!numbered || (!buffer_.numbered && next_page) || (text_only && next_page));
    if (!continues) FlushMilestone();
    buffer_.items.push_back(&item);
    buffer_.numbered = buffer_.numbered || numbered;
    buffer_.last_page = std::max(buffer_.last_page, item.page);
    for (auto& [role, list] : cells) {
      auto& dst = buffer_.cells[role];
      dst.insert(dst.end(), list.begin(), list.end());
    }
  }

  void FlushMilestone() {
    if (buffer_.items.empty()) return;
    Buffer b = std::move(buffer_);
    buffer_ = Buffer{};
    model::Commitment* cur = Current();
    if (cur == nullptr) return;
    auto lines_of = [&](PlanLabel role) {
      std::vector<std::string> out;
      for (const Cell* c : b.cells[role]) {
        auto l = plan::LineTexts(*c);
        out.insert(out.end(), l.begin(), l.end());
      }
      return out;
    };
    auto parts = plan::SplitMilestones(lines_of(PlanLabel::kMilestones), cur->number);
    if (parts.empty() || parts.front().number.empty()) return;
    std::set<int> pages;
    for (const StreamItem* it : b.items) pages.insert(it->pages.begin(), it->pages.end());
    std::vector<std::string> outputs = plan::ReadOutputs(lines_of(PlanLabel::kOutputs));
    std::optional<model::Due> due;
    std::string due_raw = text::FoldWhitespace(JoinLines(lines_of(PlanLabel::kDue)));
    if (!due_raw.empty() && due_raw != "-") {
      model::Due d;
      d.raw = due_raw;
      if (auto span = ParseYearSpan(due_raw)) {
        d.start = span->start;
        d.end = span->end;
      }
      due = d;
    }
    plan::StakeholderCell people;
    if (!b.cells[PlanLabel::kStakeholders].empty()) {
      Cell merged = StakeholderArea(b.cells[PlanLabel::kStakeholders]);
      people = plan::ReadStakeholderCell(doc_, merged, known_);
    }
    std::string who = "Milestone " + parts.front().number;
    int page = b.items.front()->page;
    if (people.sectors) Mismatch(who, *people.sectors, page);
    Unplaced(who, people.unplaced, page);
    for (const plan::MilestonePart& part : parts) {
      model::Milestone m;
      m.number = part.number;
      if (group_ && m.number.starts_with(group_->number + ".")) m.group = group_;
      m.text = part.text;
      m.outputs = outputs;
      m.due = due;
      m.lead = people.lead;
      if (people.sectors) m.supporting = people.sectors->supporting;
      AddPages(m.pages, pages);
      prov_.back().push_back(
          Where(*b.items.front(), "/milestones/" + std::to_string(cur->milestones.size())));
      cur->milestones.push_back(std::move(m));
    }
    AddPages(cur->pages, pages);
  }

  // The stakeholder cells of a (possibly page-cut) row as one cell. When the
  // first part holds a nested sub-table and the continuation came back as
  // plain cells, those cells become one more nested table, each cell in the
  // sector column its x range overlaps most.
  static Cell StakeholderArea(const std::vector<const Cell*>& cells) {
    const Table* sub = nullptr;
    std::size_t split = cells.size();
    for (std::size_t i = 0; i < cells.size() && sub == nullptr; ++i) {
      if (!cells[i]->nested.empty()) {
        sub = &cells[i]->nested.front();
        split = i + 1;
      }
    }
    if (sub == nullptr) return plan::MergeCells(cells);
    std::vector<const Cell*> head(cells.begin(), cells.begin() + static_cast<long>(split));
    Cell merged = plan::MergeCells(head);
    std::vector<std::pair<double, double>> columns;
    for (const Cell& c : sub->cells) {
      if (c.row == 0 && !c.regions.empty()) columns.emplace_back(c.regions.front().box.x0, c.regions.front().box.x1);
    }
    Table extra;
    extra.cols = static_cast<int>(columns.size());
    extra.rows = 1;
    for (std::size_t i = split; i < cells.size(); ++i) {
      const Cell& c = *cells[i];
      if (!c.nested.empty()) merged.nested.insert(merged.nested.end(), c.nested.begin(), c.nested.end());
      if (c.lines.empty() || c.regions.empty() || columns.empty()) continue;
      const ingest::Box& b = c.regions.front().box;
      int best = 0;
      double overlap = -1e9;
      for (std::size_t k = 0; k < columns.size(); ++k) {
        double o = std::min(b.x1, columns[k].second) - std::max(b.x0, columns[k].first);
        if (o > overlap) {
          overlap = o;
          best = static_cast<int>(k);
        }
      }
      Cell copy = c;
      copy.row = 1;
      copy.col = best;
      copy.nested.clear();
      extra.cells.push_back(std::move(copy));
      extra.regions.insert(extra.regions.end(), c.regions.begin(), c.regions.end());
    }
    std::stable_sort(extra.cells.begin(), extra.cells.end(),
                     [](const Cell& a, const Cell& b) { return a.col < b.col; });
    if (!extra.cells.empty()) merged.nested.push_back(std::move(extra));
    return merged;
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

  struct Role {
    double x0, x1;
    PlanLabel label;
  };
  struct Buffer {
    std::vector<const StreamItem*> items;
    std::map<PlanLabel, std::vector<const Cell*>> cells;
    bool numbered = false;
    int last_page = 0;
  };

  const ingest::Document& doc_;
  const std::vector<StreamItem>& items_;
  const KnownOrgs& known_;
  std::vector<std::size_t> started_at_;
  std::vector<std::vector<model::Provenance>> prov_;  // per commitment, fields relative to it
  bool in_milestones_ = false;
  std::vector<Role> roles_;
  std::optional<model::MilestoneGroup> group_;
  std::optional<PlanLabel> last_label_;
  std::vector<const Cell*> support_cells_;
  int support_page_ = 0;
  Buffer buffer_;
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
  std::vector<Table> refilled = plan::RefillEmptyCells(doc, tables);
  std::vector<StreamItem> items = plan::BuildRowStream(doc, refilled);
  model::Participants participants = plan::ReadParticipants(doc);
  KnownOrgs known;
  for (const auto& n : participants.government) known.Add(n);
  for (const auto& n : participants.civil_society) known.Add(n);

  // First pass: which names does the document print more than once?
  Reader first(doc, items, known);
  first.Run();
  std::map<std::string, int> counts;
  CountNames(first.plan, counts);
  KnownOrgs known2 = known;
  for (const auto& [name, count] : counts) {
    if (count >= 2) known2.Add(name);
  }
  Reader second(doc, items, known2);
  second.Run();

  model::ActionPlan out = std::move(second.plan);
  out.participants = std::move(participants);
  plan::ReadPlanMeta(items, second.first_commitment, out);
  warnings.insert(warnings.end(), second.warnings.begin(), second.warnings.end());
  provenance.insert(provenance.end(), second.provenance.begin(), second.provenance.end());
  return out;
}

}  // namespace ogpx::extract
