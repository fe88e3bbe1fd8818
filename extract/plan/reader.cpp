// The action-plan reader: commitment headings, definition rows, supporting
// stakeholders (see action_plan_reader.h).
#include "extract/plan/reader.h"

#include <algorithm>

#include "extract/common/dates.h"
#include "extract/plan/narrative.h"
#include "base/text.h"

namespace ogpx::extract::plan {

void Reader::Run() {
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
    if (c.milestones.empty()) {
      const int page = c.pages.empty() ? 1 : c.pages.front();
      if (header_seen_.contains(i)) {
        warnings.push_back(Warning{page, "milestones_not_read",
                                   "Commitment " + c.number + ": a milestone table was found but no milestone "
                                   "could be read from it"});
      } else {
        warnings.push_back(Warning{page, "plan_no_milestones", "Commitment " + c.number + " has no milestones"});
      }
    }
    kept.push_back(c);
    kept_at.push_back(started_at_[i]);
  }
  plan.commitments = std::move(kept);
  if (!kept_at.empty()) first_commitment = kept_at.front();
}

model::Provenance Reader::Where(const StreamItem& item, std::string field) {
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

model::Commitment* Reader::Current() { return plan.commitments.empty() ? nullptr : &plan.commitments.back(); }

void Reader::FlushAll() {
  FlushMilestone();
  FlushSupporting();
}

bool Reader::OnHeading(const std::string& text, const StreamItem& item, std::size_t index) {
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
  StartCommitment(heading->number, heading->title, item, index);
  return true;
}

namespace {

// "Commitment ID: XX0012" -> {"12", "XX0012"}: the digits closing the code.
std::optional<std::pair<std::string, std::string>> ParseCommitmentId(const std::string& code_text) {
  std::string code = text::FoldWhitespace(code_text);
  if (code.empty() || code.find(' ') != std::string::npos || code.size() > 24) return std::nullopt;
  std::size_t end = code.size();
  while (end > 0 && !std::isdigit(static_cast<unsigned char>(code[end - 1]))) --end;
  std::size_t start = end;
  while (start > 0 && std::isdigit(static_cast<unsigned char>(code[start - 1]))) --start;
  if (start == end) return std::nullopt;
  std::string digits = code.substr(start, end - start);
  digits.erase(0, std::min(digits.find_first_not_of('0'), digits.size() - 1));
  return std::make_pair(digits, code);
}

}  // namespace

bool Reader::StartsTemplate(std::size_t index) const {
  for (std::size_t j = index + 1; j < items_.size() && j <= index + 3; ++j) {
    const StreamItem& next = items_[j];
    std::string t = next.is_row() ? (next.cells.empty() ? std::string() : CellText(*next.cells.front()))
                                  : next.line.text;
    auto l = MatchLabel(t);
    if (l) {
      return *l == PlanLabel::kCommitmentDefinition || *l == PlanLabel::kLead || *l == PlanLabel::kTitle ||
             *l == PlanLabel::kCommitmentId || *l == PlanLabel::kProblemDefinition || *l == PlanLabel::kPeriod;
    }
    if (next.is_row()) return false;
  }
  return false;
}

bool Reader::OnOtherHeading(const std::string& text, const StreamItem& item, std::size_t index) {
  // "Commitment ID: XX0012" (the number is the code's last digits).
  if (MatchLabel(text) == PlanLabel::kCommitmentId) {
    auto id = ParseCommitmentId(AfterLabel(text, PlanLabel::kCommitmentId).value_or(""));
    if (!id) return false;
    model::Commitment* cur = Current();
    if (cur != nullptr && cur->id == id->second) return true;
    StartCommitment(id->first, "", item, index);
    Current()->id = id->second;
    return true;
  }
  // "3. Title" just above the template's first rows.
  auto bare = ParseCommitmentHeading(text, false);
  if (!bare || bare->number.find('.') != std::string::npos || bare->title.empty() || !StartsTemplate(index))
    return false;
  model::Commitment* cur = Current();
  if (cur != nullptr && cur->number == bare->number) return true;
  StartCommitment(bare->number, bare->title, item, index);
  return true;
}

void Reader::StartCommitment(const std::string& number, const std::string& title, const StreamItem& item,
                             std::size_t index) {
  FlushAll();
  model::Commitment c;
  c.number = number;
  if (!title.empty()) c.title = title;
  AddPages(c.pages, item.pages);
  plan.commitments.push_back(std::move(c));
  prov_.push_back({Where(item, "/title")});
  started_at_.push_back(index);
  in_milestones_ = false;
  roles_.clear();
  group_.reset();
  last_label_.reset();
}

void Reader::ApplyLabelled(PlanLabel label, const std::string& value, const StreamItem& item, model::Commitment& c) {
  if (label == PlanLabel::kLead && c.lead.empty()) {
    c.lead = plan::SplitLeadList(value);
    AddPages(c.pages, item.pages);
  } else if (label == PlanLabel::kPeriod && !c.period.start) {
    if (auto span = ParseYearSpan(value)) c.period = *span;
  } else if (label == PlanLabel::kTitle && !c.title) {
    c.title = text::FoldWhitespace(value);
  }
}

void Reader::OnFreeLine(const StreamItem& item, std::size_t index) {
  const CellLine& line = item.line;
  const std::optional<PlanLabel> beside = pending_label_;
  const CellLine pending = pending_line_;
  pending_label_.reset();
  if (OnHeading(line.text, item, index) || OnOtherHeading(line.text, item, index)) {
    auto heading = ParseCommitmentHeading(line.text, false);
    title_open_ = Current() != nullptr && Current()->title && heading && heading->number == Current()->number;
    if (!title_open_) title_open_ = Current() != nullptr && ParseCommitmentHeading(line.text) &&
                                    ParseCommitmentHeading(line.text)->number == Current()->number;
    await_title_ = Current() != nullptr && !Current()->title;
    last_title_ = line;
    return;
  }
  model::Commitment* cur = Current();
  const double gap = line.box.y0 - last_title_.box.y1;
  if (await_title_ && cur != nullptr && !cur->title && line.page == last_title_.page && gap >= -1.0 &&
      gap <= kTitleUnderNumberGap * std::max(line.box.height(), last_title_.box.height()) && !MatchLabel(line.text)) {
    cur->title = text::FoldWhitespace(line.text);
    await_title_ = false;
    title_open_ = true;
    last_title_ = line;
    return;
  }
  await_title_ = false;
  if (title_open_ && cur != nullptr && line.page == last_title_.page &&
      gap < std::max(3.0, last_title_.box.height() * 0.8) && !MatchLabel(line.text)) {
    cur->title = JoinLines({cur->title.value_or(""), line.text});
    last_title_ = line;
    return;
  }
  title_open_ = false;
  if (cur == nullptr || in_milestones_) return;
  // The value of a label set alone in a column of its own, beside it on the
  // same band ("Responsible institution    Ministry of …").
  if (beside) {
    const double overlap = std::min(pending.box.y1, line.box.y1) - std::max(pending.box.y0, line.box.y0);
    if (pending.page == line.page && line.box.x0 > pending.box.x1 &&
        overlap > 0.5 * std::min(pending.box.height(), line.box.height())) {
      ApplyLabelled(*beside, line.text, item, *cur);
      return;
    }
  }
  // Labelled fields set in a line under the heading ("Lead Agency: X |
  // Duration: 2024–2026"), each read as the template's row of that label.
  for (const std::string& piece : SplitFields(line.text)) {
    const std::optional<PlanLabel> label = MatchLabel(piece);
    const std::optional<std::string> value = label ? AfterLabel(piece, *label) : std::nullopt;
    if (label && (!value || value->empty()) &&
        (*label == PlanLabel::kLead || *label == PlanLabel::kPeriod || *label == PlanLabel::kTitle)) {
      pending_label_ = label;
      pending_line_ = line;
    }
    if (!value || value->empty()) continue;
    ApplyLabelled(*label, *value, item, *cur);
  }
}

void Reader::OnRow(const StreamItem& item, std::size_t index) {
  std::vector<const Cell*> filled;
  for (const Cell* c : item.cells) {
    if (!c->lines.empty() || !c->nested.empty()) filled.push_back(c);
  }
  if (filled.empty()) return;
  // "Compromiso 1 | Title": a label row naming the commitment by its word
  // and number, its title in the value cell.
  if (filled.size() == 2 && filled[0]->col == 0 && filled[0]->nested.empty() && filled[1]->nested.empty()) {
    const std::string value = CellText(*filled[1]);
    if (auto heading = ParseCommitmentHeading(CellText(*filled[0]), true);
        heading && heading->title.empty() && heading->number.find('.') == std::string::npos && !value.empty() &&
        !MatchLabel(value)) {
      model::Commitment* cur = Current();
      if (cur == nullptr || cur->number != heading->number) StartCommitment(heading->number, value, item, index);
      return;
    }
  }
  if (filled.size() == 1 && filled.front()->nested.empty()) {
    std::string t = CellText(*filled.front());
    if (OnHeading(t, item, index) || OnOtherHeading(t, item, index)) return;
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
    if (label) labels_seen.insert(*label);
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
  // The rest of a sector sub-table under the label (cut by a page break):
  // a row of nothing but an empty label cell holding it goes on with the
  // sub-table read so far.
  if (support_cells_.size() == 1 && support_cells_.front() == &support_nested_ && first.empty() &&
      head->nested.size() == 1 && support_nested_.nested.size() == 1 &&
      std::all_of(item.cells.begin(), item.cells.end(), [](const Cell* c) { return c->lines.empty(); })) {
    Table& sub = support_nested_.nested.front();
    const Table& rest = head->nested.front();
    if (rest.cols == sub.cols) {
      for (Cell c : rest.cells) {
        c.row += sub.rows;
        sub.cells.push_back(std::move(c));
      }
      sub.rows += rest.rows;
      sub.regions.insert(sub.regions.end(), rest.regions.begin(), rest.regions.end());
      support_nested_.regions.insert(support_nested_.regions.end(), head->regions.begin(), head->regions.end());
      return;
    }
  }
  auto label = MatchLabel(first);
  if (label) labels_seen.insert(*label);
  // "Other actors involved | State actors involved | names": the second
  // cell says which list; its second row comes without the first cell.
  // (or with an empty one: the finder did not see the label's row span).
  if ((label == PlanLabel::kOtherActorsInvolved || first.empty()) && item.cells.size() >= 2) {
    const Cell* inner = label ? item.cells[1] : head;
    if (!label && head->col == 0)
      for (const Cell* c : item.cells)
        if (c != head && !c->lines.empty()) {
          inner = c;
          break;
        }
    auto sub = MatchLabel(CellText(*inner));
    if (sub == PlanLabel::kStateActors || sub == PlanLabel::kCsoActors) {
      FlushAll();
      StreamItem rest = item;
      rest.cells.assign(std::find(item.cells.begin(), item.cells.end(), inner), item.cells.end());
      DefinitionRow(*sub, rest, *cur);
      return;
    }
  }
  if (label && IsDefinition(*label)) {
    FlushAll();
    DefinitionRow(*label, item, *cur);
    return;
  }
  // "Key deliverables | <list>": a milestones label beside one value cell
  // that is no label itself (a header row names columns with labels).
  if (label == PlanLabel::kMilestones && !in_milestones_ && item.cells.size() == 2 && head->col == 0 &&
      !item.cells[1]->lines.empty() && !MatchLabel(CellText(*item.cells[1]))) {
    FlushAll();
    MilestoneListCell(item, *item.cells[1]);
    return;
  }
  int column_labels = 0, header_labels = 0;
  for (const Cell* c : item.cells) {
    auto l = MatchLabel(CellText(*c));
    if (l) labels_seen.insert(*l);
    column_labels += l && IsColumnLabel(*l);
    header_labels += l && IsHeaderLabel(*l);
  }
  if (column_labels >= 2 || (column_labels >= 1 && header_labels >= 3)) {
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

void Reader::DefinitionRow(PlanLabel label, const StreamItem& item, model::Commitment& c) {
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
    // The sector sub-table drawn under the label, across the label's
    // columns, with the value cell left empty (a word processor's nested
    // table): the sub-table is the value.
    const Cell* head = item.cells.front();
    if (value.lines.empty() && value.nested.empty() && !head->nested.empty()) {
      support_nested_ = *head;
      support_nested_.lines.clear();
      support_nested_.text.clear();
      support_cells_ = {&support_nested_};
    }
  } else if (label == PlanLabel::kStateActors || label == PlanLabel::kCsoActors) {
    auto names = SplitOrganisations(value.lines, plan::CellRightEdge(value), known_);
    auto& list = label == PlanLabel::kStateActors ? c.supporting.government : c.supporting.civil_society;
    list.insert(list.end(), names.begin(), names.end());
  } else if (label == PlanLabel::kTitle) {
    if (std::string t = CellText(value); !t.empty()) c.title = t;
  } else if (label == PlanLabel::kCommitmentId) {
    if (auto id = ParseCommitmentId(CellText(value))) {
      c.id = id->second;
      if (c.number.empty()) c.number = id->first;
    }
  } else if (label == PlanLabel::kContactEmail) {
    // "Email and Phone": the address and the number may share the cell.
    std::string email, phone;
    for (const std::string& w : text::SplitSpaces(text::FoldWhitespace(CellText(value)))) {
      std::string& part = w.find('@') != std::string::npos ? email : phone;
      part += (part.empty() ? "" : " ") + w;
    }
    if (!c.contact) c.contact.emplace();
    if (email.empty()) {
      if (!phone.empty()) c.contact->email = phone;
    } else {
      c.contact->email = email;
      if (!phone.empty() && !c.contact->phone) c.contact->phone = phone;
    }
  } else if (auto* text = TextField(c, label)) {
    if (std::string t = CellText(value); !t.empty()) *text = t;
  }
}

void Reader::FlushSupporting() {
  if (support_cells_.empty()) return;
  model::Commitment* c = Current();
  Cell merged = plan::MergeCells(support_cells_);
  support_cells_.clear();
  if (c == nullptr) return;
  auto cell = plan::ReadStakeholderCell(structure_, merged, known_);
  std::string who = "Commitment " + c->number;
  std::vector<std::string> unplaced = cell.lead;  // no labels inside this cell
  unplaced.insert(unplaced.end(), cell.unplaced.begin(), cell.unplaced.end());
  if (cell.sectors) {
    c->supporting = cell.sectors->supporting;
    Mismatch(who, *cell.sectors, support_page_);
    Unplaced(who, unplaced, support_page_);
  } else if (!unplaced.empty()) {
    c->supporting = GuessedSectors(who, unplaced, support_page_).supporting;
  }
}

}  // namespace ogpx::extract::plan
