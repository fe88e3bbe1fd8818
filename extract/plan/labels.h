// The OGP commitment template's labels, in every language we read.
//
// The vocabulary is data (lang/data/<language>.tsv, "plan.label" rows);
// another language or wording is one more row. Text is compared after
// text::FoldForMatch with trailing ":" / "." removed. Most labels match as a
// prefix at a word boundary (a row header may wrap or go on with more words);
// the sector headers of the stakeholder sub-table must match exactly, since
// "Tor" also starts many organisation names.
//
// Pure functions; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ogpx::extract {

enum class PlanLabel {
  kCommitment,            // "Commitment 1. ..." heading (followed by a number)
  kCommitmentDefinition,  // section row
  kProblemDefinition,     // section row
  kLead,                  // Lead implementing agency/actor
  kSupporting,            // Supporting Stakeholders
  kPeriod,                // Commitment Start and End Date
  kProblem,               // What problem does the commitment aim to address?
  kCauses,                // What are the causes of the problem?
  kDoneSoFar,             // What has been done so far to solve the problem?
  kSolution,              // What solution are you proposing?
  kResults,               // What results do we want to achieve ...?
  kMilestones,            // milestone table header: first column
  kOutputs,               // Expected Outputs
  kDue,                   // Expected Completion Dates
  kStakeholders,          // Stakeholders column
  kGovernment,            // sub-table sector headers
  kCivilSociety,
  kOtherActors,
  // Earlier and later template generations (2016-2019, 2020+):
  kCommitmentId,          // Commitment ID: XX0012
  kTitle,                 // Commitment title
  kObjective,             // Main objective
  kDescription,           // Brief description of commitment / What is the commitment?
  kRelevance,             // Relevance / Why is this commitment relevant to OGP values?
  kAmbition,              // Ambition
  kContactName,           // Name of responsible person from implementing agency
  kContactTitle,          // Title, Department
  kContactEmail,          // Email
  kContactPhone,          // Phone
  kOtherActorsInvolved,   // Other actors involved (over the two rows below)
  kStateActors,           // State actors involved -> supporting.government
  kCsoActors,             // CSOs, private sector, multilaterals, working groups -> civil_society
  kAnalysis,              // Commitment analysis (section row)
  kTransparency,          // How will the commitment promote transparency?
  kAccountability,        // ... accountability?
  kParticipation,         // ... participation?
  kStartDate,             // milestone table: Start Date
  kEndDate,               // milestone table: End Date
};

// Government, Civil Society or Other Actors.
bool IsSector(PlanLabel label);

// The label `text` starts with (or is, for sector headers), if any.
std::optional<PlanLabel> MatchLabel(std::string_view text);

// A sector header (Government / Civil Society / Other Actors, any language)
// read with a few OCR errors: the whole text within edit distance 25% of a
// wording's length ("Gevernment", "Civil Soclety"). Marks round its words
// (table borders read as "|", quotes and specks of a stamp: "\u2018Other
// Actors", "Civil Society ~~") are ignored.
std::optional<PlanLabel> MatchSectorFuzzy(std::string_view text);

// When `text` starts with `label` (prefix labels only), the rest after the
// label and any ":" — e.g. the names after "Supporting Stakeholders:".
std::optional<std::string> AfterLabel(std::string_view text, PlanLabel label);

// The pieces of a line that sets labelled fields side by side ("Lead
// Agency: X | Duration: 2024–2026", "Responsable: X · Inicio: 2023"): split
// at a separator glyph standing between spaces; the line itself when it has
// none.
std::vector<std::string> SplitFields(std::string_view text);

// "Commitment 5.1. Improve budget transparency" -> {"5.1", "Improve ..."};
// also bare "5.1. Improve ..." when `require_word` is false.
struct NumberedHeading {
  std::string number;   // without trailing dot
  std::string title;
};
std::optional<NumberedHeading> ParseCommitmentHeading(std::string_view text,
                                                      bool require_word = true);

// A heading that opens with a code of one or two capitals and a number,
// then a dash, colon or full stop ("A1 – Open data", "PB2: Budget"):
// {"A1", "Open data"}. The code numbers the commitment where numbering
// restarts in each part of a plan.
std::optional<NumberedHeading> ParseCodeHeading(std::string_view text);

// Leading number of a milestone text: "1.3.Funding" -> "1.3", rest "Funding".
std::optional<NumberedHeading> ParseLeadingNumber(std::string_view text);

// Digits and dots from `pos` ("1.1." -> "1.1", "01" -> "1"): the position
// after them (after a final dot), or npos when `pos` is not a digit.
std::size_t ParseNumberAt(std::string_view s, std::size_t pos, std::string& number);

}  // namespace ogpx::extract
