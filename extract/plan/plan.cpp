// ReadActionPlan(): an action plan on the OGP commitment template.
//
// The document is read as the structure's stream of table rows and free
// lines (layout/stream.h), in reading order, by a small state machine keyed on
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
#include <set>

#include "extract/common/countries.h"
#include "extract/common/numbering.h"
#include "extract/plan/meta.h"
#include "extract/plan/narrative.h"
#include "extract/plan/reader.h"
#include "extract/extract.h"
#include "base/text.h"
#include "layout/lines.h"

namespace ogpx::extract {
namespace {

using plan::Reader;
using plan::StreamItem;

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

// A ruled table of three rows or more on a page where no commitment was
// read is data the plan reader did not understand: say so, with its page,
// its size and its first cell.
// Milestone numbers out of their commitment's run by one misread character
// (extract/common/numbering.h), each repair with a `number_repaired` warning.
// Milestones with a text, over all commitments.
std::size_t MilestoneCount(const std::vector<model::Commitment>& commitments) {
  std::size_t n = 0;
  for (const model::Commitment& c : commitments)
    for (const model::Milestone& m : c.milestones) n += !text::FoldWhitespace(m.text).empty();
  return n;
}

void RepairMilestoneNumbers(model::ActionPlan& plan, std::vector<Warning>& warnings) {
  for (model::Commitment& c : plan.commitments) {
    std::vector<std::string> numbers;
    for (const model::Milestone& m : c.milestones) numbers.push_back(m.number);
    const std::optional<std::string> parent = c.number.empty() ? std::nullopt : std::optional(c.number);
    for (const NumberRepair& r : RepairNumbers(numbers, parent)) {
      model::Milestone& m = c.milestones[r.index];
      m.number = r.to;
      warnings.push_back({m.pages.empty() ? std::nullopt : std::optional(m.pages.front()), "number_repaired",
                          "Commitment " + c.number + ": " + RepairMessage(r, "milestone")});
    }
  }
}

void WarnTablesNotRead(const std::vector<Table>& tables, const model::ActionPlan& plan,
                       std::vector<Warning>& warnings) {
  std::set<int> read;
  for (const auto& c : plan.commitments) read.insert(c.pages.begin(), c.pages.end());
  for (const Table& t : tables) {
    if (!t.ruled || t.rows < 3 || t.cols < 2) continue;
    const bool touched = std::any_of(t.regions.begin(), t.regions.end(),
                                     [&](const Region& r) { return read.contains(r.page); });
    if (touched) continue;
    std::string first;
    for (const Cell& c : t.cells)
      if (!text::FoldWhitespace(c.text).empty()) {
        first = text::Clip(text::FoldWhitespace(c.text), 60);
        break;
      }
    warnings.push_back({t.first_page(), "table_not_understood",
                        "a table of " + std::to_string(t.rows) + " rows and " + std::to_string(t.cols) +
                            " columns (first cell \"" + first + "\") was not read: its labels are none "
                            "of the OGP template's"});
  }
}

}  // namespace

model::ActionPlan ReadActionPlan(const layout::Structure& s, std::vector<Warning>& warnings,
                                 std::vector<model::Provenance>& provenance) {
  const std::vector<Table>& tables = s.tables;
  const std::vector<StreamItem>& items = s.stream();
  model::Participants participants = plan::ReadParticipants(s.pages(), tables);
  KnownOrgs known;
  for (const auto& n : participants.government) known.Add(n);
  for (const auto& n : participants.civil_society) known.Add(n);

  // First pass: which names does the document print more than once?
  Reader first(s, items, known);
  first.Run();
  std::map<std::string, int> counts;
  CountNames(first.plan, counts);
  KnownOrgs known2 = known;
  for (const auto& [name, count] : counts) {
    if (count >= 2) known2.Add(name);
  }
  Reader second(s, items, known2);
  second.Run();

  model::ActionPlan out = std::move(second.plan);
  out.participants = std::move(participants);
  std::size_t first_commitment = second.first_commitment;
  if (!out.commitments.empty()) {
    // The template's generation, by the labels only it prints.
    auto seen = [&](std::initializer_list<PlanLabel> labels) {
      return std::any_of(labels.begin(), labels.end(), [&](PlanLabel l) { return second.labels_seen.contains(l); });
    };
    if (seen({PlanLabel::kAnalysis, PlanLabel::kTransparency, PlanLabel::kAccountability, PlanLabel::kParticipation}))
      out.template_name = "2020";
    else if (seen({PlanLabel::kOtherActorsInvolved, PlanLabel::kStateActors, PlanLabel::kCsoActors,
                   PlanLabel::kObjective, PlanLabel::kContactName, PlanLabel::kStartDate, PlanLabel::kEndDate}))
      out.template_name = "2016";
    else
      out.template_name = "current";
  }
  // A template reading with fewer milestones than commitments (headings
  // the template reader took for its own over tables it could not map):
  // the prose readers are asked too, and theirs is the plan when it finds
  // more milestones. (More commitments alone prove nothing: the styled
  // headings of an annex are commitments to them.)
  bool template_read = !out.commitments.empty();
  std::optional<plan::NarrativePlan> prose;
  if (template_read && MilestoneCount(out.commitments) < out.commitments.size()) {
    prose = plan::ReadNarrative(s);
    if (MilestoneCount(out.commitments) < out.commitments.size() &&
        MilestoneCount(prose->commitments) > MilestoneCount(out.commitments)) {
      out.commitments.clear();
      out.template_name.reset();
      first_commitment = std::string::npos;
      template_read = false;
    }
  }
  if (out.commitments.empty()) {
    // No template: a plan written as prose.
    plan::NarrativePlan narrative = prose ? std::move(*prose) : plan::ReadNarrative(s);
    if (!narrative.commitments.empty()) {
      out.commitments = std::move(narrative.commitments);
      out.template_name = "narrative";
      for (model::Provenance p : narrative.provenance) {
        p.field = "/action_plan" + p.field;
        provenance.push_back(std::move(p));
      }
      first_commitment = narrative.first;
      for (const auto& c : narrative.numbered_by_position)
        warnings.push_back({c.page, "commitment_number_inferred",
                            "Commitment '" + c.title + "' has no printed number; numbered " + c.number +
                                " by position"});
      for (const auto& u : narrative.unplaced) {
        warnings.push_back({u.page, "unplaced_stakeholders",
                            "Commitment " + u.commitment + ": organisations listed without a sector, left out of "
                            "supporting: " + text::Clip(u.names, 400)});
      }
      for (const auto& m : narrative.inferred) {
        warnings.push_back({m.page, "milestone_number_inferred",
                            "Commitment " + m.commitment + ": a milestone bullet, numbered " + m.milestone +
                                " by its position"});
      }
      for (const model::Commitment& c : out.commitments) {
        if (!c.milestones.empty()) continue;
        warnings.push_back({c.pages.empty() ? 1 : c.pages.front(), "plan_no_milestones",
                            "Commitment " + c.number + " (a plan written as prose) has no milestone list"});
      }
    } else {
      warnings.push_back({std::nullopt, "plan_no_commitments",
                          "no commitment was found: neither the OGP template's tables nor "
                          "'Commitment N' headings"});
    }
  }
  if (auto notes = plan::ReadPlanMeta(items, first_commitment, out); notes.number_from_prose_page && out.plan_number)
    warnings.push_back({*notes.number_from_prose_page, "plan_number_from_prose",
                        "the plan number " + std::to_string(*out.plan_number) +
                            " was taken from running text: neither the title nor the cover prints it"});
  // A country named on the cover apart from the title ("REPUBLIC OF GHANA"
  // over "Third National Action Plan"): the title block's lines.
  for (const layout::PageLine* l : s.title()) {
    if (out.country) break;
    out.country = FindCountry(l->line.text);
  }
  WarnTablesNotRead(tables, out, warnings);
  RepairMilestoneNumbers(out, warnings);
  if (template_read) {
    warnings.insert(warnings.end(), second.warnings.begin(), second.warnings.end());
    provenance.insert(provenance.end(), second.provenance.begin(), second.provenance.end());
  }
  return out;
}

}  // namespace ogpx::extract
