// Provenance for every field: where on which page each value of an extracted
// document was printed.
//
// Readers record where they read a commitment's title or a milestone as they
// go; every other field (a lead, a stakeholder, a problem statement, an order
// clause, a report entry's results and status, the plan's title) is found
// here afterwards, by one rule for every kind: the value's words are looked
// up among the page's text fragments (a line cut at gaps wider than a word
// space, so one table cell's line), continued down the fragments that wrap
// below it (below rather than to the right when the next fragment to the
// right does not go on with the value: a cell of names beside another), on
// the pages of the commitment, milestone, order or entry it belongs to; of
// several places the one nearest its owner's (the title or the milestone)
// wins. A value that runs past the foot of its page (a cell or a paragraph
// cut by a page break) is followed on to the next page, from the start of a
// fragment there, and gets a place on each page: several provenance rows
// with the same field, in page order (a reader's own place is followed the
// same way). A field whose words are not on the page (a value the
// reader derived: an ISO date, a year span, a plan number read from an
// ordinal word) gets no box, and a reviewer sees it listed as such.
//
// Pure; thread-safe.
#pragma once

#include <vector>

#include "ingest/ingest.h"
#include "model/domain.h"

namespace ogpx::extract {

// Adds to `out.provenance` a place for each text field of `out` that has
// none yet. Fields are named by their JSON pointer into ogpx/1.
void LocateFields(const ingest::Document& doc, model::Document& out);

}  // namespace ogpx::extract
