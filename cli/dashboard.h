// The status dashboard as HTML (export/status_html.h) from one status run:
// `ogpx status --format html` and status.html of `ogpx review`.
#pragma once

#include <cstdint>
#include <map>
#include <ostream>
#include <string>

#include "base/status.h"
#include "cli/status_rows.h"
#include "model/store.h"

namespace ogpx::cli {

// documents.id -> `prefix` + the name of its page in the review site
// (exporter::ReviewPageName), for every document of `store`.
Result<std::map<int64_t, std::string>> ReviewLinks(model::Store& store, const std::string& prefix);

// `links`: as ReviewLinks gives them (empty: no links); `in_review_site`:
// the page is the site's status.html.
void WriteDashboard(const StatusRun& run, const StatusFilters& filters,
                    const std::map<int64_t, std::string>& links, bool in_review_site, std::ostream& out);

}  // namespace ogpx::cli
