// F1 of a progress report against gold (see report_score.h).
#include "report/report_score.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <map>
#include <optional>

#include "ingest/unicode.h"

namespace ogpx::testing {
namespace {

using nlohmann::json;

constexpr double kNameRatio = 0.92;
constexpr double kTextRatio = 0.90;

std::vector<UChar32> CodePoints(const std::string& s) {
  std::vector<UChar32> out;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const auto n = static_cast<int32_t>(s.size());
  int32_t i = 0;
  while (i < n) {
    UChar32 c = 0;
    U8_NEXT(p, i, n, c);
    out.push_back(c);
  }
  return out;
}

// Longest common block in a[alo,ahi) x b[blo,bhi): difflib's rule (earliest i).
struct Block {
  std::size_t i = 0, j = 0, size = 0;
};

Block Longest(const std::vector<UChar32>& a, const std::vector<UChar32>& b, std::size_t alo,
              std::size_t ahi, std::size_t blo, std::size_t bhi) {
  Block best{alo, blo, 0};
  std::vector<std::size_t> prev(bhi - blo + 1, 0), cur(bhi - blo + 1, 0);
  for (std::size_t i = alo; i < ahi; ++i) {
    for (std::size_t j = blo; j < bhi; ++j) {
      const std::size_t k = a[i] == b[j] ? prev[j - blo] + 1 : 0;
      cur[j - blo + 1] = k;
      if (k > best.size) best = {i + 1 - k, j + 1 - k, k};
    }
    // prev[x] now holds the run ending at (i, blo + x - 1) for the next row.
    std::swap(prev, cur);
    std::fill(cur.begin(), cur.end(), 0);
  }
  return best;
}

std::size_t Matches(const std::vector<UChar32>& a, const std::vector<UChar32>& b, std::size_t alo,
                    std::size_t ahi, std::size_t blo, std::size_t bhi) {
  if (alo >= ahi || blo >= bhi) return 0;
  const Block m = Longest(a, b, alo, ahi, blo, bhi);
  if (m.size == 0) return 0;
  return m.size + Matches(a, b, alo, m.i, blo, m.j) +
         Matches(a, b, m.i + m.size, ahi, m.j + m.size, bhi);
}

bool Same(const json& g, const json& p, double ratio) {
  if (g.is_null() || p.is_null()) return g.is_null() && p.is_null();
  const std::string a = NormForScore(g.is_string() ? g.get<std::string>() : g.dump());
  const std::string b = NormForScore(p.is_string() ? p.get<std::string>() : p.dump());
  if (a == b) return true;
  if (a.empty() || b.empty()) return false;
  return SimilarityRatio(a, b) >= ratio;
}

json Get(const json& j, const char* key) {
  if (!j.is_object() || !j.contains(key)) return nullptr;
  return j.at(key);
}

// score.py num(): strip leading space, trailing dots/space, inner spaces.
std::string Num(const json& v) {
  if (!v.is_string()) return v.dump();
  std::string s = v.get<std::string>();
  while (!s.empty() && (s.front() == ' ')) s.erase(s.begin());
  while (!s.empty() && (s.back() == '.' || s.back() == ' ')) s.pop_back();
  std::string out;
  for (char c : s)
    if (c != ' ') out += c;
  return out;
}

struct Tally {
  Score& s;
  void Scalar(const json& g, const json& p, std::optional<double> ratio, const std::string& where) {
    if (g.is_null() && p.is_null()) return;
    if (g.is_null()) {
      ++s.fp;
      s.misses.push_back(where + ": unexpected " + p.dump());
      return;
    }
    const bool ok = ratio ? Same(g, p, *ratio) : g == p;
    if (ok) {
      ++s.tp;
      return;
    }
    ++s.fn;
    if (!p.is_null()) ++s.fp;
    s.misses.push_back(where + ": want " + g.dump() + " got " + p.dump());
  }
  void Items(const json& g, const json& p, double ratio, const std::string& where) {
    const json gold = g.is_array() ? g : json::array();
    const json pred = p.is_array() ? p : json::array();
    std::vector<bool> used(pred.size(), false);
    for (const auto& item : gold) {
      bool hit = false;
      for (std::size_t i = 0; i < pred.size() && !hit; ++i)
        if (!used[i] && Same(item, pred[i], ratio)) used[i] = hit = true;
      if (hit) {
        ++s.tp;
      } else {
        ++s.fn;
        s.misses.push_back(where + ": missing " + item.dump());
      }
    }
    for (std::size_t i = 0; i < pred.size(); ++i)
      if (!used[i]) {
        ++s.fp;
        s.misses.push_back(where + ": extra " + pred[i].dump());
      }
  }
};

std::map<std::string, json> ByMilestone(const json& entries) {
  std::map<std::string, json> out;
  if (!entries.is_array()) return out;
  for (const auto& e : entries) out.emplace(Num(Get(e, "milestone")), e);
  return out;
}

}  // namespace

double Score::f1() const {
  const double p = tp + fp ? double(tp) / (tp + fp) : 1.0;
  const double r = tp + fn ? double(tp) / (tp + fn) : 1.0;
  return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

std::string NormForScore(const std::string& s) {
  const std::string folded = text::FoldForMatch(s);
  std::string spaced;
  const auto* p = reinterpret_cast<const uint8_t*>(folded.data());
  const auto n = static_cast<int32_t>(folded.size());
  int32_t i = 0;
  while (i < n) {
    const int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(p, i, n, c);
    const int32_t mask = U_GET_GC_MASK(c);
    if (mask & (U_GC_P_MASK | U_GC_Z_MASK | U_GC_S_MASK)) {
      spaced += ' ';
    } else {
      spaced.append(folded, static_cast<std::size_t>(start), static_cast<std::size_t>(i - start));
    }
  }
  return text::FoldWhitespace(spaced);
}

double SimilarityRatio(const std::string& a, const std::string& b) {
  const auto x = CodePoints(a), y = CodePoints(b);
  if (x.empty() && y.empty()) return 1.0;
  const std::size_t m = Matches(x, y, 0, x.size(), 0, y.size());
  return 2.0 * static_cast<double>(m) / static_cast<double>(x.size() + y.size());
}

Score ScoreReport(const json& gold, const json& pred) {
  Score score;
  Tally t{score};
  t.Scalar(Get(gold, "kind"), Get(pred, "kind"), std::nullopt, "kind");
  const json g = Get(gold, "progress_report"), p = Get(pred, "progress_report");
  t.Scalar(Get(g, "agency"), Get(p, "agency"), kNameRatio, "agency");
  t.Scalar(Get(Get(g, "period"), "start"), Get(Get(p, "period"), "start"), std::nullopt, "period.start");
  t.Scalar(Get(Get(g, "period"), "end"), Get(Get(p, "period"), "end"), std::nullopt, "period.end");
  t.Scalar(Get(g, "submitted"), Get(p, "submitted"), std::nullopt, "submitted");
  const auto ge = ByMilestone(Get(g, "entries")), pe = ByMilestone(Get(p, "entries"));
  for (const auto& [number, gold_entry] : ge) {
    const std::string w = "entry " + number;
    json pred_entry = json::object();
    if (const auto it = pe.find(number); it != pe.end()) {
      ++score.tp;
      pred_entry = it->second;
    } else {
      ++score.fn;
      score.misses.push_back(w + " missing");
    }
    t.Scalar(Get(gold_entry, "status"), Get(pred_entry, "status"), std::nullopt, w + " status");
    t.Scalar(Get(gold_entry, "progress_percent"), Get(pred_entry, "progress_percent"), std::nullopt,
             w + " progress");
    t.Scalar(Get(gold_entry, "results"), Get(pred_entry, "results"), kTextRatio, w + " results");
    t.Items(Get(gold_entry, "evidence"), Get(pred_entry, "evidence"), kNameRatio, w + " evidence");
  }
  for (const auto& [number, e] : pe)
    if (!ge.count(number)) {
      ++score.fp;
      score.misses.push_back("extra entry " + number);
    }
  return score;
}

}  // namespace ogpx::testing
