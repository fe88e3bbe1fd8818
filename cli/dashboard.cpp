// The status dashboard from a status run (dashboard.h).
#include "cli/dashboard.h"

#include "export/review_html.h"
#include "export/status_html.h"

namespace ogpx::cli {

Result<std::map<int64_t, std::string>> ReviewLinks(model::Store& store, const std::string& prefix) {
  auto docs = store.Documents();
  if (!docs) return docs.error();
  std::map<int64_t, std::string> out;
  for (const auto& d : *docs) out.emplace(d.id, prefix + exporter::ReviewPageName(d.file_name, d.sha256));
  return out;
}

void WriteDashboard(const StatusRun& run, const StatusFilters& filters,
                    const std::map<int64_t, std::string>& links, bool in_review_site, std::ostream& out) {
  std::vector<exporter::DashboardAgency> agencies;
  for (const auto& a : run.agencies)
    agencies.push_back({a.name, a.milestones, a.overdue, a.unreported, a.latest_report});
  exporter::Dashboard how{run.as_of, DescribeFilters(filters), links, in_review_site};
  exporter::WriteStatusHtml(run.rows, agencies, how, out);
}

}  // namespace ogpx::cli
