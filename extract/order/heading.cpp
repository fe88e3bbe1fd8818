// Heading, case and signatory-name rules of the order reader; declared in
// order_rules.h (the date line and body rules are in order_rules.cpp).
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>

#include "extract/order/rules.h"
#include "extract/order/text.h"
#include "extract/order/vocab.h"
#include "lang/vocabulary.h"

namespace ogpx::extract::order {
namespace {

constexpr std::string_view kEdgePunct = ",;:()[]|";

bool InList(const std::vector<std::string_view>& list, std::string_view word) { return InListCi(list, word); }

}  // namespace

// --- heading ------------------------------------------------------------------

bool HasActWord(std::string_view line) {
  for (const auto& t : Tokens(line)) {
    if (InList(Words().act_words, Trim(t, kEdgePunct))) return true;
  }
  return false;
}

std::string Nominative(std::string_view word) {
  const std::string w = Lower(word);
  for (const auto& [gen, nom] : Words().nominatives) {
    if (w == gen) return std::string(nom);
  }
  auto ends = [&](std::string_view suf) {
    return w.size() > suf.size() + 2 && w.compare(w.size() - suf.size(), suf.size(), suf) == 0;
  };
  for (const lang::Term& suffix : lang::Terms("genitive.suffix"))
    if (ends(suffix.phrase)) return w.substr(0, w.size() - suffix.phrase.size());
  return w;
}

std::string NormalCase(std::string_view caps, Lang lang, const std::vector<std::string>& proper) {
  std::vector<std::string> toks = Tokens(caps);
  if (lang == Lang::kEn) {
    for (std::size_t i = 0; i < toks.size(); ++i) {
      std::string low = Lower(toks[i]);
      const bool minor = i > 0 && InList(Words().minor_words, Trim(low, ",.;:"));
      toks[i] = minor ? low : CapitalizeFirst(low);
    }
    return Join(toks, " ");
  }
  // Mongolian: sentence case per comma-separated part.
  bool part_start = true;
  for (auto& t : toks) {
    std::string low = Lower(t);
    t = part_start ? CapitalizeFirst(low) : low;
    part_start = !t.empty() && t.back() == ',';
  }
  std::string out = Join(toks, " ");
  auto restore = [&out](std::string_view form) {
    const std::string low = Lower(form);
    if (low.size() != form.size()) return;
    std::string lowered = Lower(out);
    if (lowered.size() != out.size()) return;
    for (std::size_t pos = FindWordCi(lowered, low); pos != std::string::npos;) {
      out.replace(pos, form.size(), form);
      const std::size_t next = FindWordCi(std::string_view(lowered).substr(pos + low.size()), low);
      pos = next == std::string::npos ? next : pos + low.size() + next;
    }
  };
  for (const auto& [phrase, form] : Words().proper_phrases) restore(form);
  for (const auto& word : proper) restore(word);
  return out;
}

Heading ReadHeading(const std::vector<std::string>& lines, Lang lang) {
  Heading h;
  if (lines.empty()) return h;
  if (lang == Lang::kMn) {
    // The act word closes the title; lines after it are not part of it.
    std::vector<std::string> words;
    for (const auto& line : lines) {
      for (auto& t : Tokens(line)) words.push_back(t);
      if (HasActWord(line)) break;
    }
    if (words.empty()) return h;
    h.title = NormalCase(Join(words, " "), lang);
    std::vector<std::string> body(words.begin(), words.end());
    if (InList(Words().act_words, Trim(body.back(), kEdgePunct))) body.pop_back();
    // "<BODY> CHAIRMAN'S ORDER": the body issues the act through its head;
    // the head is dropped when a body noun precedes it ("...AGENCY'S
    // CHAIRMAN'S"), kept otherwise ("FINANCE MINISTER'S ORDER" -> "Finance
    // minister").
    if (body.size() > 1 && InList(Words().head_genitives, body.back())) {
      const std::string before = Lower(body[body.size() - 2]);
      const bool body_noun =
          !InList(Words().head_genitives, before) &&
          std::any_of(Words().nominatives.begin(), Words().nominatives.end(),
                      [&](const auto& e) { return e.first == before; });
      if (body_noun) body.pop_back();
    }
    if (!body.empty()) {
      body.back() = Nominative(body.back());
      h.issuer = NormalCase(Join(body, " "), lang);
    }
    return h;
  }
  // English: "ORDER OF THE <ISSUER>", then qualifying lines.
  std::size_t at = lines.size();
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (HasActWord(lines[i])) {
      at = i;
      break;
    }
  }
  if (at == lines.size()) return h;
  std::string title = lines[at];
  std::size_t next = at + 1;
  // A title wrapped after a minor word ("... OF THE") goes on.
  while (next < lines.size()) {
    const auto toks = Tokens(title);
    if (toks.empty() || !InList(Words().minor_words, toks.back())) break;
    title += " " + lines[next++];
  }
  h.title = NormalCase(title, lang);
  std::vector<std::string> issuer;
  const auto toks = Tokens(title);
  std::size_t k = 0;
  while (k < toks.size() && (InList(Words().act_words, Trim(toks[k], kEdgePunct)) ||
                             InList(Words().minor_words, toks[k]))) {
    ++k;
  }
  if (k < toks.size()) issuer.push_back(NormalCase(Join({toks.begin() + k, toks.end()}, " "), lang));
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i == at || (i > at && i < next)) continue;
    issuer.push_back(NormalCase(lines[i], lang));
  }
  if (!issuer.empty()) h.issuer = Join(issuer, ", ");
  return h;
}

// --- signatory ----------------------------------------------------------------

bool IsPersonName(std::string_view s) {
  const std::string t = Trim(s, ",;");
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(t);
  int32_t i = 0;
  const int32_t n = u.length();
  int initials = 0;
  // Initials: an upper-case letter, maybe one lower-case one ("Ts."), a dot.
  while (i < n) {
    int32_t j = i;
    if (!u_isUUppercase(u.char32At(j))) break;
    j = u.moveIndex32(j, 1);
    if (j < n && u_isULowercase(u.char32At(j))) j = u.moveIndex32(j, 1);
    if (j >= n || u.char32At(j) != '.') break;
    j = u.moveIndex32(j, 1);
    while (j < n && u.char32At(j) == ' ') ++j;
    ++initials;
    i = j;
  }
  if (initials == 0 || initials > 3 || i >= n) return false;
  if (!u_isUUppercase(u.char32At(i))) return false;
  int letters = 0;
  for (; i < n; i = u.moveIndex32(i, 1)) {
    const UChar32 c = u.char32At(i);
    if (u_isalpha(c)) {
      ++letters;
    } else if (c != '-') {
      return false;
    }
  }
  return letters >= 2;
}

std::string CleanPosition(std::string_view position) {
  std::vector<std::string> kept;
  for (const auto& tok : Tokens(position)) {
    const std::string t = Trim(tok, "“”\"«»„'`|");
    if (t.empty()) continue;
    const bool digits = t.find_first_of("0123456789") != std::string::npos;
    if (digits && LetterCount(t) > 0) continue;
    if (LetterCount(t) == 0 && t != "," && t != "-") continue;
    kept.push_back(t);
  }
  return Join(kept, " ");
}

std::size_t NameAtEnd(std::string_view line) {
  // Token start offsets.
  std::vector<std::size_t> starts;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] != ' ' && (i == 0 || line[i - 1] == ' ')) starts.push_back(i);
  }
  std::size_t best = std::string::npos;
  for (std::size_t k = 1; k <= 3 && k <= starts.size(); ++k) {
    const std::size_t at = starts[starts.size() - k];
    if (IsPersonName(line.substr(at))) best = at;
  }
  return best;
}

}  // namespace ogpx::extract::order
