// The action-plan reader: the milestone table, its rows cut by page breaks,
// stakeholder cells and their warnings (see action_plan_reader.h).
#include "extract/plan/reader.h"

#include <algorithm>
#include <cctype>

#include "extract/common/cell_lines.h"
#include "extract/common/dates.h"
#include "extract/common/numbers.h"
#include "extract/plan/narrative.h"
#include "extract/plan/table_header.h"
#include "base/text.h"

namespace ogpx::extract::plan {

void Reader::MilestoneHeader(const StreamItem& item) {
  in_milestones_ = true;
  if (!plan.commitments.empty()) header_seen_.insert(plan.commitments.size() - 1);
  roles_.clear();
  sub_header_table_ = nullptr;
  for (const Cell* c : item.cells) {
    auto l = MatchLabel(CellText(*c));
    // The milestones' or the dates' label over sub-columns of their own
    // (the stakeholders' sectors under theirs are read as a sub-table).
    if (l && (*l == PlanLabel::kMilestones || *l == PlanLabel::kDue) && item.table != nullptr &&
        NamesSubColumns(*item.table, *c))
      sub_header_table_ = item.table, sub_header_row_ = c->row + c->row_span;
    if (!l || !IsHeaderLabel(*l) || c->regions.empty()) continue;
    roles_.push_back({c->regions.front().box.x0, c->regions.front().box.x1, *l});
  }
  // The widest column under a wording we do not know is the milestones'
  // (not a narrow "N°" before it).
  const bool has_milestones = std::any_of(roles_.begin(), roles_.end(),
                                          [](const Role& r) { return r.label == PlanLabel::kMilestones; });
  if (!has_milestones) {
    const Cell* widest = nullptr;
    for (const Cell* c : item.cells) {
      if (c->regions.empty()) continue;
      auto l = MatchLabel(CellText(*c));
      if (l && IsHeaderLabel(*l)) continue;
      if (widest == nullptr || c->regions.front().box.width() > widest->regions.front().box.width()) widest = c;
    }
    if (widest != nullptr) {
      const ingest::Box& b = widest->regions.front().box;
      roles_.push_back({b.x0, b.x1, PlanLabel::kMilestones});
    }
  }
}

bool Reader::OutsideRoles(const Cell& cell) const {
  if (roles_.empty() || cell.regions.empty()) return false;
  const ingest::Box& b = cell.regions.front().box;
  return std::none_of(roles_.begin(), roles_.end(),
                      [&](const Role& r) { return std::min(b.x1, r.x1) - std::max(b.x0, r.x0) > 0; });
}

PlanLabel Reader::RoleOf(const Cell& cell, std::size_t position) const {
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

void Reader::MilestoneRow(const StreamItem& item) {
  if (item.table == sub_header_table_ && item.row == sub_header_row_) {
    // Its labels name the columns under the spanning ones: they come first.
    std::vector<Role> sub;
    for (const Cell* c : item.cells)
      if (auto l = MatchLabel(CellText(*c)); l && IsHeaderLabel(*l) && !c->regions.empty())
        sub.push_back({c->regions.front().box.x0, c->regions.front().box.x1, *l});
    roles_.insert(roles_.begin(), sub.begin(), sub.end());
    return;
  }
  std::map<PlanLabel, std::vector<const Cell*>> cells;
  std::string serial;  // a bare number in a column no label names ("N°" | "1")
  for (std::size_t i = 0; i < item.cells.size(); ++i) {
    if (OutsideRoles(*item.cells[i]) && IsBareNumber(CellText(*item.cells[i]))) {
      serial = text::FoldWhitespace(CellText(*item.cells[i]));
      continue;
    }
    cells[RoleOf(*item.cells[i], i)].push_back(item.cells[i]);
  }
  std::vector<std::string> text_lines;
  for (const Cell* c : cells[PlanLabel::kMilestones]) {
    auto l = plan::LineTexts(*c);
    text_lines.insert(text_lines.end(), l.begin(), l.end());
  }
  // Its number as a local mark ("1" -> "1."), unless the text has its own.
  if (!serial.empty() && !text_lines.empty() && !ParseLeadingNumber(text_lines.front())) {
    while (!serial.empty() && serial.back() == '.') serial.pop_back();
    text_lines.front() = serial + ". " + text_lines.front();
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
  // In a table whose milestones are not numbered, a row with its own date
  // is the next milestone; on a new page, a row without one (or going on in
  // lower case) is the rest of the row the page break cut.
  bool unnumbered_next = false;
  if (!numbered && !buffer_.items.empty() && !buffer_.numbered && !text_lines.empty()) {
    bool has_due = false;
    for (const Cell* cell : cells[PlanLabel::kDue]) has_due = has_due || !cell->lines.empty();
    const std::string first_line = text::FoldWhitespace(text_lines.front());
    bool lower = !first_line.empty() && std::islower(static_cast<unsigned char>(first_line[0]));
    unnumbered_next = !(next_page && (text_only || !has_due || lower));
  }
  bool continues = !buffer_.items.empty() && !unnumbered_next &&
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

void Reader::MilestoneListCell(const StreamItem& item, const Cell& value) {
  model::Commitment* cur = Current();
  if (cur == nullptr) return;
  std::vector<std::string> items;
  bool wrapped = false;
  for (const TextLine& l : CellTextLines(value)) {
    if (wrapped && !items.empty())
      items.back() = JoinLines({items.back(), l.text});
    else
      items.push_back(l.text);
    wrapped = l.reaches_edge;
  }
  for (const std::string& text : items) {
    const std::vector<plan::MilestonePart> parts = plan::SplitMilestones({text}, cur->number);
    for (const plan::MilestonePart& part : parts) {
      model::Milestone m;
      const bool inferred = part.number.empty();
      m.number = inferred ? (cur->number.empty() ? "" : cur->number + ".") + std::to_string(cur->milestones.size() + 1)
                          : part.number;
      m.text = inferred ? text::FoldWhitespace(text) : part.text;
      m.due = plan::BulletDue(m.text);
      AddPages(m.pages, item.pages);
      prov_.back().push_back(Where(item, "/milestones/" + std::to_string(cur->milestones.size())));
      if (inferred)
        warnings.push_back(Warning{item.page, "milestone_number_inferred",
                                   "Milestone '" + text::Clip(m.text, 60) + "' of commitment " + cur->number +
                                       " is not numbered; numbered " + m.number + " by its position"});
      cur->milestones.push_back(std::move(m));
      if (inferred) inferred_.insert(cur->number + "|" + cur->milestones.back().number);
    }
  }
  AddPages(cur->pages, item.pages);
}

void Reader::FlushMilestone() {
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
  if (parts.empty()) return;
  bool inferred = false;
  if (parts.front().number.empty()) {
    // Not numbered: numbered by position, as long as the commitment's other
    // milestones were not numbered either.
    bool all_inferred = std::all_of(cur->milestones.begin(), cur->milestones.end(),
                                    [&](const model::Milestone& m) { return inferred_.contains(cur->number + "|" + m.number); });
    if (parts.size() != 1 || parts.front().text.empty() || !all_inferred) return;
    parts.front().number = (cur->number.empty() ? "" : cur->number + ".") +
                           std::to_string(cur->milestones.size() + 1);
    inferred = true;
  }
  std::set<int> pages;
  for (const StreamItem* it : b.items) pages.insert(it->pages.begin(), it->pages.end());
  std::vector<std::string> outputs = plan::ReadOutputs(lines_of(PlanLabel::kOutputs));
  std::string due_text = JoinLines(lines_of(PlanLabel::kDue));
  if (due_text.empty()) {
    // Start Date | End Date columns: "START – END".
    std::string start = JoinLines(lines_of(PlanLabel::kStartDate)), end = JoinLines(lines_of(PlanLabel::kEndDate));
    due_text = start.empty() || end.empty() ? start + end : start + " – " + end;
  }
  std::optional<model::Due> due = plan::ReadDue(due_text);
  plan::StakeholderCell people;
  if (!b.cells[PlanLabel::kStakeholders].empty()) {
    Cell merged = StakeholderArea(b.cells[PlanLabel::kStakeholders]);
    people = plan::ReadStakeholderCell(structure_, merged, known_);
  }
  std::string who = "Milestone " + parts.front().number;
  int page = b.items.front()->page;
  // Separate Lead and Supporting columns.
  for (PlanLabel role : {PlanLabel::kLead, PlanLabel::kSupporting, PlanLabel::kStateActors, PlanLabel::kCsoActors}) {
    if (b.cells[role].empty()) continue;
    Cell merged = plan::MergeCells(b.cells[role]);
    auto names = SplitOrganisations(merged.lines, plan::CellRightEdge(merged), known_);
    if (role == PlanLabel::kLead) {
      people.lead.insert(people.lead.end(), names.begin(), names.end());
    } else if (role == PlanLabel::kStateActors) {
      if (!people.sectors) people.sectors = plan::SectorTable{};
      auto& g = people.sectors->supporting.government;
      g.insert(g.end(), names.begin(), names.end());
    } else if (role == PlanLabel::kCsoActors) {
      if (!people.sectors) people.sectors = plan::SectorTable{};
      auto& c = people.sectors->supporting.civil_society;
      c.insert(c.end(), names.begin(), names.end());
    } else {
      people.unplaced.insert(people.unplaced.end(), names.begin(), names.end());
    }
  }
  if (people.sectors) Mismatch(who, *people.sectors, page);
  if (!people.sectors && !people.unplaced.empty()) {
    people.sectors = GuessedSectors(who, people.unplaced, page);
    people.unplaced.clear();
  }
  Unplaced(who, people.unplaced, page);
  for (const plan::MilestonePart& part : parts) {
    model::Milestone m;
    m.number = part.number;
    if (group_ && m.number.starts_with(group_->number + ".")) m.group = group_;
    m.text = part.text;
    m.outputs = outputs;
    m.due = due;
    // No date column: the date the milestone's own sentence names ("… by
    // December 2022.").
    if (!m.due && due_text.empty()) m.due = plan::BulletDue(m.text);
    m.lead = people.lead;
    if (people.sectors) m.supporting = people.sectors->supporting;
    AddPages(m.pages, pages);
    prov_.back().push_back(
        Where(*b.items.front(), "/milestones/" + std::to_string(cur->milestones.size())));
    if (inferred) {
      warnings.push_back(Warning{b.items.front()->page, "milestone_number_inferred",
                                 "Milestone '" + text::Clip(m.text, 60) + "' of commitment " + cur->number +
                                     " is not numbered; numbered " + m.number + " by its position"});
    }
    cur->milestones.push_back(std::move(m));
    if (inferred) inferred_.insert(cur->number + "|" + cur->milestones.back().number);
  }
  AddPages(cur->pages, pages);
}

Cell Reader::StakeholderArea(const std::vector<const Cell*>& cells) {
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

plan::SectorTable Reader::GuessedSectors(const std::string& who, const std::vector<std::string>& names, int page) {
  extract::GuessedSectors guess = GuessSectors(names);
  std::string list;
  for (const std::string& n : names) list += (list.empty() ? "" : "; ") + n;
  warnings.push_back(Warning{page, "stakeholder_sector_guessed",
                             who + ": supporting stakeholders printed as one list, without the " +
                                 kSectorNames + " sub-table; sectors given from the names: " + list});
  plan::SectorTable t;
  t.supporting = std::move(guess.supporting);
  return t;
}

void Reader::Mismatch(const std::string& who, const plan::SectorTable& t, int page) {
  if (!t.header_mismatch || t.header.empty()) return;
  warnings.push_back(Warning{t.header_page > 0 ? t.header_page : page, "sector_header_mismatch",
                             who + ": stakeholder sub-table header printed as '" +
                                 plan::JoinHeader(t.header) + "'; columns read by position as " +
                                 kSectorNames});
}

void Reader::Unplaced(const std::string& who, const std::vector<std::string>& names, int page) {
  if (names.empty()) return;
  std::string list;
  for (const std::string& n : names) list += (list.empty() ? "" : "; ") + n;
  warnings.push_back(Warning{page, "unplaced_stakeholders",
                             who + ": names printed after 'Supporting Stakeholders:' outside the " +
                                 kSectorNames + " sub-table, left out of supporting: " + list});
}

}  // namespace ogpx::extract::plan
