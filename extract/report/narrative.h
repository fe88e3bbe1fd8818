// Self-assessment reports written as prose, without a status table: each
// commitment is a heading of the outline of the structure's free text
// (layout/outline.h), read as the narrative plan readers read it
// (plan/narrative.h) and its status is stated in its text ("this commitment
// has been met", "… is 'Not Started'"; the vocabularies' "status.prose"
// rows). One entry per commitment whose text states a status; commitments
// that state none give no entry.
//
// Internal to the report reader. Pure; thread-safe.
#pragma once

#include <vector>

#include "layout/outline.h"
#include "model/domain.h"

namespace ogpx::extract::report {

// `labelled_results`: a "Results: …" line gives an entry's results too, not
// only the text under a results heading ("report.results.heading").
std::vector<model::ReportEntry> ReadStatusesInProse(const layout::Outline& outline, bool labelled_results = true);

// Milestones reported one by one in running text, each under its own
// heading ("Milestone 1.1", or "Milestone 2" under "Commitment 1"; the
// vocabularies' milestone and commitment words), with labelled lines
// ("Status: Substantial (70% complete)", "Results: …", "Evidence: <link>";
// "report.row" labels) or a status stated in a sentence. One entry per
// milestone whose text states a status.
std::vector<model::ReportEntry> ReadMilestonesInProse(const layout::Outline& outline);

}  // namespace ogpx::extract::report
