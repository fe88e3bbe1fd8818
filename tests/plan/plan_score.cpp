// score.py's rules for action plans, in C++ (see plan_score.h).
#include "plan_score.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>

namespace ogpx::plan_test {
namespace {

constexpr double kNameRatio = 0.92;
constexpr double kTextRatio = 0.90;

bool IsFoldedToSpace(UChar32 c) {
  switch (u_charType(c)) {
    case U_DASH_PUNCTUATION: case U_START_PUNCTUATION: case U_END_PUNCTUATION:
    case U_CONNECTOR_PUNCTUATION: case U_OTHER_PUNCTUATION: case U_INITIAL_PUNCTUATION:
    case U_FINAL_PUNCTUATION: case U_SPACE_SEPARATOR: case U_LINE_SEPARATOR:
    case U_PARAGRAPH_SEPARATOR: case U_MATH_SYMBOL: case U_CURRENCY_SYMBOL:
    case U_MODIFIER_SYMBOL: case U_OTHER_SYMBOL:
      return true;
    default:
      return u_isspace(c);
  }
}

std::string ScalarText(const nlohmann::json& v) {
  return v.is_string() ? v.get<std::string>() : v.dump();
}

// score.py's num(): trailing dots/space removed, inner spaces removed.
nlohmann::json Num(const nlohmann::json& v) {
  if (v.is_null()) return v;
  std::string s = ScalarText(v);
  while (!s.empty() && (s.back() == '.' || s.back() == ' ')) s.pop_back();
  std::size_t i = 0;
  while (i < s.size() && s[i] == ' ') ++i;
  s = s.substr(i);
  s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
  return s;
}

bool Same(const nlohmann::json& a, const nlohmann::json& b, double ratio) {
  if (a.is_null() || b.is_null()) return a.is_null() && b.is_null();
  std::u32string x = Norm(ScalarText(a)), y = Norm(ScalarText(b));
  if (x == y) return true;
  if (x.empty() || y.empty()) return false;
  double bound = 2.0 * static_cast<double>(std::min(x.size(), y.size())) /
                 static_cast<double>(x.size() + y.size());
  if (bound < ratio) return false;
  return Ratio(x, y) >= ratio;
}

const nlohmann::json& Get(const nlohmann::json& o, const char* key) {
  static const nlohmann::json kNull;
  if (!o.is_object()) return kNull;
  auto it = o.find(key);
  return it == o.end() ? kNull : *it;
}

class Tally {
 public:
  Score score;
  void Add(const std::string& cat, int tp, int fp, int fn, const std::string& note = "") {
    Counts& c = score.by_category[cat];
    c.tp += tp;
    c.fp += fp;
    c.fn += fn;
    if ((fp || fn) && !note.empty()) score.misses.push_back(cat + ": " + note);
  }
  void Scalar(const std::string& cat, const nlohmann::json& g, const nlohmann::json& p,
              double ratio, const std::string& where) {
    if (g.is_null() && p.is_null()) return;
    if (g.is_null()) return Add(cat, 0, 1, 0, where + " unexpected " + p.dump());
    bool ok = ratio > 0 ? Same(g, p, ratio) : g == p;
    if (ok) return Add(cat, 1, 0, 0);
    Add(cat, 0, p.is_null() ? 0 : 1, 1, where + " want " + g.dump() + " got " + p.dump());
  }
  void Items(const std::string& cat, const nlohmann::json& g, const nlohmann::json& p,
             double ratio, const std::string& where) {
    std::vector<nlohmann::json> gold, pred;
    if (g.is_array()) gold.assign(g.begin(), g.end());
    if (p.is_array()) pred.assign(p.begin(), p.end());
    std::vector<bool> used(pred.size(), false);
    for (const auto& item : gold) {
      std::size_t hit = pred.size();
      for (std::size_t i = 0; i < pred.size(); ++i) {
        if (!used[i] && Same(item, pred[i], ratio)) {
          hit = i;
          break;
        }
      }
      if (hit == pred.size()) {
        Add(cat, 0, 0, 1, where + " missing " + item.dump());
      } else {
        used[hit] = true;
        Add(cat, 1, 0, 0);
      }
    }
    for (std::size_t i = 0; i < pred.size(); ++i) {
      if (!used[i]) Add(cat, 0, 1, 0, where + " extra " + pred[i].dump());
    }
  }
  void Stakeholders(const std::string& cat, const nlohmann::json& g, const nlohmann::json& p,
                    const std::string& where) {
    Items(cat + ".lead", Get(g, "lead"), Get(p, "lead"), kNameRatio, where);
    for (const char* s : {"government", "civil_society", "other"}) {
      Items(cat + ".supporting", Get(Get(g, "supporting"), s), Get(Get(p, "supporting"), s),
            kNameRatio, where + "/" + s);
    }
  }
  void Period(const std::string& cat, const nlohmann::json& g, const nlohmann::json& p,
              const std::string& where) {
    Scalar(cat, Get(g, "start"), Get(p, "start"), 0, where + ".start");
    Scalar(cat, Get(g, "end"), Get(p, "end"), 0, where + ".end");
  }
};

std::vector<std::pair<std::string, nlohmann::json>> ByNumber(const nlohmann::json& rows) {
  std::vector<std::pair<std::string, nlohmann::json>> out;
  if (!rows.is_array()) return out;
  for (const auto& r : rows) {
    std::string n = ScalarText(Num(Get(r, "number")));
    bool seen = std::any_of(out.begin(), out.end(), [&](const auto& e) { return e.first == n; });
    if (!seen) out.emplace_back(n, r);
  }
  return out;
}

const nlohmann::json& Find(const std::vector<std::pair<std::string, nlohmann::json>>& rows,
                           const std::string& n) {
  static const nlohmann::json kEmpty = nlohmann::json::object();
  for (const auto& [k, v] : rows) {
    if (k == n) return v;
  }
  return kEmpty;
}

bool Has(const std::vector<std::pair<std::string, nlohmann::json>>& rows, const std::string& n) {
  return std::any_of(rows.begin(), rows.end(), [&](const auto& e) { return e.first == n; });
}

}  // namespace

double Counts::F1() const {
  double p = tp + fp ? static_cast<double>(tp) / (tp + fp) : 1.0;
  double r = tp + fn ? static_cast<double>(tp) / (tp + fn) : 1.0;
  return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

Counts Score::Total() const { return Category(""); }

Counts Score::Category(const std::string& prefix) const {
  Counts t;
  for (const auto& [name, c] : by_category) {
    if (name.rfind(prefix, 0) != 0) continue;
    t.tp += c.tp;
    t.fp += c.fp;
    t.fn += c.fn;
  }
  return t;
}

std::u32string Norm(const std::string& s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
  if (U_SUCCESS(status)) u = nfkc->normalize(u, status);
  u.foldCase();
  std::u32string out;
  bool space = true;  // drop leading space
  for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
    UChar32 c = u.char32At(i);
    if (IsFoldedToSpace(c)) {
      if (!space) out.push_back(U' ');
      space = true;
    } else {
      out.push_back(static_cast<char32_t>(c));
      space = false;
    }
  }
  if (!out.empty() && out.back() == U' ') out.pop_back();
  return out;
}

namespace {

struct Match {
  std::size_t i, j, k;
};

Match Longest(const std::u32string& a, std::size_t alo, std::size_t ahi, const std::u32string& b,
              std::size_t blo, std::size_t bhi) {
  Match best{alo, blo, 0};
  std::vector<std::size_t> prev(bhi - blo + 1, 0), cur(bhi - blo + 1, 0);
  for (std::size_t i = alo; i < ahi; ++i) {
    for (std::size_t j = blo; j < bhi; ++j) {
      std::size_t k = a[i] == b[j] ? prev[j - blo] + 1 : 0;
      cur[j - blo + 1] = k;
      if (k > best.k) best = {i + 1 - k, j + 1 - k, k};
    }
    std::swap(prev, cur);
    std::fill(cur.begin(), cur.end(), 0);
  }
  return best;
}

std::size_t Matched(const std::u32string& a, std::size_t alo, std::size_t ahi,
                    const std::u32string& b, std::size_t blo, std::size_t bhi) {
  if (alo >= ahi || blo >= bhi) return 0;
  Match m = Longest(a, alo, ahi, b, blo, bhi);
  if (m.k == 0) return 0;
  return m.k + Matched(a, alo, m.i, b, blo, m.j) + Matched(a, m.i + m.k, ahi, b, m.j + m.k, bhi);
}

}  // namespace

double Ratio(const std::u32string& a, const std::u32string& b) {
  if (a.empty() && b.empty()) return 1.0;
  return 2.0 * static_cast<double>(Matched(a, 0, a.size(), b, 0, b.size())) /
         static_cast<double>(a.size() + b.size());
}

Score ScorePlan(const nlohmann::json& gold, const nlohmann::json& pred) {
  Tally t;
  t.Scalar("kind", Get(gold, "kind"), Get(pred, "kind"), 0, "kind");
  const nlohmann::json& g = Get(gold, "action_plan");
  const nlohmann::json& p = Get(pred, "action_plan");
  t.Scalar("plan.meta", Get(g, "country"), Get(p, "country"), kNameRatio, "country");
  t.Scalar("plan.meta", Get(g, "plan_number"), Get(p, "plan_number"), 0, "plan_number");
  t.Period("plan.meta", Get(g, "period"), Get(p, "period"), "period");
  for (const char* s : {"government", "civil_society"}) {
    t.Items("plan.participants", Get(Get(g, "participants"), s), Get(Get(p, "participants"), s),
            kNameRatio, s);
  }
  auto gc = ByNumber(Get(g, "commitments")), pc = ByNumber(Get(p, "commitments"));
  for (const auto& [n, gcm] : gc) {
    std::string w = "commitment " + n;
    if (!Has(pc, n)) t.Add("commitment.found", 0, 0, 1, w + " missing");
    else t.Add("commitment.found", 1, 0, 0);
    const nlohmann::json& pcm = Find(pc, n);
    t.Scalar("commitment.title", Get(gcm, "title"), Get(pcm, "title"), kTextRatio, w);
    t.Stakeholders("commitment", gcm, pcm, w);
    t.Period("commitment.period", Get(gcm, "period"), Get(pcm, "period"), w);
    for (const char* k : {"problem", "causes", "done_so_far", "solution", "results"}) {
      t.Scalar("commitment.problem", Get(Get(gcm, "problem"), k), Get(Get(pcm, "problem"), k),
               kTextRatio, w + "." + k);
    }
    auto gm = ByNumber(Get(gcm, "milestones")), pm = ByNumber(Get(pcm, "milestones"));
    for (const auto& [mn, gms] : gm) {
      std::string mw = "milestone " + mn;
      if (!Has(pm, mn)) t.Add("milestone.found", 0, 0, 1, mw + " missing");
      else t.Add("milestone.found", 1, 0, 0);
      const nlohmann::json& pms = Find(pm, mn);
      t.Scalar("milestone.group", Num(Get(Get(gms, "group"), "number")),
               Num(Get(Get(pms, "group"), "number")), 0, mw);
      t.Scalar("milestone.text", Get(gms, "text"), Get(pms, "text"), kTextRatio, mw);
      t.Items("milestone.outputs", Get(gms, "outputs"), Get(pms, "outputs"), kTextRatio, mw);
      t.Scalar("milestone.due", Get(Get(gms, "due"), "start"), Get(Get(pms, "due"), "start"), 0,
               mw + ".due.start");
      t.Scalar("milestone.due", Get(Get(gms, "due"), "end"), Get(Get(pms, "due"), "end"), 0,
               mw + ".due.end");
      t.Stakeholders("milestone", gms, pms, mw);
    }
    for (const auto& [mn, unused] : pm) {
      if (!Has(gm, mn)) t.Add("milestone.found", 0, 1, 0, w + " extra milestone " + mn);
    }
  }
  for (const auto& [n, unused] : pc) {
    if (!Has(gc, n)) t.Add("commitment.found", 0, 1, 0, "extra commitment " + n);
  }
  return t.score;
}

}  // namespace ogpx::plan_test
