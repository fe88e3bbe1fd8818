// F1 of orders as score.py computes it; see order_score.h.
#include "order/order_score.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <functional>
#include <optional>

namespace ogpx::testing {
namespace {

constexpr double kNameRatio = 0.92;
constexpr double kTextRatio = 0.90;

std::vector<UChar32> CodePoints(const std::string& s) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
  std::vector<UChar32> out;
  for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) out.push_back(u.char32At(i));
  return out;
}

// Matching characters of difflib's recursive longest-match decomposition.
int Matches(const std::vector<UChar32>& a, int alo, int ahi, const std::vector<UChar32>& b, int blo,
            int bhi) {
  if (alo >= ahi || blo >= bhi) return 0;
  int best_i = alo, best_j = blo, best = 0;
  std::vector<int> prev(bhi - blo + 1, 0), cur(bhi - blo + 1, 0);
  for (int i = alo; i < ahi; ++i) {
    for (int j = blo; j < bhi; ++j) {
      const int k = a[i] == b[j] ? prev[j - blo] + 1 : 0;
      cur[j - blo + 1] = k;
      if (k > best) {
        best = k;
        best_i = i - k + 1;
        best_j = j - k + 1;
      }
    }
    std::swap(prev, cur);  // prev[x]: match lengths ending at a[i], b[blo + x - 1]
  }
  if (best == 0) return 0;
  return best + Matches(a, alo, best_i, b, blo, best_j) +
         Matches(a, best_i + best, ahi, b, best_j + best, bhi);
}

bool Same(const std::optional<std::string>& g, const std::optional<std::string>& p, double ratio) {
  if (!g || !p) return !g && !p;
  const std::string a = NormForScore(*g), b = NormForScore(*p);
  if (a == b) return true;
  if (a.empty() || b.empty()) return false;
  return SimilarityRatio(a, b) >= ratio;
}

template <typename T>
void Scalar(Tally& t, const std::string& field, const std::optional<T>& g, const std::optional<T>& p,
            const std::function<bool(const T&, const T&)>& eq) {
  if (!g && !p) return;
  if (!g) {
    ++t.fp;
    t.misses.push_back(field + ": unexpected value");
    return;
  }
  if (p && eq(*g, *p)) {
    ++t.tp;
    return;
  }
  ++t.fn;
  if (p) ++t.fp;
  t.misses.push_back(field + ": wrong or missing");
}

void Text(Tally& t, const std::string& field, const std::optional<std::string>& g,
          const std::optional<std::string>& p, double ratio) {
  Scalar<std::string>(t, field, g, p, [ratio](const std::string& a, const std::string& b) {
    return Same(a, b, ratio);
  });
  if (!t.misses.empty() && t.misses.back().rfind(field, 0) == 0) {
    t.misses.back() += " (want '" + g.value_or("null") + "' got '" + p.value_or("null") + "')";
  }
}

void Exact(Tally& t, const std::string& field, const std::optional<std::string>& g,
           const std::optional<std::string>& p) {
  Scalar<std::string>(t, field, g, p, [](const std::string& a, const std::string& b) { return a == b; });
}

void Year(Tally& t, const std::string& field, const std::optional<int>& g, const std::optional<int>& p) {
  Scalar<int>(t, field, g, p, [](int a, int b) { return a == b; });
}

std::optional<std::string> Num(const std::optional<std::string>& s) {
  if (!s) return s;
  std::string v = *s;
  while (!v.empty() && (v.back() == '.' || v.back() == ' ')) v.pop_back();
  std::size_t b = 0;
  while (b < v.size() && v[b] == ' ') ++b;
  v = v.substr(b);
  std::string out;
  for (char c : v) {
    if (c != ' ') out += c;
  }
  return out;
}

}  // namespace

double Tally::F1() const {
  const double p = tp + fp ? static_cast<double>(tp) / (tp + fp) : 1.0;
  const double r = tp + fn ? static_cast<double>(tp) / (tp + fn) : 1.0;
  return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

std::string NormForScore(const std::string& s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
  if (U_SUCCESS(status)) u = nfkc->normalize(u, status);
  u.foldCase();
  std::string spaced;
  for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
    const UChar32 c = u.char32At(i);
    const int32_t mask = U_GET_GC_MASK(c);
    if (mask & (U_GC_P_MASK | U_GC_Z_MASK | U_GC_S_MASK) || u_isspace(c)) {
      spaced += ' ';
    } else {
      icu::UnicodeString one(c);
      one.toUTF8String(spaced);
    }
  }
  std::string out;
  for (char c : spaced) {
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

double SimilarityRatio(const std::string& a, const std::string& b) {
  const auto ca = CodePoints(a), cb = CodePoints(b);
  const std::size_t total = ca.size() + cb.size();
  if (total == 0) return 1.0;
  const int m = Matches(ca, 0, static_cast<int>(ca.size()), cb, 0, static_cast<int>(cb.size()));
  return 2.0 * m / static_cast<double>(total);
}

Tally ScoreOrder(const model::Order& gold, const model::Order& pred, bool kind_ok) {
  Tally t;
  if (kind_ok) {
    ++t.tp;
  } else {
    ++t.fn, ++t.fp;
    t.misses.push_back("kind");
  }
  Text(t, "issuer", gold.issuer, pred.issuer, kTextRatio);
  Text(t, "title", gold.title, pred.title, kTextRatio);
  Text(t, "subject", gold.subject, pred.subject, kTextRatio);
  Text(t, "legal_basis", gold.legal_basis, pred.legal_basis, kTextRatio);
  Text(t, "place", gold.place, pred.place, kTextRatio);
  Exact(t, "number", Num(gold.number), Num(pred.number));
  Exact(t, "date", gold.date, pred.date);
  std::vector<bool> used(pred.clauses.size(), false);
  for (const auto& g : gold.clauses) {
    bool hit = false;
    for (std::size_t i = 0; i < pred.clauses.size() && !hit; ++i) {
      if (!used[i] && Same(g, pred.clauses[i], kTextRatio)) used[i] = hit = true;
    }
    if (hit) {
      ++t.tp;
    } else {
      ++t.fn;
      t.misses.push_back("clause missing: " + g);
    }
  }
  for (std::size_t i = 0; i < used.size(); ++i) {
    if (!used[i]) {
      ++t.fp;
      t.misses.push_back("clause extra: " + pred.clauses[i]);
    }
  }
  Text(t, "signatory.name", gold.signatory.name, pred.signatory.name, kNameRatio);
  Text(t, "signatory.position", gold.signatory.position, pred.signatory.position, kTextRatio);
  const model::Approves none;
  const model::Approves& ga = gold.approves ? *gold.approves : none;
  const model::Approves& pa = pred.approves ? *pred.approves : none;
  Text(t, "approves.title", ga.title, pa.title, kTextRatio);
  Year(t, "approves.period.start", ga.period.start, pa.period.start);
  Year(t, "approves.period.end", ga.period.end, pa.period.end);
  return t;
}

}  // namespace ogpx::testing
