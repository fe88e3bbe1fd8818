// Cell text of progress reports: evidence lists, result paragraphs, numbers.
//
// Conventions (samples/README-mn-reports.md, docs/reports.md):
//  - evidence items are one per line, URLs or not; a "-" (or an empty cell)
//    gives no items; a URL wrapped over lines is joined back (with or without
//    "https://"), and so is a text item whose line ran to the cell's edge and
//    whose next line starts in lower case;
//  - result paragraphs are lines joined with single spaces; a word broken at
//    a hyphen at the end of a line keeps its hyphen and loses the space
//    ("data-" + "responsible" -> "data-responsible").
//
// Thread-safety: pure functions.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/common/cell_lines.h"

namespace ogpx::extract::report {

using extract::TextLine;  // extract/common/cell_lines.h

// Evidence items of an evidence cell, in order.
std::vector<std::string> SplitEvidence(const std::vector<TextLine>& lines);

// Lines of a paragraph cell joined into one string (empty when no text).
std::string JoinLines(const std::vector<TextLine>& lines);

// True for "https://x", "www.x", "x.gov.mn/path": text that is a link.
bool LooksLikeUrl(std::string_view text);

// Repairs OCR artefacts inside a URL: spaces next to "." "/" "-" are removed
// ("od-assessment. pdf"), a stray one-letter token at the end is dropped, a
// comma between two label characters of the host becomes a dot.
std::string CleanUrl(std::string_view url);

// Milestone number that starts a cell ("5.1.2. Include…" -> "5.1.2"); at
// least two numeric parts; nullopt otherwise.
std::optional<std::string> LeadingMilestoneNumber(std::string_view text);

// A commitment's number at the start of a cell: "3", "3.", "3:", "Commitment
// 3", "Amlalt 3" (not "3.1", a milestone's).
std::optional<std::string> LeadingCommitmentNumber(std::string_view text);

// Percentage in a progress cell ("40", "40%", "100 %"), 0..100.
std::optional<int> ParsePercent(std::string_view text);

}  // namespace ogpx::extract::report
