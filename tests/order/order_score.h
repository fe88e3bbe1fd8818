// Field-level F1 of an extracted order against a gold one, following the
// rules of shared/tools/score.py for kind "order": every gold fact is a unit
// (issuer, title, subject, legal_basis, place, number, date, each clause,
// signatory name and position, approves title, start and end year); texts
// match when difflib's similarity ratio of the normalised strings is >= 0.90
// (names >= 0.92); normalisation is NFKC + case folding with punctuation,
// symbols and separators turned to spaces; numbers drop a trailing ".".
#pragma once

#include <string>
#include <vector>

#include "model/domain.h"

namespace ogpx::testing {

struct Tally {
  int tp = 0, fp = 0, fn = 0;
  std::vector<std::string> misses;   // "field: want X got Y", for messages
  double F1() const;
};

// score.py's norm().
std::string NormForScore(const std::string& s);
// difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() over code points.
double SimilarityRatio(const std::string& a, const std::string& b);

// Scores `pred` against `gold`; `kind_ok` adds the "kind" unit.
Tally ScoreOrder(const model::Order& gold, const model::Order& pred, bool kind_ok);

}  // namespace ogpx::testing
