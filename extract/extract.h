// extract: page geometry (ingest) in, domain objects (model/domain.h) out.
//
// Extract() decides the document's kind from its content and runs the
// matching reader. Readers work from the template's labels and positions,
// never from one country's content. Problems the document has become
// Warnings in the result; only programming errors assert.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "extract/common/tables.h"
#include "ingest/ingest.h"
#include "layout/structure.h"
#include "model/domain.h"

namespace ogpx::extract {

// Bumped whenever extraction output may change; the store replaces a
// document's rows when it was ingested by another version.
inline constexpr int kExtractorVersion = 3;  // 3: OCR confidence per field

// The kind of document, from its whole text: the title on its first lines,
// the proportion of template labels, report and status wording, an order's
// heading; with a confidence in [0, 1] (below 0.7: a `kind_uncertain`
// warning).
// A reader's claim on a document: its kind, how strong its evidence is
// (0..1, one scale for every reader) and what the evidence is.
struct Claim {
  model::Kind kind = model::Kind::kOther;
  double strength = 0;
  std::string evidence;  // "3 template labels", "a letter's salutation and closing"
};

struct KindGuess {
  model::Kind kind = model::Kind::kOther;
  double confidence = 0;     // the winner's strength less a share of the runner-up's
  std::vector<Claim> claims; // strongest first; empty when nothing claimed it
};
KindGuess GuessKind(const layout::Structure& s);
KindGuess GuessKind(const ingest::Document& doc);  // GuessKind(BuildStructure(doc))
model::Kind DetectKind(const ingest::Document& doc);  // GuessKind(doc).kind

// How Extract decided, for `--verbose` and logs: the claims on the kind
// (evidence), and the tables of the document's structure.
struct ExtractReport {
  KindGuess guess;
  std::vector<Table> tables;
};

// The whole document: source, kind, the kind's object and warnings. When
// `report` is set it receives how the kind was decided and the tables read.
model::Document Extract(const ingest::Document& doc, ExtractReport* report = nullptr);

// Readers for one kind each (wrapped as plugins in extract/readers.h). They
// append document problems to `warnings`. They read the document's structure
// (built once by Extract(): tables, running headers and footers, the stream
// in reading order and the outline of its free text; layout/structure.h).
model::ActionPlan ReadActionPlan(const layout::Structure& s, std::vector<Warning>& warnings,
                                 std::vector<model::Provenance>& provenance);
model::Order ReadOrder(const layout::Structure& s, std::vector<Warning>& warnings);
model::Order ReadOrder(const ingest::Document& doc, std::vector<Warning>& warnings);  // rows only, no tables
model::ProgressReport ReadProgressReport(const layout::Structure& s, std::vector<Warning>& warnings);

}  // namespace ogpx::extract
