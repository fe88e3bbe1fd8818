// The milestone status dashboard (`ogpx status --format html`, status.html
// of the review site; docs/review.md): per plan, a completion chart per
// commitment (not started / limited / substantial / completed / unreported,
// and "no status" when a report names a milestone without one), overdue
// milestones marked, the milestones with their latest status linked to the
// review page of the report it came from, and totals per lead agency.
//
// Plain HTML and CSS (export/html.h); the chart is made of elements whose
// data-status and data-count attributes hold the counts it draws.
//
// Pure function of its arguments; thread-safe.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "model/store.h"

namespace ogpx::exporter {

// A lead organisation's totals over the listed milestones.
struct DashboardAgency {
  std::string name;
  int milestones = 0, overdue = 0, unreported = 0;
  std::optional<std::string> latest_report;  // latest period end of its milestones' reports
};

struct Dashboard {
  std::string as_of;    // the day "overdue" is decided on (ISO)
  std::string filters;  // the filters that chose the rows, as text ("" none)
  // documents.id -> link to its review page (ReviewPageName, with the path
  // to the site before it); a document without one is not linked.
  std::map<int64_t, std::string> review_pages;
  bool in_review_site = false;  // links to index.html in the top bar
};

// The chart categories, in drawing order: model::StatusName of the four
// statuses, then "no_report" and "no_status".
const std::vector<std::string>& StatusCategories();
// The category of one milestone.
std::string StatusCategory(const model::MilestoneStatus& m);

void WriteStatusHtml(const std::vector<model::MilestoneStatus>& rows,
                     const std::vector<DashboardAgency>& agencies, const Dashboard& how, std::ostream& out);

}  // namespace ogpx::exporter
