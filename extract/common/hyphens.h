// Words broken at a line end, joined by one policy for every reader.
//
// A reader joins the lines of a cell or a paragraph and leaves a word that
// was broken at a line end as "Execu-tive" or "Execu- tive". Whether the
// hyphen belongs to the word ("multi-stakeholder" broken after its hyphen)
// or only to the break ("Execu-tive") is read from the document itself: the
// hyphen goes when the whole word is printed elsewhere in the document
// ("executive") and the hyphenated form is not; it stays ("multi-
// stakeholder" -> "multi-stakeholder") when the hyphenated form is printed
// within a line somewhere; a word the document does not settle is left as
// the reader joined it.
//
// Pure; thread-safe.
#pragma once

#include "ingest/ingest.h"
#include "model/domain.h"

namespace ogpx::extract {

// Rewrites the text fields of `out` (fields.h) by the policy above, with the
// words of `doc` as the dictionary.
void JoinBrokenWords(const ingest::Document& doc, model::Document& out);

}  // namespace ogpx::extract
