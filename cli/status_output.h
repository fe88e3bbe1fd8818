// The outputs of `ogpx status` (cli/cmd_status.cpp): text that fits a
// terminal, CSV (RFC 4180, CRLF) and JSON (an object {as_of, filters, rows,
// agencies}). Pure functions of their arguments: deterministic, no locale.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "export/csv.h"
#include "model/store.h"

namespace ogpx::cli {

// The filters of one status run, as given on the command line.
struct StatusFilters {
  std::optional<std::string> agency, country, plan;
  bool overdue = false, unreported = false, all_copies = false;
};

// One lead organisation's totals over the listed milestones.
struct AgencySummary {
  int64_t org_id = 0;
  std::string name;                         // the organisation's display name
  int milestones = 0, overdue = 0, unreported = 0;
  std::optional<std::string> latest_report; // latest period end of its milestones' reports
};

// Totals per lead organisation (a milestone led by two counts for both), by
// name; `names`: organisations.id -> display name.
std::vector<AgencySummary> SummariseAgencies(const std::vector<model::MilestoneStatus>& rows,
                                             const std::map<int64_t, std::string>& names);

// Display width of UTF-8 text: one column per code point.
std::size_t DisplayWidth(const std::string& s);
// `s` cut to `width` columns, the last one an ellipsis when cut.
std::string Ellipsize(const std::string& s, std::size_t width);
// `s` broken into lines of at most `width` columns at spaces (a word longer
// than a line is cut).
std::vector<std::string> WrapWords(const std::string& s, std::size_t width);

struct StatusText {
  std::string as_of;
  const StatusFilters* filters = nullptr;
  std::size_t width = 100;                                  // columns per line
  const std::map<int64_t, std::vector<std::string>>* copies = nullptr;  // plan_id -> other files
  bool agencies_only = false;                               // the totals per agency alone
};
void WriteStatusText(const std::vector<model::MilestoneStatus>& rows,
                     const std::vector<AgencySummary>& agencies, const StatusText& how,
                     std::ostream& out);
void WriteStatusCsv(const std::vector<model::MilestoneStatus>& rows, const std::string& as_of,
                    const exporter::CsvOptions& options, std::ostream& out);
void WriteAgenciesCsv(const std::vector<AgencySummary>& agencies, const std::string& as_of,
                      const exporter::CsvOptions& options, std::ostream& out);
void WriteStatusJson(const std::vector<model::MilestoneStatus>& rows,
                     const std::vector<AgencySummary>& agencies, const std::string& as_of,
                     const StatusFilters& filters, std::ostream& out);

}  // namespace ogpx::cli
