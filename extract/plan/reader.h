// The action-plan reader's state machine (internal to extract/action_plan*.cpp;
// see action_plan.cpp for what it reads and how). One Reader reads one row
// stream once: Run(), then take plan, warnings, provenance and
// first_commitment. The commitment rows are handled in
// action_plan_reader.cpp, the milestone rows in action_plan_milestones.cpp.
#pragma once

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "extract/plan/cells.h"
#include "extract/plan/labels.h"
#include "extract/plan/rows.h"
#include "extract/extract.h"
#include "extract/plan/stakeholders.h"

namespace ogpx::extract::plan {

inline constexpr const char* kSectorNames = "Government | Civil Society | Other Actors";

inline bool IsQuestion(PlanLabel l) {
  return l == PlanLabel::kProblem || l == PlanLabel::kCauses || l == PlanLabel::kDoneSoFar ||
         l == PlanLabel::kSolution || l == PlanLabel::kResults;
}

// The commitment's free-text fields of the other template generations
// (creating its analysis / contact object when needed).
inline std::optional<std::string>* TextField(model::Commitment& c, PlanLabel l) {
  switch (l) {
    case PlanLabel::kObjective: return &c.objective;
    case PlanLabel::kDescription: return &c.description;
    case PlanLabel::kRelevance: return &c.relevance;
    case PlanLabel::kAmbition: return &c.ambition;
    case PlanLabel::kTransparency: if (!c.analysis) c.analysis.emplace();
      return &c.analysis->transparency;
    case PlanLabel::kAccountability: if (!c.analysis) c.analysis.emplace();
      return &c.analysis->accountability;
    case PlanLabel::kParticipation: if (!c.analysis) c.analysis.emplace();
      return &c.analysis->participation;
    case PlanLabel::kContactName: if (!c.contact) c.contact.emplace();
      return &c.contact->name;
    case PlanLabel::kContactTitle: if (!c.contact) c.contact.emplace();
      return &c.contact->title;
    case PlanLabel::kContactEmail: if (!c.contact) c.contact.emplace();
      return &c.contact->email;
    case PlanLabel::kContactPhone: if (!c.contact) c.contact.emplace();
      return &c.contact->phone;
    default: return nullptr;
  }
}

inline bool IsDefinition(PlanLabel l) {
  model::Commitment probe;
  return IsQuestion(l) || l == PlanLabel::kLead || l == PlanLabel::kSupporting ||
         l == PlanLabel::kPeriod || l == PlanLabel::kTitle || l == PlanLabel::kCommitmentId ||
         l == PlanLabel::kStateActors || l == PlanLabel::kCsoActors || TextField(probe, l) != nullptr;
}

inline bool IsColumnLabel(PlanLabel l) {
  return l == PlanLabel::kMilestones || l == PlanLabel::kOutputs || l == PlanLabel::kDue ||
         l == PlanLabel::kStakeholders || l == PlanLabel::kStartDate || l == PlanLabel::kEndDate;
}

// Labels that head a milestone-table column when they sit in its header
// row: the column labels, and Lead / Supporting as separate columns.
inline bool IsHeaderLabel(PlanLabel l) {
  return IsColumnLabel(l) || l == PlanLabel::kLead || l == PlanLabel::kSupporting ||
         l == PlanLabel::kStateActors || l == PlanLabel::kCsoActors;
}

inline std::string CellText(const Cell& cell) { return JoinLines(plan::LineTexts(cell)); }

inline void AddPages(std::vector<int>& pages, const std::set<int>& more) {
  pages.insert(pages.end(), more.begin(), more.end());
  std::sort(pages.begin(), pages.end());
  pages.erase(std::unique(pages.begin(), pages.end()), pages.end());
}

inline std::optional<std::string>* QuestionField(model::Problem& p, PlanLabel l) {
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
  Reader(const layout::Structure& structure, const std::vector<StreamItem>& items, const KnownOrgs& known)
      : structure_(structure), items_(items), known_(known) {}

  void Run();

  model::ActionPlan plan;
  std::vector<Warning> warnings;
  std::vector<model::Provenance> provenance;  // fields of the kept commitments
  std::size_t first_commitment = std::string::npos;
  // Labels the template rows printed: which generation of the template it is.
  std::set<PlanLabel> labels_seen;

 private:
  // Where `item` starts: its first page and the box it covers there.
  static model::Provenance Where(const StreamItem& item, std::string field);

  model::Commitment* Current();

  void FlushAll();

  // Returns true when the heading was consumed.
  bool OnHeading(const std::string& text, const StreamItem& item, std::size_t index);

  // Headings without the word "Commitment": "Commitment ID: XX0012", and
  // "3. Title" when the template's rows follow.
  bool OnOtherHeading(const std::string& text, const StreamItem& item, std::size_t index);

  // Whether the template's first rows follow item `index` closely.
  bool StartsTemplate(std::size_t index) const;

  void StartCommitment(const std::string& number, const std::string& title, const StreamItem& item,
                       std::size_t index);

  void OnFreeLine(const StreamItem& item, std::size_t index);

  void OnRow(const StreamItem& item, std::size_t index);

  void DefinitionRow(PlanLabel label, const StreamItem& item, model::Commitment& c);

  // The commitment's Supporting Stakeholders, once all its rows are seen.
  void FlushSupporting();

  void MilestoneHeader(const StreamItem& item);

  PlanLabel RoleOf(const Cell& cell, std::size_t position) const;

  // Milestone rows are buffered: a row cut by a page break may come as two
  // rows (the number in either part); they are read as one.
  void MilestoneRow(const StreamItem& item);
  // A cell under no column of the milestone header's labels (a "N°" column
  // the vocabulary does not name).
  bool OutsideRoles(const Cell& cell) const;
  // "Key deliverables | <the milestones, one per line>": a label row whose
  // value cell lists the commitment's milestones (a line that runs to the
  // cell's edge goes on in the next), each numbered as printed or by
  // position, dated by the date it names.
  void MilestoneListCell(const StreamItem& item, const Cell& value);

  void FlushMilestone();

  // The stakeholder cells of a (possibly page-cut) row as one cell. When the
  // first part holds a nested sub-table and the continuation came back as
  // plain cells, those cells become one more nested table, each cell in the
  // sector column its x range overlaps most.
  static Cell StakeholderArea(const std::vector<const Cell*>& cells);

  // A flat supporting list in sectors by GuessSectors, with a
  // `stakeholder_sector_guessed` warning.
  plan::SectorTable GuessedSectors(const std::string& who, const std::vector<std::string>& names, int page);

  void Mismatch(const std::string& who, const plan::SectorTable& t, int page);

  void Unplaced(const std::string& who, const std::vector<std::string>& names, int page);

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

  const layout::Structure& structure_;
  const std::vector<StreamItem>& items_;
  const KnownOrgs& known_;
  std::vector<std::size_t> started_at_;
  std::vector<std::vector<model::Provenance>> prov_;  // per commitment, fields relative to it
  bool in_milestones_ = false;
  std::set<std::size_t> header_seen_;  // commitments whose milestone header was seen
  std::set<std::string> inferred_;  // "<commitment>|<milestone>" numbered by position
  std::vector<Role> roles_;
  // The second row of a milestone header whose labels span columns over it
  // ("Milestone" over "No. | Description"): names, not a milestone.
  const Table* sub_header_table_ = nullptr;
  int sub_header_row_ = -1;
  std::optional<model::MilestoneGroup> group_;
  std::optional<PlanLabel> last_label_;
  std::vector<const Cell*> support_cells_;
  Cell support_nested_;  // a sub-table under the label, standing for its value
  int support_page_ = 0;
  Buffer buffer_;
  bool title_open_ = false;
  bool await_title_ = false;  // the heading printed its number alone
  CellLine last_title_;
  // A label set alone in a column of its own, its value beside it.
  std::optional<PlanLabel> pending_label_;
  CellLine pending_line_;
  void ApplyLabelled(PlanLabel label, const std::string& value, const StreamItem& item, model::Commitment& c);
};

}  // namespace ogpx::extract::plan
