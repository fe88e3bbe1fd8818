// The rows of one status run (status_rows.h).
#include "cli/status_rows.h"

#include <set>
#include <utility>

namespace ogpx::cli {
namespace {

using model::MilestoneStatus;

// Keeps the rows that pass `f` (the copy choice is made before).
Result<std::vector<MilestoneStatus>> Filter(model::Store& store, std::vector<MilestoneStatus> rows,
                                            const StatusFilters& f) {
  std::set<int64_t> agencies;
  if (f.agency) {
    auto ids = store.MatchOrganisations(*f.agency);
    if (!ids) return ids.error();
    agencies.insert(ids->begin(), ids->end());
  }
  std::map<std::string, bool> countries;  // country as stored -> matches
  std::optional<int> plan_number;
  if (f.plan && !f.plan->empty() && f.plan->find_first_not_of("0123456789") == std::string::npos &&
      f.plan->size() < 6)
    plan_number = std::stoi(*f.plan);
  std::vector<MilestoneStatus> out;
  for (auto& m : rows) {
    if (f.overdue && !m.overdue) continue;
    if (f.unreported && !m.no_report) continue;
    if (f.plan && !(plan_number ? m.plan_number == plan_number : m.plan_file == *f.plan)) continue;
    if (f.agency) {
      bool led = false;
      for (int64_t id : m.lead_org_ids) led = led || agencies.count(id);
      if (!led) continue;
    }
    if (f.country) {
      if (!m.country) continue;
      auto it = countries.find(*m.country);
      if (it == countries.end()) {
        auto same = store.SameOrganisation(*m.country, *f.country);
        if (!same) return same.error();
        it = countries.emplace(*m.country, *same).first;
      }
      if (!it->second) continue;
    }
    out.push_back(std::move(m));
  }
  return out;
}

// Keeps, of each plan held by several files, the file with the most
// milestones (the first in the store's order on a tie); `copies` gets, per
// kept plan_id, the names of the files left out.
std::vector<MilestoneStatus> OneCopyPerPlan(std::vector<MilestoneStatus> rows,
                                            std::map<int64_t, std::vector<std::string>>& copies) {
  struct Plan {
    int64_t id;
    const MilestoneStatus* first;  // its first row
    std::size_t milestones;
  };
  std::vector<Plan> plans;  // in the store's order (rows come grouped by plan)
  for (const auto& m : rows) {
    if (plans.empty() || plans.back().id != m.plan_id) plans.push_back({m.plan_id, &m, 0});
    ++plans.back().milestones;
  }
  std::map<std::string, const Plan*> best;  // by MilestoneStatus::plan_key
  for (const Plan& p : plans) {
    auto [it, fresh] = best.emplace(p.first->plan_key, &p);
    if (!fresh && p.milestones > it->second->milestones) it->second = &p;
  }
  std::set<int64_t> kept;
  for (const Plan& p : plans) {
    const Plan* b = best[p.first->plan_key];
    if (b == &p)
      kept.insert(p.id);
    else
      copies[b->id].push_back(p.first->plan_file);
  }
  std::erase_if(rows, [&](const MilestoneStatus& m) { return !kept.count(m.plan_id); });
  return rows;
}

}  // namespace

Result<StatusRun> QueryStatus(model::Store& store, const std::optional<std::string>& as_of,
                              const StatusFilters& filters) {
  StatusRun run;
  auto day = model::Store::AsOfDay(as_of);
  if (!day) return day.error();
  run.as_of = *day;
  auto all = store.MilestoneStatuses(run.as_of);
  if (!all) return all.error();
  if (!filters.all_copies) *all = OneCopyPerPlan(std::move(*all), run.copies);
  run.any_plan = !all->empty();
  auto rows = Filter(store, std::move(*all), filters);
  if (!rows) return rows.error();
  run.rows = std::move(*rows);
  auto orgs = store.Organisations();
  if (!orgs) return orgs.error();
  std::map<int64_t, std::string> names;
  for (const auto& o : *orgs) names.emplace(o.id, o.name);
  run.agencies = SummariseAgencies(run.rows, names);
  return run;
}

std::string DescribeFilters(const StatusFilters& f) {
  std::string out;
  auto add = [&](const std::string& part) { out += (out.empty() ? "" : "; ") + part; };
  if (f.agency) add("agency: " + *f.agency);
  if (f.country) add("country: " + *f.country);
  if (f.plan) add("plan: " + *f.plan);
  if (f.overdue) add("overdue only");
  if (f.unreported) add("unreported only");
  if (f.all_copies) add("every copy of a plan");
  return out;
}

}  // namespace ogpx::cli
