// Self-assessment reports written as prose, without a status table: each
// commitment is a heading (the narrative plan readers' headings,
// plan/narrative.h) and its status is stated in its text ("this commitment
// has been met", "… is 'Not Started'"; the vocabularies' "status.prose"
// rows). One entry per commitment whose text states a status; commitments
// that state none give no entry.
//
// Internal to the report reader. Pure; thread-safe.
#pragma once

#include <vector>

#include "extract/common/tables.h"
#include "ingest/ingest.h"
#include "model/domain.h"

namespace ogpx::extract::report {

std::vector<model::ReportEntry> ReadStatusesInProse(const ingest::Document& doc, const std::vector<Table>& tables,
                                                   const std::vector<std::string>& running);

}  // namespace ogpx::extract::report
