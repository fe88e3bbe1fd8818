// Row-level helpers of the store, private to model/ (store*.cpp).
//
// Every function works inside the caller's transaction on `db` and returns an
// Error at the first failing statement (the caller rolls back). Lists of page
// numbers are stored as decimal numbers joined by ','.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/status.h"
#include "model/domain.h"
#include "model/sql.h"

namespace ogpx::model::rows {

std::string JoinInts(const std::vector<int>& values);
std::vector<int> SplitInts(const std::string& text);

// The organisation id for a printed name: found through org_aliases by its
// org_key, or created (organisation + alias). `lang` of a new alias defaults
// to ogpx::text::LanguageOf(name).
Result<int64_t> ResolveOrg(sql::Conn& db, const std::string& name,
                           std::optional<std::string> lang = std::nullopt);

// Records that `mn` and `en` name the same organisation (merging two existing
// organisations if needed); the English name becomes the display name.
std::optional<Error> LinkNames(sql::Conn& db, const std::string& mn, const std::string& en);

// The org_key a name is stored under (the name itself when it keys to "").
std::string KeyFor(const std::string& name);

// Same organisation (or same key) for two names; false when either is unknown.
Result<bool> SameOrg(sql::Conn& db, const std::string& a, const std::string& b);

// One string for every name of one organisation: "org:<id>" when an alias
// knows `name` ("Монгол Улс" and "Mongolia" once linked), else "key:<key>".
Result<std::string> OrgIdentity(sql::Conn& db, const std::string& name);

// The time now, UTC, as "YYYY-MM-DDTHH:MM:SSZ".
std::string NowIso();

// Inserts every row of `doc`; returns the new documents.id, or nullopt when
// a concurrent writer stored the same bytes first (nothing written then).
Result<std::optional<int64_t>> WriteDocument(sql::Conn& db, const Document& doc, int extractor_version);

// Rebuilds the Document stored under `id` (kNotFound when absent).
Result<Document> ReadDocument(sql::Conn& db, int64_t id);

// Recomputes report_entries.milestone_id and the 'link' warnings of the
// reports `report_ids` (all reports when nullptr).
std::optional<Error> Relink(sql::Conn& db, const std::vector<int64_t>* report_ids = nullptr);

// Reports a change to document `document_id` can affect: the document's own
// report and the reports of the plan numbers in `plan_numbers` (the numbers
// of the document's plan before and after the change).
Result<std::vector<int64_t>> AffectedReports(sql::Conn& db, int64_t document_id,
                                             const std::vector<int>& plan_numbers);

// Milestone number as compared when linking: trailing dots and white space off.
std::string MilestoneKey(const std::string& number);

}  // namespace ogpx::model::rows
