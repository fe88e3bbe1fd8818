// Field-level F1 of an ogpx/1 action plan against its gold file, following
// /work/shared/tools/score.py (kind + action_plan parts): every gold fact is
// one unit; names compare after NFKC case folding with punctuation and white
// space folded, with a similarity ratio >= 0.92 (long texts >= 0.90);
// commitments and milestones are matched by number. The ratio is difflib's
// 2*M/T with M from recursive longest common blocks (autojunk off).
//
// Test helper only. Pure functions.
#pragma once

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <vector>

namespace ogpx::plan_test {

struct Counts {
  int tp = 0, fp = 0, fn = 0;
  double F1() const;
};

struct Score {
  std::map<std::string, Counts> by_category;
  std::vector<std::string> misses;
  Counts Total() const;
  // Sum of the categories whose name starts with `prefix`.
  Counts Category(const std::string& prefix) const;
};

Score ScorePlan(const nlohmann::json& gold, const nlohmann::json& pred);

// difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() on code points.
double Ratio(const std::u32string& a, const std::u32string& b);

// score.py's norm(): NFKC case fold, punctuation/symbols/separators -> space, folded.
std::u32string Norm(const std::string& s);

}  // namespace ogpx::plan_test
