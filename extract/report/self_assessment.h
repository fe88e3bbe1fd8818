// OGP's self-assessment report template: each commitment is a table of
// "label | value" rows under a heading row "N. Title", and its completion
// level is marked, by a tick or any glyph or by the letters of its
// sub-commitments ("a, b"), in one of the level columns of the "Completion
// level" row (Not started | Limited | Substantial | Completed).
//
// A level written out in one cell ("Completion level | Substantial") is read
// as that level.
//
// Read by row labels and level wording (report_vocab.h), never by page
// geometry: the columns of a mark are the grid columns of the level cell
// above it. The heading may also be a line printed just above the table
// (a line of `pages` outside the tables). A commitment's rows may run over several tables (a table cut by
// a page break that the table finder did not join): rows belong to the last
// heading seen.
//
// Entries: a glyph gives one entry for the commitment (milestone =
// commitment = "N"); letters give one entry per letter ("N.a", commitment
// "N"), with the letter's own paragraph of "Description of results" and of
// "Next steps" when those cells are lettered ("a. …", "b. …"). When the
// printed numbers restart (1, 2, …, 1, 2, … in successive sections), a
// commitment is numbered "<section>.<printed>", sections by position, with a
// `commitment_number_inferred` warning per section.
//
// Warnings:
//   self_assessment_no_mark     a level row with no mark under any level
//   self_assessment_two_marks   a glyph under two levels (the first is kept)
//
// Thread-safety: pure functions.
#pragma once

#include <optional>
#include <vector>

#include "extract/common/tables.h"
#include "base/status.h"
#include "layout/lines.h"
#include "model/domain.h"

namespace ogpx::extract::report {

struct SelfAssessmentReading {
  std::vector<model::ReportEntry> entries;
  bool found = false;                 // a "Completion level" row with level columns was seen
  std::optional<int> first_page;      // page of the first commitment heading
  double top = 0;                     // its top on that page (points)
};

// `pages`: the document's lines (Structure::pages()), those outside the
// tables read for headings printed above a table.
SelfAssessmentReading ReadSelfAssessment(const std::vector<Table>& tables, std::vector<Warning>& warnings,
                                         const std::vector<layout::PageText>& pages = {});

}  // namespace ogpx::extract::report
