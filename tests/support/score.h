// The one C++ port of /work/shared/tools/score.py, for every test suite:
// field-level F1 of an ogpx/1 extraction against a gold file, all kinds
// ("kind" unit, then action_plan / order / progress_report).
//
// Same units, categories, matching and thresholds as score.py:
//  - every gold fact is one unit: a scalar field or one item of a list; a
//    unit is a true positive when the prediction has it, a false negative
//    when it is missing or wrong; a wrong or unexpected predicted value is a
//    false positive;
//  - commitments and milestones are matched by number, report entries by
//    milestone number, after num() ("1.3." == "1.3" == " 1.3"); the first
//    row with a number wins;
//  - names compare with ratio >= 0.92, long texts >= 0.90, other scalars
//    exactly (Python ==, so 5 == 5.0);
//  - norm(): NFKC, then full case folding, characters of the general
//    categories P*, Z*, S* become a space, white space runs fold to one space;
//  - the ratio is difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()
//    over code points: 2*M/T with M from get_matching_blocks (recursive
//    longest matching blocks, earliest in a, then in b).
// Non-string values are compared through Python's str() of the JSON value,
// as score.py does. Test helper only; pure functions, thread-safe.
#pragma once

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ogpx::testing {

struct Counts {
  int tp = 0, fp = 0, fn = 0;
  double F1() const;  // score.py's f1(): 1.0 for an empty precision/recall
  Counts& operator+=(const Counts& o);
};

struct Score {
  std::map<std::string, Counts> by_category;  // score.py's Tally.by, e.g. "milestone.text"
  std::vector<std::string> misses;            // "category: note", in score.py's order
  Counts Total() const;
  // Sum of the categories whose name starts with `prefix` ("" = Total()).
  Counts Category(const std::string& prefix) const;
  double F1() const { return Total().F1(); }
  int tp() const { return Total().tp; }
  int fp() const { return Total().fp; }
  int fn() const { return Total().fn; }
  // "f1=0.9876 tp=.. fp=.. fn=.." as score.py's last line, then up to
  // `max_misses` misses one per line, for failure messages.
  std::string Summary(std::size_t max_misses = 60) const;
};

// score.py's score(gold, pred): both are whole ogpx/1 documents.
Score ScoreDocument(const nlohmann::json& gold, const nlohmann::json& pred);

// score.py's norm() of a string (UTF-8 in and out).
std::string NormForScore(const std::string& s);

// score.py's num() of a JSON value: nullopt for null.
std::optional<std::string> NumForScore(const nlohmann::json& v);

// difflib.SequenceMatcher(None, a, b, autojunk=False).ratio(); UTF-8 strings
// are compared code point by code point.
double SimilarityRatio(const std::string& a, const std::string& b);
double SimilarityRatio(const std::u32string& a, const std::u32string& b);

// score.py's same(a, b, ratio) for two JSON values.
bool SameForScore(const nlohmann::json& a, const nlohmann::json& b, double ratio);

// Python's str() / repr() of a JSON value (as json.load would have read it).
std::string PyStr(const nlohmann::json& v);
std::string PyRepr(const nlohmann::json& v);

inline constexpr double kNameRatio = 0.92;
inline constexpr double kTextRatio = 0.90;

}  // namespace ogpx::testing
