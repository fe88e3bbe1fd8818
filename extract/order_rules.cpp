// Field rules of the order reader; see order_rules.h.
#include "extract/order_rules.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>

#include "extract/order_text.h"
#include "extract/order_vocab.h"

namespace ogpx::extract::order {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Punctuation around a token that is not part of it.
constexpr std::string_view kEdgePunct = ",;:()[]|";

bool InList(const std::vector<std::string_view>& list, std::string_view word) {
  const std::string w = Lower(word);
  return std::any_of(list.begin(), list.end(), [&](std::string_view e) { return Lower(e) == w; });
}

// A printed order number: digits, optionally a short letter prefix and "/"
// or "-" separators ("120", "А/268", "04/118", "A-12"). Not a date, not a
// long serial.
bool IsNumberToken(std::string_view raw) {
  const std::string t = Trim(raw, kEdgePunct);
  if (t.empty() || t.size() > 16) return false;
  int digits = 0, letters_before = 0, bytes = 0;
  bool seen_digit = false;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(t);
  for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
    const UChar32 c = u.char32At(i);
    ++bytes;
    if (c >= '0' && c <= '9') {
      ++digits;
      seen_digit = true;
    } else if (u_isalpha(c)) {
      if (seen_digit) return false;
      ++letters_before;
    } else if (c != '/' && c != '-') {
      return false;  // "2023.12.27", "12:30"
    }
  }
  if (digits == 0 || letters_before > 3) return false;
  if (letters_before == 0 && digits == bytes && digits >= 7) return false;  // a form serial
  return true;
}

// Splits "No.120" / "№120" / "No:120" into label and number.
std::optional<std::string> GluedNumber(std::string_view token) {
  for (std::string_view p : Words().number_prefixes) {
    if (p.size() < 2 && p != "№") continue;
    if (token.size() <= p.size() || !StartsWithCi(token, p)) continue;
    std::string rest = Trim(token.substr(p.size()), ":.");
    if (p == "no" || p == "nr") {
      // "No120" is rare and "Nov" is a month: only digits right after.
      if (rest.empty() || !IsDigit(rest[0])) continue;
    }
    if (IsNumberToken(rest)) return Trim(rest, kEdgePunct);
  }
  return std::nullopt;
}

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
  if (ends("ийн")) return w.substr(0, w.size() - std::string_view("ийн").size());
  if (ends("ын")) return w.substr(0, w.size() - std::string_view("ын").size());
  if (ends("ны")) return w.substr(0, w.size() - std::string_view("ны").size());
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
    // "<BODY> ДАРГЫН ТУШААЛ": the body issues the act through its head; the
    // head is dropped when a body noun precedes it ("...ГАЗРЫН ДАРГЫН"), kept
    // otherwise ("САНГИЙН САЙДЫН ТУШААЛ" -> "Сангийн сайд").
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

// --- date / number / place --------------------------------------------------

std::optional<std::string> NumberIn(std::string_view segment) {
  const auto toks = Tokens(segment);
  for (std::size_t i = 0; i < toks.size(); ++i) {
    const std::string bare = Trim(toks[i], ":");
    if (InList(Words().number_prefixes, bare) && i + 1 < toks.size() && IsNumberToken(toks[i + 1])) {
      return Trim(toks[i + 1], kEdgePunct);
    }
    if (auto glued = GluedNumber(toks[i])) return glued;
    if (i > 0 && InList(Words().number_suffixes, Trim(toks[i], kEdgePunct)) &&
        IsNumberToken(toks[i - 1])) {
      return Trim(toks[i - 1], kEdgePunct) + " " + Trim(toks[i], kEdgePunct);
    }
  }
  if (toks.size() == 1 && IsNumberToken(toks[0]) && !DateIn(toks[0])) return Trim(toks[0], kEdgePunct);
  return std::nullopt;
}

DateLine ReadDateLine(const std::vector<std::string>& segments) {
  DateLine out;
  std::vector<std::string> rest;  // pieces that are neither number nor label
  for (const auto& seg : segments) {
    const auto toks = Tokens(seg);
    // Cut the piece at a number label: before | label number | after.
    std::size_t cut = toks.size(), len = 0;
    for (std::size_t i = 0; i < toks.size() && cut == toks.size(); ++i) {
      const std::string bare = Trim(toks[i], ":");
      if (InList(Words().number_prefixes, bare) && i + 1 < toks.size() && IsNumberToken(toks[i + 1])) {
        cut = i, len = 2;
      } else if (GluedNumber(toks[i])) {
        cut = i, len = 1;
      } else if (i + 1 < toks.size() && InList(Words().number_suffixes, Trim(toks[i + 1], kEdgePunct)) &&
                 IsNumberToken(toks[i])) {
        cut = i, len = 2;
      }
    }
    if (cut == toks.size()) {
      if (!out.number && toks.size() == 1 && NumberIn(seg) && !DateIn(seg)) {
        out.number = NumberIn(seg);
      } else {
        rest.push_back(seg);
      }
      continue;
    }
    if (!out.number) out.number = NumberIn(Join({toks.begin() + cut, toks.begin() + cut + len}, " "));
    if (cut > 0) rest.push_back(Join({toks.begin(), toks.begin() + cut}, " "));
    if (cut + len < toks.size()) rest.push_back(Join({toks.begin() + cut + len, toks.end()}, " "));
  }
  for (const auto& piece : rest) {
    if (!out.date) {
      if (auto d = DateIn(piece)) {
        out.date = d;
        continue;
      }
    }
    const std::string p = Trim(piece, kEdgePunct);
    if (LetterCount(p) >= 2 && !DateIn(p)) out.place = p;
  }
  return out;
}

// --- body -----------------------------------------------------------------------

std::string CleanSubject(std::string_view s) { return Trim(s, "[]|{}()_—–-~"); }

std::size_t AfterClauseIntro(std::string_view text) {
  std::size_t best = std::string::npos, end = 0;
  for (std::string_view intro : Words().clause_intro) {
    const std::size_t pos = FindWordCi(text, intro);
    if (pos != std::string::npos && (best == std::string::npos || pos < best)) {
      best = pos;
      end = pos + intro.size();
    }
  }
  if (best == std::string::npos) return best;
  while (end < text.size() && (text[end] == ':' || text[end] == ' ' || text[end] == ';')) ++end;
  return end;
}

Preamble ReadPreamble(std::string_view text, Lang lang) {
  Preamble p;
  p.operative = AfterClauseIntro(text);
  const std::string_view head = text.substr(0, p.operative == std::string::npos ? text.size() : p.operative);
  if (lang == Lang::kMn) {
    for (std::string_view word : Words().basis_before) {
      const std::size_t pos = FindWordCi(head, word);
      if (pos == std::string::npos) continue;
      std::string basis = Trim(head.substr(0, pos), ",;");
      if (!basis.empty()) p.legal_basis = basis;
      break;
    }
    return p;
  }
  std::size_t start = std::string::npos;
  for (std::string_view m : Words().basis_after) {
    const std::size_t pos = FindWordCi(head, m);
    if (pos != std::string::npos && (start == std::string::npos || pos + m.size() < start)) {
      start = pos + m.size();
    }
  }
  if (start == std::string::npos) return p;
  std::string_view rest = head.substr(start);
  std::size_t end = rest.size();
  for (std::string_view e : Words().basis_end) {
    const std::size_t pos = FindWordCi(rest, e);
    if (pos != std::string::npos) end = std::min(end, pos);
  }
  std::string basis = Trim(rest.substr(0, end), ",;: ");
  if (StartsWithCi(basis, "the ")) basis = basis.substr(4);
  if (!basis.empty()) p.legal_basis = basis;
  return p;
}

std::size_t ClauseNumberLength(std::string_view line) {
  std::size_t i = 0;
  int groups = 0;
  while (i < line.size()) {
    const std::size_t start = i;
    while (i < line.size() && IsDigit(line[i])) ++i;
    if (i == start || i - start > 2) return 0;
    ++groups;
    if (i >= line.size() || (line[i] != '.' && line[i] != ')')) return 0;
    ++i;
    if (line[i - 1] == ')' || i >= line.size() || !IsDigit(line[i])) break;
  }
  if (groups == 0 || groups > 3) return 0;
  while (i < line.size() && line[i] == ' ') ++i;
  return i;
}

std::string DropLeadingDebris(std::string_view line) {
  constexpr std::string_view kDebris = "-:;|_~'`";
  std::size_t i = 0;
  while (i < line.size() && kDebris.find(line[i]) != std::string_view::npos) ++i;
  if (i < 2) return std::string(line);
  return Trim(line.substr(i));
}

std::string JoinLines(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& raw : lines) {
    const std::string line = Trim(raw);
    if (line.empty()) continue;
    if (out.empty()) {
      out = line;
      continue;
    }
    const bool hyphen = out.size() >= 2 && out.back() == '-';
    if (hyphen && IsDigit(out[out.size() - 2]) && IsDigit(line[0])) {
      out += line;  // "2024-" + "2027"
    } else if (hyphen && out[out.size() - 2] != ' ' && !StartsUpper(line) && LetterCount(line.substr(0, 4)) > 0) {
      out.pop_back();  // a word broken at the line end
      out += line;
    } else {
      out += ' ' + line;
    }
  }
  return out;
}

std::optional<model::Approves> ApprovedIn(std::string_view clause) {
  bool approves = false;
  for (const auto& t : Tokens(clause)) {
    const std::string w = Trim(t, "“”\"«»„");
    for (std::string_view stem : Words().approve_stems) approves = approves || StartsWithCi(w, stem);
  }
  if (!approves) return std::nullopt;
  std::string title;
  static constexpr std::pair<std::string_view, std::string_view> kQuotes[] = {
      {"“", "”"}, {"«", "»"}, {"„", "“"}, {"\"", "\""}, {"„", "”"}};
  for (const auto& [open, close] : kQuotes) {
    const std::size_t a = clause.find(open);
    if (a == std::string_view::npos) continue;
    const std::size_t b = clause.find(close, a + open.size());
    if (b == std::string_view::npos) continue;
    title = Trim(clause.substr(a + open.size(), b - a - open.size()));
    break;
  }
  if (title.empty()) {
    for (std::string_view passive : {"is approved", "are approved", "is adopted", "be approved"}) {
      const std::size_t pos = FindWordCi(clause, passive);
      if (pos == std::string::npos) continue;
      title = Trim(clause.substr(0, pos), ",;:");
      break;
    }
  }
  if (title.empty()) {
    for (std::string_view active : {"approve the", "approves the", "adopt the", "approve", "adopt"}) {
      const std::size_t pos = FindWordCi(clause, active);
      if (pos == std::string::npos) continue;
      std::string_view rest = clause.substr(pos + active.size());
      std::size_t end = rest.size();
      for (std::string_view stop : {" as ", ", ", ". ", " annexed", " attached"}) {
        end = std::min(end, rest.find(stop));
      }
      title = Trim(rest.substr(0, end), ".,;: ");
      break;
    }
  }
  if (StartsWithCi(title, "the ")) title = title.substr(4);
  if (title.empty()) return std::nullopt;
  model::Approves a;
  a.title = title;
  a.period = YearSpanIn(title);
  return a;
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
