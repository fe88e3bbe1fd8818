// The commitments in the columns of OGP's public commitment dataset, so that
// rows can be appended to it (`ogpx export --format ogp-csv`, docs/export.md):
// Commitment Unique Identifier, Country/Locality, Action Plan Number,
// Commitment Number, Commitment Title, Full Text, Start Date, End Date, Lead
// Institution, Supporting Institution(s). RFC 4180 with CRLF, formula cells
// neutralised as in export/csv.h. Pure functions; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "export/csv.h"
#include "model/domain.h"

namespace ogpx::exporter {

std::vector<std::string> OgpCsvColumns();

// The identifier of a commitment: the printed "Commitment ID" when the plan
// prints one, else "<country>-NAP<plan number>-<commitment number>" (country
// blanks removed; "?" for what the plan does not state).
std::string OgpCommitmentId(const model::ActionPlan& plan, const model::Commitment& c);

// Header and one row per commitment of every action plan in `docs`.
std::string OgpCsvText(const std::vector<model::Document>& docs, const CsvOptions& options = {});

}  // namespace ogpx::exporter
