// OCR confidence per field: how surely the words of each located field were
// read, when its page was scanned.
//
// A field's confidence is the mean Tesseract confidence (0..100) of the
// page's words whose centres lie in the field's box (model::Provenance),
// rounded to one decimal; a field on a text-layer page has none. The mean,
// not the minimum: one doubtful word in a long text (a stray mark read as a
// letter) seldom changes the field, while a field most of whose words are
// doubtful usually is wrong. Measured on the scanned samples against their
// gold files, the minimum put 51 fields under 60 of which 5 were wrong (10%),
// the mean 10 of which 4 were wrong (40%; docs/ocr.md).
//
// A field read below model::kLowOcrConfidence gets an `ocr_low_confidence`
// warning on its page naming the field's JSON pointer, its text and the
// confidence. A record's own box (a milestone's table row: a provenance with
// other fields' provenance beneath its path) gets a confidence but no
// warning of its own; its fields carry theirs.
//
// Pure; thread-safe.
#pragma once

#include "ingest/ingest.h"
#include "model/domain.h"

namespace ogpx::extract {

// Sets `ocr_confidence` on each of `out.provenance` that lies on an OCR page
// of `doc` and appends the warnings for the fields read below the threshold.
void ScoreOcrConfidence(const ingest::Document& doc, model::Document& out);

}  // namespace ogpx::extract
