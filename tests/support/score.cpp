// score.py in C++; see score.h. Function names follow score.py's.
#include "support/score.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <unordered_map>
#include <utility>

namespace ogpx::testing {
namespace {

using nlohmann::json;

// ---------------------------------------------------------------- Python --

// str.isspace() / the \s of a str regex: categories Zs, Zl, Zp and the
// bidirectional classes WS, B, S.
bool PyIsSpace(char32_t c) {
  return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 ||
         c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
         c == 0x202F || c == 0x205F || c == 0x3000;
}

std::u32string ToCodePoints(const icu::UnicodeString& u) {
  std::u32string out;
  out.reserve(static_cast<std::size_t>(u.length()));
  for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
    out.push_back(static_cast<char32_t>(u.char32At(i)));
  }
  return out;
}

std::u32string ToCodePoints(const std::string& s) {
  return ToCodePoints(icu::UnicodeString::fromUTF8(s));
}

std::string ToUtf8(const std::u32string& s) {
  icu::UnicodeString u;
  for (char32_t c : s) u.append(static_cast<UChar32>(c));
  std::string out;
  u.toUTF8String(out);
  return out;
}

bool Truthy(const json& j) {
  switch (j.type()) {
    case json::value_t::null:
    case json::value_t::discarded:
      return false;
    case json::value_t::boolean:
      return j.get<bool>();
    case json::value_t::number_integer:
      return j.get<std::int64_t>() != 0;
    case json::value_t::number_unsigned:
      return j.get<std::uint64_t>() != 0;
    case json::value_t::number_float:
      return j.get<double>() != 0.0;
    case json::value_t::string:
      return !j.get_ref<const std::string&>().empty();
    default:
      return !j.empty();  // array, object, binary
  }
}

// Python == of two values read by json.load.
bool PyEqual(const json& a, const json& b) {
  const auto numeric = [](const json& j) { return j.is_number() || j.is_boolean(); };
  if (numeric(a) && numeric(b)) {
    const auto as_int = [](const json& j) -> std::pair<bool, std::uint64_t> {  // (negative, magnitude)
      if (j.is_boolean()) return {false, j.get<bool>() ? 1u : 0u};
      if (j.is_number_unsigned()) return {false, j.get<std::uint64_t>()};
      const std::int64_t v = j.get<std::int64_t>();
      return {v < 0, v < 0 ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v)};
    };
    if (a.is_number_float() || b.is_number_float()) {
      const auto as_double = [&](const json& j) {
        if (j.is_number_float()) return j.get<double>();
        const auto [neg, mag] = as_int(j);
        return neg ? -static_cast<double>(mag) : static_cast<double>(mag);
      };
      return as_double(a) == as_double(b);
    }
    return as_int(a) == as_int(b);
  }
  if (a.type() != b.type()) return false;
  if (a.is_array()) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
      if (!PyEqual(a[i], b[i])) return false;
    }
    return true;
  }
  if (a.is_object()) {
    if (a.size() != b.size()) return false;
    for (auto it = a.begin(); it != a.end(); ++it) {
      const auto other = b.find(it.key());
      if (other == b.end() || !PyEqual(it.value(), *other)) return false;
    }
    return true;
  }
  return a == b;
}

// Python's repr() of a str.
std::string ReprString(const std::string& s) {
  const bool has_single = s.find('\'') != std::string::npos;
  const bool has_double = s.find('"') != std::string::npos;
  const char quote = has_single && !has_double ? '"' : '\'';
  std::string out(1, quote);
  for (char32_t c : ToCodePoints(s)) {
    char buf[16];
    if (c == '\\' || c == static_cast<char32_t>(quote)) {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else {
      // Not printable for Python: categories C*, Z* except the space.
      const int8_t type = u_charType(static_cast<UChar32>(c));
      const bool printable = c == ' ' || !(type == U_CONTROL_CHAR || type == U_FORMAT_CHAR ||
                                           type == U_SURROGATE || type == U_PRIVATE_USE_CHAR ||
                                           type == U_UNASSIGNED || type == U_SPACE_SEPARATOR ||
                                           type == U_LINE_SEPARATOR ||
                                           type == U_PARAGRAPH_SEPARATOR);
      if (printable) {
        out += ToUtf8(std::u32string(1, c));
      } else {
        const char* format = c <= 0xFF ? "\\x%02x" : c <= 0xFFFF ? "\\u%04x" : "\\U%08x";
        std::snprintf(buf, sizeof buf, format, static_cast<unsigned>(c));
        out += buf;
      }
    }
  }
  out += quote;
  return out;
}

std::string PyText(const json& v, bool repr) {
  switch (v.type()) {
    case json::value_t::null:
    case json::value_t::discarded:
      return "None";
    case json::value_t::boolean:
      return v.get<bool>() ? "True" : "False";
    case json::value_t::string:
      return repr ? ReprString(v.get_ref<const std::string&>()) : v.get<std::string>();
    case json::value_t::array: {
      std::string out = "[";
      for (std::size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + PyText(v[i], true);
      return out + "]";
    }
    case json::value_t::object: {
      std::string out = "{";
      bool first = true;
      for (auto it = v.begin(); it != v.end(); ++it) {
        out += (first ? "" : ", ") + ReprString(it.key()) + ": " + PyText(it.value(), true);
        first = false;
      }
      return out + "}";
    }
    default:
      return v.dump();  // numbers: same shortest round-trip digits as Python
  }
}

// dict.get on `x or {}`: a missing key, null or a non-object gives None.
const json& Get(const json& j, const char* key) {
  static const json kNone;
  if (!j.is_object()) return kNone;
  const auto it = j.find(key);
  return it == j.end() ? kNone : *it;
}

// list(x or []).
std::vector<json> AsList(const json& j) {
  std::vector<json> out;
  if (!Truthy(j)) return out;
  if (j.is_array()) {
    out.assign(j.begin(), j.end());
  } else if (j.is_string()) {
    for (char32_t c : ToCodePoints(j.get<std::string>())) out.emplace_back(ToUtf8(std::u32string(1, c)));
  } else if (j.is_object()) {
    for (auto it = j.begin(); it != j.end(); ++it) out.emplace_back(it.key());
  }
  return out;
}

json OptJson(const std::optional<std::string>& s) { return s ? json(*s) : json(); }

std::string KeyText(const std::optional<std::string>& s) { return s ? *s : "None"; }

// ------------------------------------------------------------- norm/ratio --

std::u32string Norm(const std::string& s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
  if (U_SUCCESS(status)) {
    icu::UnicodeString normalized = nfkc->normalize(u, status);
    if (U_SUCCESS(status)) u = normalized;
  }
  u.foldCase(U_FOLD_CASE_DEFAULT);  // str.casefold(): full case folding
  std::u32string spaced = ToCodePoints(u);
  for (char32_t& c : spaced) {
    const uint32_t mask = U_GET_GC_MASK(static_cast<UChar32>(c));
    if (mask & (U_GC_P_MASK | U_GC_Z_MASK | U_GC_S_MASK)) c = U' ';
  }
  // re.sub(r"\s+", " ", s).strip()
  std::u32string out;
  out.reserve(spaced.size());
  for (char32_t c : spaced) {
    if (PyIsSpace(c)) {
      if (!out.empty() && out.back() != U' ') out.push_back(U' ');
    } else {
      out.push_back(c);
    }
  }
  if (!out.empty() && out.back() == U' ') out.pop_back();
  return out;
}

// difflib's find_longest_match + get_matching_blocks, summing the sizes.
// No junk and no autojunk: the dynamic programme over all of b is exact, so
// difflib's junk extensions never apply.
std::size_t MatchedChars(const std::u32string& a, const std::u32string& b) {
  std::vector<std::size_t> prev(b.size() + 1, 0), cur(b.size() + 1, 0);
  struct Range {
    std::size_t alo, ahi, blo, bhi;
  };
  std::vector<Range> queue{{0, a.size(), 0, b.size()}};
  std::size_t matched = 0;
  while (!queue.empty()) {
    const Range r = queue.back();
    queue.pop_back();
    // find_longest_match(alo, ahi, blo, bhi): longest block, earliest in a,
    // then earliest in b.
    std::size_t besti = r.alo, bestj = r.blo, bestsize = 0;
    std::fill(prev.begin() + static_cast<std::ptrdiff_t>(r.blo),
              prev.begin() + static_cast<std::ptrdiff_t>(r.bhi) + 1, 0);
    for (std::size_t i = r.alo; i < r.ahi; ++i) {
      cur[r.blo] = 0;
      for (std::size_t j = r.blo; j < r.bhi; ++j) {
        // cur[j + 1]: length of the common run ending at a[i], b[j].
        const std::size_t k = a[i] == b[j] ? prev[j] + 1 : 0;
        cur[j + 1] = k;
        if (k > bestsize) {
          besti = i + 1 - k;
          bestj = j + 1 - k;
          bestsize = k;
        }
      }
      std::swap(prev, cur);
    }
    if (bestsize == 0) continue;
    matched += bestsize;
    if (r.alo < besti && r.blo < bestj) queue.push_back({r.alo, besti, r.blo, bestj});
    if (besti + bestsize < r.ahi && bestj + bestsize < r.bhi) {
      queue.push_back({besti + bestsize, r.ahi, bestj + bestsize, r.bhi});
    }
  }
  return matched;
}

// quick_ratio()'s count of common characters (an upper bound of M).
std::size_t CommonChars(const std::u32string& a, const std::u32string& b) {
  std::unordered_map<char32_t, int> avail;
  for (char32_t c : b) ++avail[c];
  std::size_t common = 0;
  for (char32_t c : a) {
    auto it = avail.find(c);
    if (it != avail.end() && it->second > 0) {
      --it->second;
      ++common;
    }
  }
  return common;
}

double RatioOf(std::size_t matched, std::size_t length) {
  return length ? 2.0 * static_cast<double>(matched) / static_cast<double>(length) : 1.0;
}

// ------------------------------------------------------------------ Tally --

class Tally {
 public:
  Score score;

  void Add(const std::string& cat, int tp, int fp, int fn, const std::string& note = "") {
    Counts& c = score.by_category[cat];
    c.tp += tp;
    c.fp += fp;
    c.fn += fn;
    if (!note.empty() && (fp || fn)) score.misses.push_back(cat + ": " + note);
  }

  // ratio 0: exact comparison (score.py's ratio=None).
  void Scalar(const std::string& cat, const json& gold, const json& pred, double ratio,
              const std::string& where) {
    if (gold.is_null() && pred.is_null()) return;
    if (gold.is_null()) {
      Add(cat, 0, 1, 0, where + " unexpected " + PyRepr(pred));
      return;
    }
    const bool ok = ratio > 0 ? SameForScore(gold, pred, ratio) : PyEqual(gold, pred);
    if (ok) {
      Add(cat, 1, 0, 0);
    } else {
      Add(cat, 0, pred.is_null() ? 0 : 1, 1, where + " want " + PyRepr(gold) + " got " + PyRepr(pred));
    }
  }

  void Items(const std::string& cat, const json& gold_value, const json& pred_value, double ratio,
             const std::string& where) {
    const std::vector<json> gold = AsList(gold_value), pred = AsList(pred_value);
    std::vector<bool> used(pred.size(), false);
    for (const json& g : gold) {
      std::size_t hit = pred.size();
      for (std::size_t i = 0; i < pred.size(); ++i) {
        if (!used[i] && SameForScore(g, pred[i], ratio)) {
          hit = i;
          break;
        }
      }
      if (hit == pred.size()) {
        Add(cat, 0, 0, 1, where + " missing " + PyRepr(g));
      } else {
        used[hit] = true;
        Add(cat, 1, 0, 0);
      }
    }
    for (std::size_t i = 0; i < pred.size(); ++i) {
      if (!used[i]) Add(cat, 0, 1, 0, where + " extra " + PyRepr(pred[i]));
    }
  }
};

void Stakeholders(Tally& t, const std::string& cat, const json& g, const json& p,
                  const std::string& where) {
  t.Items(cat + ".lead", Get(g, "lead"), Get(p, "lead"), kNameRatio, where);
  const json& gs = Get(g, "supporting");
  const json& ps = Get(p, "supporting");
  for (const char* s : {"government", "civil_society", "other"}) {
    t.Items(cat + ".supporting", Get(gs, s), Get(ps, s), kNameRatio, where + "/" + s);
  }
}

void Period(Tally& t, const std::string& cat, const json& g, const json& p, const std::string& where) {
  t.Scalar(cat, Get(g, "start"), Get(p, "start"), 0, where + ".start");
  t.Scalar(cat, Get(g, "end"), Get(p, "end"), 0, where + ".end");
}

// by_number(): rows by num(row[key]) in first-seen order; the first row wins.
class ByNumber {
 public:
  ByNumber(const json& rows, const char* key) {
    if (!Truthy(rows) || !rows.is_array()) return;
    for (const json& r : rows) {
      std::optional<std::string> n = NumForScore(Get(r, key));
      if (!Find(n)) rows_.emplace_back(std::move(n), &r);
    }
  }
  const json* Find(const std::optional<std::string>& n) const {
    for (const auto& [k, row] : rows_) {
      if (k == n) return row;
    }
    return nullptr;
  }
  const std::vector<std::pair<std::optional<std::string>, const json*>>& rows() const { return rows_; }

 private:
  std::vector<std::pair<std::optional<std::string>, const json*>> rows_;
};

const json& EmptyObject() {
  static const json kEmpty = json::object();
  return kEmpty;
}

void ScorePlan(Tally& t, const json& g, const json& p) {
  t.Scalar("plan.meta", Get(g, "country"), Get(p, "country"), kNameRatio, "country");
  t.Scalar("plan.meta", Get(g, "plan_number"), Get(p, "plan_number"), 0, "plan_number");
  Period(t, "plan.meta", Get(g, "period"), Get(p, "period"), "period");
  const json& gp = Get(g, "participants");
  const json& pp = Get(p, "participants");
  for (const char* s : {"government", "civil_society"}) {
    t.Items("plan.participants", Get(gp, s), Get(pp, s), kNameRatio, s);
  }
  const ByNumber gc(Get(g, "commitments"), "number"), pc(Get(p, "commitments"), "number");
  for (const auto& [n, gcm_ptr] : gc.rows()) {
    const json& gcm = *gcm_ptr;
    const json* found = pc.Find(n);
    const std::string w = "commitment " + KeyText(n);
    if (!found) {
      t.Add("commitment.found", 0, 0, 1, w + " missing");
    } else {
      t.Add("commitment.found", 1, 0, 0);
    }
    const json& pcm = found ? *found : EmptyObject();
    t.Scalar("commitment.title", Get(gcm, "title"), Get(pcm, "title"), kTextRatio, w);
    Stakeholders(t, "commitment", gcm, pcm, w);
    Period(t, "commitment.period", Get(gcm, "period"), Get(pcm, "period"), w);
    const json& gpr = Get(gcm, "problem");
    const json& ppr = Get(pcm, "problem");
    for (const char* k : {"problem", "causes", "done_so_far", "solution", "results"}) {
      t.Scalar("commitment.problem", Get(gpr, k), Get(ppr, k), kTextRatio, w + "." + k);
    }
    const ByNumber gm(Get(gcm, "milestones"), "number"), pm(Get(pcm, "milestones"), "number");
    for (const auto& [mn, gms_ptr] : gm.rows()) {
      const json& gms = *gms_ptr;
      const json* mfound = pm.Find(mn);
      const std::string mw = "milestone " + KeyText(mn);
      if (!mfound) {
        t.Add("milestone.found", 0, 0, 1, mw + " missing");
      } else {
        t.Add("milestone.found", 1, 0, 0);
      }
      const json& pms = mfound ? *mfound : EmptyObject();
      t.Scalar("milestone.group", OptJson(NumForScore(Get(Get(gms, "group"), "number"))),
               OptJson(NumForScore(Get(Get(pms, "group"), "number"))), 0, mw);
      t.Scalar("milestone.text", Get(gms, "text"), Get(pms, "text"), kTextRatio, mw);
      t.Items("milestone.outputs", Get(gms, "outputs"), Get(pms, "outputs"), kTextRatio, mw);
      const json& gd = Get(gms, "due");
      const json& pd = Get(pms, "due");
      t.Scalar("milestone.due", Get(gd, "start"), Get(pd, "start"), 0, mw + ".due.start");
      t.Scalar("milestone.due", Get(gd, "end"), Get(pd, "end"), 0, mw + ".due.end");
      Stakeholders(t, "milestone", gms, pms, mw);
    }
    for (const auto& [mn, unused] : pm.rows()) {
      if (!gm.Find(mn)) t.Add("milestone.found", 0, 1, 0, w + " extra milestone " + KeyText(mn));
    }
  }
  for (const auto& [n, unused] : pc.rows()) {
    if (!gc.Find(n)) t.Add("commitment.found", 0, 1, 0, "extra commitment " + KeyText(n));
  }
}

void ScoreOrder(Tally& t, const json& g, const json& p) {
  for (const char* k : {"issuer", "title", "subject", "legal_basis", "place"}) {
    t.Scalar("order.text", Get(g, k), Get(p, k), kTextRatio, k);
  }
  t.Scalar("order.number", OptJson(NumForScore(Get(g, "number"))), OptJson(NumForScore(Get(p, "number"))),
           0, "number");
  t.Scalar("order.date", Get(g, "date"), Get(p, "date"), 0, "date");
  t.Items("order.clauses", Get(g, "clauses"), Get(p, "clauses"), kTextRatio, "clauses");
  const json& gs = Get(g, "signatory");
  const json& ps = Get(p, "signatory");
  t.Scalar("order.signatory", Get(gs, "name"), Get(ps, "name"), kNameRatio, "signatory.name");
  t.Scalar("order.signatory", Get(gs, "position"), Get(ps, "position"), kTextRatio,
           "signatory.position");
  const json& ga = Get(g, "approves");
  const json& pa = Get(p, "approves");
  t.Scalar("order.approves", Get(ga, "title"), Get(pa, "title"), kTextRatio, "approves.title");
  Period(t, "order.approves", Get(ga, "period"), Get(pa, "period"), "approves.period");
}

void ScoreReport(Tally& t, const json& g, const json& p) {
  t.Scalar("report.meta", Get(g, "agency"), Get(p, "agency"), kNameRatio, "agency");
  const json& gp = Get(g, "period");
  const json& pp = Get(p, "period");
  t.Scalar("report.meta", Get(gp, "start"), Get(pp, "start"), 0, "period.start");
  t.Scalar("report.meta", Get(gp, "end"), Get(pp, "end"), 0, "period.end");
  t.Scalar("report.meta", Get(g, "submitted"), Get(p, "submitted"), 0, "submitted");
  const ByNumber ge(Get(g, "entries"), "milestone"), pe(Get(p, "entries"), "milestone");
  for (const auto& [n, ge_ptr] : ge.rows()) {
    const json& gentry = *ge_ptr;
    const json* found = pe.Find(n);
    const std::string w = "entry " + KeyText(n);
    if (!found) {
      t.Add("report.entry", 0, 0, 1, w + " missing");
    } else {
      t.Add("report.entry", 1, 0, 0);
    }
    const json& pentry = found ? *found : EmptyObject();
    t.Scalar("report.status", Get(gentry, "status"), Get(pentry, "status"), 0, w);
    t.Scalar("report.progress", Get(gentry, "progress_percent"), Get(pentry, "progress_percent"), 0, w);
    t.Scalar("report.results", Get(gentry, "results"), Get(pentry, "results"), kTextRatio, w);
    t.Items("report.evidence", Get(gentry, "evidence"), Get(pentry, "evidence"), kNameRatio, w);
  }
  for (const auto& [n, unused] : pe.rows()) {
    if (!ge.Find(n)) t.Add("report.entry", 0, 1, 0, "extra entry " + KeyText(n));
  }
}

}  // namespace

// ------------------------------------------------------------------ public --

double Counts::F1() const {
  const double p = tp + fp ? static_cast<double>(tp) / (tp + fp) : 1.0;
  const double r = tp + fn ? static_cast<double>(tp) / (tp + fn) : 1.0;
  return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

Counts& Counts::operator+=(const Counts& o) {
  tp += o.tp;
  fp += o.fp;
  fn += o.fn;
  return *this;
}

Counts Score::Total() const { return Category(""); }

Counts Score::Category(const std::string& prefix) const {
  Counts total;
  for (const auto& [name, c] : by_category) {
    if (name.rfind(prefix, 0) == 0) total += c;
  }
  return total;
}

std::string Score::Summary(std::size_t max_misses) const {
  const Counts c = Total();
  char buf[96];
  std::snprintf(buf, sizeof buf, "f1=%.4f tp=%d fp=%d fn=%d", c.F1(), c.tp, c.fp, c.fn);
  std::string out = buf;
  for (std::size_t i = 0; i < misses.size() && i < max_misses; ++i) out += "\n  miss " + misses[i];
  if (misses.size() > max_misses) out += "\n  ... " + std::to_string(misses.size() - max_misses) + " more";
  return out;
}

Score ScoreDocument(const json& gold, const json& pred) {
  Tally t;
  const json& kind = Get(gold, "kind");
  t.Scalar("kind", kind, Get(pred, "kind"), 0, "kind");
  if (kind.is_string()) {
    const std::string& k = kind.get_ref<const std::string&>();
    const json& g = Get(gold, k.c_str());
    const json& g_or_empty = Truthy(g) ? g : EmptyObject();
    const json& p = Get(pred, k.c_str());
    if (k == "action_plan") {
      ScorePlan(t, g_or_empty, p);
    } else if (k == "order") {
      ScoreOrder(t, g_or_empty, p);
    } else if (k == "progress_report") {
      ScoreReport(t, g_or_empty, p);
    }
  }
  return t.score;
}

std::string NormForScore(const std::string& s) { return ToUtf8(Norm(s)); }

std::optional<std::string> NumForScore(const json& v) {
  if (v.is_null()) return std::nullopt;
  std::u32string s = ToCodePoints(PyStr(v));
  std::size_t begin = 0;
  while (begin < s.size() && PyIsSpace(s[begin])) ++begin;  // ^\s+
  std::size_t end = s.size();
  while (end > begin && (PyIsSpace(s[end - 1]) || s[end - 1] == U'.')) --end;  // [\s.]+$
  std::u32string out;
  for (std::size_t i = begin; i < end; ++i) {
    if (s[i] != U' ') out.push_back(s[i]);  // .replace(" ", "")
  }
  return ToUtf8(out);
}

double SimilarityRatio(const std::u32string& a, const std::u32string& b) {
  return RatioOf(MatchedChars(a, b), a.size() + b.size());
}

double SimilarityRatio(const std::string& a, const std::string& b) {
  return SimilarityRatio(ToCodePoints(a), ToCodePoints(b));
}

bool SameForScore(const json& a, const json& b, double ratio) {
  if (a.is_null() || b.is_null()) return a.is_null() && b.is_null();
  const std::u32string x = Norm(PyStr(a)), y = Norm(PyStr(b));
  if (x == y) return true;
  if (x.empty() || y.empty()) return false;
  // real_quick_ratio() and quick_ratio() bound ratio() from above: skip the
  // full comparison when they already fall short (same answer, faster).
  const std::size_t length = x.size() + y.size();
  if (RatioOf(std::min(x.size(), y.size()), length) < ratio) return false;
  if (RatioOf(CommonChars(x, y), length) < ratio) return false;
  return SimilarityRatio(x, y) >= ratio;
}

std::string PyStr(const json& v) { return PyText(v, false); }

std::string PyRepr(const json& v) { return PyText(v, true); }

}  // namespace ogpx::testing
