// The rows of one `ogpx status` run, shared by `ogpx status` (every format)
// and the status page of `ogpx review`: the milestones of the view
// milestone_status as of a day, one copy of each plan (unless all copies are
// asked for), the filters applied, and the totals per lead agency.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/status.h"
#include "cli/status_output.h"
#include "model/store.h"

namespace ogpx::cli {

struct StatusRun {
  std::string as_of;                                   // ISO day overdue is decided on
  std::vector<model::MilestoneStatus> rows;            // in the store's order
  std::vector<AgencySummary> agencies;                 // by name
  std::map<int64_t, std::vector<std::string>> copies;  // kept plan_id -> files left out
  bool any_plan = false;                               // the database holds a plan
};

// `as_of`: "YYYY-MM-DD" or "YYYY" (checked by the caller); today when absent.
Result<StatusRun> QueryStatus(model::Store& store, const std::optional<std::string>& as_of,
                              const StatusFilters& filters);

// The filters as one line for people ("agency: finance; overdue only"); ""
// when none.
std::string DescribeFilters(const StatusFilters& filters);

}  // namespace ogpx::cli
