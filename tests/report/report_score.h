// Field-level F1 of a progress report against its gold file, following the
// report rules of /work/shared/tools/score.py (kept in step with it):
//  - units: kind; agency (names, ratio 0.92); period start / end and
//    submitted (exact); per gold entry (matched by milestone number with
//    trailing dots and spaces dropped): found, status, progress (exact),
//    results (text, ratio 0.90), each evidence item (ratio 0.92, greedy in
//    order); extra predicted entries are false positives;
//  - strings compare after NFKC case folding with punctuation, symbols and
//    white space folded to single spaces; "similar" is difflib's
//    SequenceMatcher ratio (no autojunk) over code points.
// Test helper only; pure functions.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace ogpx::testing {

struct Score {
  int tp = 0, fp = 0, fn = 0;
  std::vector<std::string> misses;   // "entry 5.1.2: results ..." for failure messages
  double f1() const;
};

// Both arguments are whole ogpx/1 documents.
Score ScoreReport(const nlohmann::json& gold, const nlohmann::json& pred);

// difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() on code points.
double SimilarityRatio(const std::string& a, const std::string& b);

// score.py's norm(): NFKC casefold, P/Z/S characters to spaces, folded.
std::string NormForScore(const std::string& s);

}  // namespace ogpx::testing
