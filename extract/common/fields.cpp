// ForEachTextField(): the one walk over an extracted document's text (fields.h).
#include "extract/common/fields.h"

#include <optional>
#include <utility>

namespace ogpx::extract {
namespace {

class Walk {
 public:
  explicit Walk(const std::function<void(const TextField&)>& visit) : visit_(visit) {}

  void One(std::string path, std::string& value, const std::vector<int>& pages, std::vector<std::string> owners) {
    visit_(TextField{std::move(path), &value, pages, std::move(owners)});
  }
  void Optional(const std::string& path, std::optional<std::string>& value, const std::vector<int>& pages,
                const std::vector<std::string>& owners) {
    if (value) One(path, *value, pages, owners);
  }
  void List(const std::string& path, std::vector<std::string>& values, const std::vector<int>& pages,
            const std::vector<std::string>& owners) {
    for (std::size_t i = 0; i < values.size(); ++i) One(path + "/" + std::to_string(i), values[i], pages, owners);
  }
  void Sectors(const std::string& path, model::Stakeholders& s, const std::vector<int>& pages,
               const std::vector<std::string>& owners) {
    List(path + "/government", s.government, pages, owners);
    List(path + "/civil_society", s.civil_society, pages, owners);
    List(path + "/other", s.other, pages, owners);
  }

 private:
  const std::function<void(const TextField&)>& visit_;
};

void WalkMilestone(Walk& w, const std::string& base, model::Milestone& m, const std::vector<int>& commitment_pages,
                   const std::string& title) {
  // A milestone is looked for on its commitment's pages too: a row that
  // breaks across a page keeps only one of its pages.
  std::vector<int> pages = commitment_pages;
  pages.insert(pages.end(), m.pages.begin(), m.pages.end());
  const std::string text = base + "/text";
  w.One(text, m.text, pages, {base, title});
  const std::vector<std::string> owners = {text, base, title};
  if (m.group) w.One(base + "/group/title", m.group->title, pages, owners);
  if (m.due) w.One(base + "/due/raw", m.due->raw, pages, owners);
  w.List(base + "/outputs", m.outputs, pages, owners);
  w.List(base + "/lead", m.lead, pages, owners);
  w.Sectors(base + "/supporting", m.supporting, pages, owners);
}

void WalkPlan(Walk& w, model::ActionPlan& plan) {
  // The title is looked for on every page (the first place wins): a cover
  // may be an image, the title printed again inside.
  w.Optional("/action_plan/title", plan.title, {}, {});
  w.List("/action_plan/participants/government", plan.participants.government, {}, {});
  w.List("/action_plan/participants/civil_society", plan.participants.civil_society, {}, {});
  for (std::size_t i = 0; i < plan.commitments.size(); ++i) {
    model::Commitment& c = plan.commitments[i];
    const std::string base = "/action_plan/commitments/" + std::to_string(i);
    const std::string title = base + "/title";
    const std::vector<std::string> owners = {title};
    w.Optional(title, c.title, c.pages, {});
    w.Optional(base + "/id", c.id, c.pages, owners);
    // A theme heads the section its first commitment opens, often a page before.
    w.Optional(base + "/theme", c.theme, {}, owners);
    w.Optional(base + "/description", c.description, c.pages, owners);
    w.Optional(base + "/objective", c.objective, c.pages, owners);
    w.Optional(base + "/relevance", c.relevance, c.pages, owners);
    w.Optional(base + "/ambition", c.ambition, c.pages, owners);
    if (c.analysis) {
      w.Optional(base + "/analysis/transparency", c.analysis->transparency, c.pages, owners);
      w.Optional(base + "/analysis/accountability", c.analysis->accountability, c.pages, owners);
      w.Optional(base + "/analysis/participation", c.analysis->participation, c.pages, owners);
    }
    if (c.contact) {
      w.Optional(base + "/contact/name", c.contact->name, c.pages, owners);
      w.Optional(base + "/contact/title", c.contact->title, c.pages, owners);
      w.Optional(base + "/contact/email", c.contact->email, c.pages, owners);
      w.Optional(base + "/contact/phone", c.contact->phone, c.pages, owners);
    }
    w.List(base + "/lead", c.lead, c.pages, owners);
    w.Sectors(base + "/supporting", c.supporting, c.pages, owners);
    w.Optional(base + "/problem/problem", c.problem.problem, c.pages, owners);
    w.Optional(base + "/problem/causes", c.problem.causes, c.pages, owners);
    w.Optional(base + "/problem/done_so_far", c.problem.done_so_far, c.pages, owners);
    w.Optional(base + "/problem/solution", c.problem.solution, c.pages, owners);
    w.Optional(base + "/problem/results", c.problem.results, c.pages, owners);
    for (std::size_t k = 0; k < c.milestones.size(); ++k)
      WalkMilestone(w, base + "/milestones/" + std::to_string(k), c.milestones[k], c.pages, title);
  }
}

void WalkOrder(Walk& w, model::Order& order) {
  const std::vector<int>& pages = order.pages;
  const std::string title = "/order/title";
  const std::vector<std::string> owners = {title};
  w.Optional(title, order.title, pages, {});
  w.Optional("/order/issuer", order.issuer, pages, owners);
  w.Optional("/order/number", order.number, pages, owners);
  w.Optional("/order/place", order.place, pages, owners);
  w.Optional("/order/subject", order.subject, pages, owners);
  w.Optional("/order/legal_basis", order.legal_basis, pages, owners);
  w.List("/order/clauses", order.clauses, pages, owners);
  w.Optional("/order/signatory/name", order.signatory.name, pages, owners);
  w.Optional("/order/signatory/position", order.signatory.position, pages, {"/order/signatory/name"});
  if (order.approves) w.Optional("/order/approves/title", order.approves->title, pages, owners);
}

void WalkReport(Walk& w, model::ProgressReport& report) {
  w.Optional("/progress_report/agency", report.agency, {1, 2}, {});
  for (std::size_t i = 0; i < report.entries.size(); ++i) {
    model::ReportEntry& e = report.entries[i];
    const std::string base = "/progress_report/entries/" + std::to_string(i);
    // The results text is the entry's longest field, so the surest owner.
    const std::string results = base + "/results";
    w.Optional(results, e.results, e.pages, {});
    w.One(base + "/milestone", e.milestone, e.pages, {results});
    w.Optional(base + "/next_steps", e.next_steps, e.pages, {results, base + "/milestone"});
    w.List(base + "/evidence", e.evidence, e.pages, {results, base + "/milestone"});
  }
}

}  // namespace

void ForEachTextField(model::Document& doc, const std::function<void(const TextField&)>& visit) {
  Walk w(visit);
  if (doc.action_plan) WalkPlan(w, *doc.action_plan);
  if (doc.order) WalkOrder(w, *doc.order);
  if (doc.progress_report) WalkReport(w, *doc.progress_report);
}

}  // namespace ogpx::extract
