// Wording of agency progress reports: maps column labels, header labels and
// completion-level wording to what they mean, by the vocabularies'
// categories report.column, report.header, report.row, report.group,
// report.self_assessment, report.term, status and ocr.lookalike
// (docs/lang.md). The reader itself only knows structure.
//
// Matching is done on text::FoldForMatch keys split into word tokens
// (letters, digits, "%" and "№"; everything else separates tokens), so case,
// punctuation and white space never matter.
//
// Thread-safety: pure functions over the immutable vocabularies.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/domain.h"

namespace ogpx::extract::report {

// Columns of a progress report table.
enum class Column { kSerial, kMilestone, kStatus, kProgress, kResults, kEvidence, kCommitment };
const char* ColumnName(Column column);

// The column a header cell's text names ("Progress, %" -> kProgress,
// Mongolian "evidence" -> kEvidence), or nullopt for an unknown label.
std::optional<Column> ColumnFromLabel(std::string_view label);

// OGP completion level from a status cell's wording ("Not started",
// "Substantial", their Mongolian words, with OCR-level typos of at most
// one letter in words of 7 letters or more). nullopt when nothing matches.
std::optional<model::Status> StatusFromWording(std::string_view text);

// Row labels of OGP's self-assessment template, where each commitment is a
// table of "label | value" rows ("Completion level", "Description of
// results", "Next steps"; Mongolian equivalents). kOther for any other label.
enum class SelfAssessmentRow { kLevel, kResults, kNextSteps, kOther };
SelfAssessmentRow SelfAssessmentRowOf(std::string_view label);

// Whether a title names a self-assessment (report.self_assessment rows:
// "Self-Assessment Report on …").
bool NamesSelfAssessment(std::string_view title);

// The term of a self-assessment report its title names: "Midterm
// Self-Assessment Report" -> "Midterm", "End-of-Term Self-Assessment" ->
// "End-of-term"; nullopt for any other title.
std::optional<std::string> SelfAssessmentTermOf(std::string_view title);

// Labelled lines above the table ("Reporting agency: …", Mongolian "Submitted: …").
enum class HeaderField { kAgency, kPeriod, kSubmitted };

struct HeaderLine {
  HeaderField field;
  std::string value;   // text after the label's colon, white space folded
};

// Splits "Label: value" when the label is a known header label.
std::optional<HeaderLine> SplitHeaderLine(std::string_view line);

// True when text opens a commitment (group) row: "Commitment 5. …"
// (a report.group word, a number).
bool IsCommitmentLabel(std::string_view text);

// Word tokens of FoldForMatch(text) (letters/digits runs, "%" and "№" alone).
std::vector<std::string> Tokens(std::string_view text);

}  // namespace ogpx::extract::report
