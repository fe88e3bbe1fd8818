// Post-OCR repairs of predictable Tesseract confusions. See ocr.h FixOcrLine.
//
// Only rules that follow from the shapes of letters and the template's
// conventions live here; nothing depends on a country or a document.
#include "ingest/ocr.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <string_view>

namespace ogpx::ingest {
namespace {

bool IsCyrillic(char32_t c) { return c >= 0x0400 && c <= 0x052F; }
bool IsLatin(char32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0x00C0 && c <= 0x024F && c != 0x00D7 && c != 0x00F7);
}

// Letters that look the same in both scripts: {Latin, Cyrillic}.
constexpr std::array<std::pair<char32_t, char32_t>, 24> kLookAlikes{{
    {U'a', U'а'}, {U'c', U'с'}, {U'e', U'е'}, {U'o', U'о'}, {U'p', U'р'}, {U'x', U'х'},
    {U'y', U'у'}, {U'i', U'і'}, {U'j', U'ј'}, {U's', U'ѕ'}, {U'A', U'А'}, {U'B', U'В'},
    {U'C', U'С'}, {U'E', U'Е'}, {U'H', U'Н'}, {U'K', U'К'}, {U'M', U'М'}, {U'O', U'О'},
    {U'P', U'Р'}, {U'T', U'Т'}, {U'X', U'Х'}, {U'Y', U'У'}, {U'I', U'І'}, {U'S', U'Ѕ'},
}};

std::u32string Decode(std::string_view s) {
  std::u32string out;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  for (int32_t i = 0; i < u.length();) {
    const UChar32 c = u.char32At(i);
    out.push_back(static_cast<char32_t>(c));
    i += U16_LENGTH(c);
  }
  return out;
}

std::string Encode(const std::u32string& s) {
  icu::UnicodeString u;
  for (char32_t c : s) u.append(static_cast<UChar32>(c));
  std::string out;
  u.toUTF8String(out);
  return out;
}

std::string Nfc(const std::string& s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status) || nfc == nullptr) return s;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
  icu::UnicodeString normal = nfc->normalize(u, status);
  if (U_FAILURE(status)) return s;
  std::string out;
  normal.toUTF8String(out);
  return out;
}

ScriptCount Count(const std::u32string& s) {
  ScriptCount n;
  for (char32_t c : s) {
    if (IsCyrillic(c)) ++n.cyrillic;
    else if (IsLatin(c)) ++n.latin;
    else continue;
    if (u_isupper(static_cast<UChar32>(c))) ++n.capitals;
  }
  return n;
}

// Gives every look-alike letter of `word` the script `to_cyrillic` says.
// і ј ѕ are not Mongolian or Russian letters: never produced, only repaired.
bool CyrillicTarget(char32_t cyrillic) {
  return cyrillic != U'і' && cyrillic != U'ј' && cyrillic != U'ѕ' && cyrillic != U'І' && cyrillic != U'Ѕ';
}

void Unify(std::u32string& word, bool to_cyrillic) {
  for (char32_t& c : word) {
    for (const auto& [latin, cyrillic] : kLookAlikes) {
      if (to_cyrillic && c == latin && CyrillicTarget(cyrillic)) c = cyrillic;
      else if (!to_cyrillic && c == cyrillic) c = latin;
    }
  }
}

bool IsCyrillicLookAlike(char32_t c) {
  return std::any_of(kLookAlikes.begin(), kLookAlikes.end(), [c](const auto& p) { return p.second == c; });
}

bool IsPunct(char32_t c) {
  return c == '.' || c == ',' || c == ':' || c == ';' || c == ')' || c == '(';
}

// Splits `w` into leading punctuation, core, trailing punctuation.
struct Parts {
  std::u32string lead, core, trail;
};
Parts Split(const std::u32string& w) {
  std::size_t b = 0, e = w.size();
  while (b < e && IsPunct(w[b])) ++b;
  while (e > b && IsPunct(w[e - 1])) --e;
  return {w.substr(0, b), w.substr(b, e - b), w.substr(e)};
}

// Roman numeral that OCR read as other strokes, or "" when `core` is not one.
std::u32string RomanNumeral(const std::u32string& core) {
  static const std::array<std::pair<std::u32string_view, std::u32string_view>, 14> kMap{{
      {U"П", U"II"}, {U"||", U"II"}, {U"|I", U"II"}, {U"I|", U"II"}, {U"Il", U"II"},
      {U"lI", U"II"}, {U"ll", U"II"}, {U"Ш", U"III"}, {U"|||", U"III"}, {U"lll", U"III"},
      {U"|V", U"IV"}, {U"lV", U"IV"}, {U"V|", U"VI"}, {U"Vl", U"VI"},
  }};
  for (const auto& [seen, meant] : kMap) {
    if (core == seen) return std::u32string(meant);
  }
  return {};
}

// Before "улирал" (quarter) or "хагас" (half) a group of one to three
// strokes of any kind ("Ill", "!!!", "|") is a Roman numeral, and so is a
// stroke before or after V ("!V"); elsewhere such groups are more often
// table borders.
bool NumeralWordFollows(const std::vector<std::u32string>& w, std::size_t i) {
  return i + 1 < w.size() && (w[i + 1].starts_with(U"улирал") || w[i + 1].starts_with(U"хагас"));
}

std::u32string StrokeNumeral(const std::u32string& core) {
  auto stroke = [](char32_t c) { return c == U'|' || c == U'I' || c == U'l' || c == U'!' || c == U'1'; };
  if (!core.empty() && core.size() <= 3 && std::all_of(core.begin(), core.end(), stroke))
    return std::u32string(core.size(), U'I');
  if (core.size() == 2 && core[1] == U'V' && stroke(core[0])) return U"IV";
  if (core.size() == 2 && core[0] == U'V' && stroke(core[1])) return U"VI";
  return {};
}

bool IsDigit(char32_t c) { return c >= '0' && c <= '9'; }

// "Ne", "No", "N°", "Nº" (Latin or Cyrillic o/e) read for "№".
std::size_t NumeroPrefix(const std::u32string& w) {
  if (w.size() < 2 || w[0] != U'N') return 0;
  const char32_t c = w[1];
  if (c == U'e' || c == U'o' || c == U'°' || c == U'º' || c == U'о' || c == U'е') {
    std::size_t n = 2;
    if (n < w.size() && w[n] == U'.') ++n;
    return n;
  }
  return 0;
}

}  // namespace

ScriptCount CountScripts(const std::string& text) { return Count(Decode(text)); }

namespace {

ScriptCount PageScripts(const Page& page) {
  ScriptCount page_count;
  for (const Word& w : page.words) {
    const ScriptCount n = CountScripts(w.text);
    page_count.cyrillic += n.cyrillic;
    page_count.latin += n.latin;
  }
  return page_count;
}

// More Cyrillic letters than Latin ones.
bool MostlyCyrillic(const Page& page) {
  const ScriptCount n = PageScripts(page);
  return n.cyrillic > n.latin;
}

}  // namespace

bool MostlyLatin(const Page& page) {
  const ScriptCount page_count = PageScripts(page);
  const int letters = page_count.cyrillic + page_count.latin;
  return letters > 0 && page_count.latin >= 0.8 * letters;
}

namespace {

// A Cyrillic capital the mixed reading gives as a Latin capital it does not
// look like in print, beside the look-alikes: {Latin, Cyrillic}.
constexpr std::array<std::pair<char32_t, char32_t>, 1> kMisreadCapitals{{{U'B', U'Б'}}};

// The Latin letters `cyrillic` (a word's core) would be read as, or "" when
// one of its letters has no Latin reading.
std::u32string LatinReading(const std::u32string& cyrillic) {
  std::u32string out;
  for (char32_t c : cyrillic) {
    char32_t latin = 0;
    for (const auto& [l, cy] : kLookAlikes)
      if (cy == c && CyrillicTarget(cy)) latin = l;
    for (const auto& [l, cy] : kMisreadCapitals)
      if (cy == c) latin = l;
    if (latin == 0) return {};
    out.push_back(latin);
  }
  return out;
}

bool Capitals(const std::u32string& s) {
  return std::all_of(s.begin(), s.end(), [](char32_t c) { return c >= U'A' && c <= U'Z'; });
}

// On a page of Cyrillic text, a word of Latin capitals that reads like a
// Cyrillic word of the same page ("TBB" beside "ТББ") is that word.
void FixLatinTwins(Page& page) {
  // The Latin reading of each Cyrillic word of capitals (a word with a
  // letter of no Latin reading has none), the first such word kept.
  std::map<std::u32string, std::u32string> twins;
  for (const Word& w : page.words) {
    const Parts p = Split(Decode(w.text));
    if (p.core.size() < 2) continue;
    std::u32string latin = LatinReading(p.core);
    if (!latin.empty() && Capitals(latin)) twins.emplace(std::move(latin), p.core);
  }
  if (twins.empty()) return;
  for (Word& w : page.words) {
    const Parts p = Split(Decode(w.text));
    if (p.core.size() < 2 || !Capitals(p.core)) continue;
    if (auto twin = twins.find(p.core); twin != twins.end()) w.text = Nfc(Encode(p.lead + twin->second + p.trail));
  }
}

}  // namespace

bool LatinTwin(const std::string& latin, const std::string& cyrillic) {
  auto letters = [](const std::string& text) {  // quotes and stops round a word are no letters
    std::u32string out = Decode(text);
    std::erase_if(out, [](char32_t c) { return !u_isalpha(static_cast<UChar32>(c)); });
    return out;
  };
  const std::u32string reading = LatinReading(letters(cyrillic));
  return !reading.empty() && reading == letters(latin);
}

void FixOcrPageScript(Page& page) {
  if (!MostlyLatin(page)) {
    if (MostlyCyrillic(page)) FixLatinTwins(page);
    return;
  }
  for (Word& w : page.words) {
    std::u32string text = Decode(w.text);
    bool has_cyrillic = false, all_look_alike = true;
    for (char32_t c : text) {
      if (!IsCyrillic(c)) continue;
      has_cyrillic = true;
      all_look_alike = all_look_alike && IsCyrillicLookAlike(c);
    }
    if (has_cyrillic && all_look_alike) {
      Unify(text, /*to_cyrillic=*/false);
      w.text = Nfc(Encode(text));
    }
  }
}

void FixOcrLine(std::vector<std::string>& words) {
  std::vector<std::u32string> w;
  w.reserve(words.size());
  ScriptCount line;
  for (const std::string& s : words) {
    w.push_back(Decode(s));
    const ScriptCount n = Count(w.back());
    line.cyrillic += n.cyrillic;
    line.latin += n.latin;
  }
  const bool cyrillic_line = line.cyrillic > line.latin;

  for (std::size_t i = 0; i < w.size(); ++i) {
    const ScriptCount n = Count(w[i]);
    if (n.cyrillic > 0 && n.latin > 0) {
      const bool to_cyrillic = n.cyrillic != n.latin ? n.cyrillic > n.latin : cyrillic_line;
      Unify(w[i], to_cyrillic);
    }
    Parts p = Split(w[i]);
    const std::u32string roman = RomanNumeral(p.core);
    if (!roman.empty()) {
      // A lone stroke group at either end of a line is more likely a table
      // border than a numeral: only "П" (a letter shape) is trusted there.
      const bool inside = i > 0 && i + 1 < w.size();
      if (inside || p.core == U"П" || p.core == U"Ш") w[i] = p.lead + roman + p.trail;
    } else if (NumeralWordFollows(w, i)) {
      if (const std::u32string n = StrokeNumeral(p.core); !n.empty()) w[i] = p.lead + n + p.trail;
    }
    // "З.1." anywhere, or "З." opening a line of text, is a number whose 3
    // was read as the Cyrillic letter Ze; "З. Энхболд" (an initial, a short
    // line) stays.
    if (w[i].size() >= 2 && w[i][0] == U'З' && w[i][1] == U'.' &&
        std::all_of(w[i].begin() + 1, w[i].end(), [](char32_t c) { return c == U'.' || IsDigit(c); })) {
      const bool has_digits = std::any_of(w[i].begin(), w[i].end(), IsDigit);
      // Its line may start with the row's serial number ("2 З. Иргэд …").
      const bool opens = i == 0 || (i == 1 && std::all_of(w[0].begin(), w[0].end(), IsDigit));
      if (has_digits || (opens && w.size() >= i + 4)) w[i][0] = U'3';
    }
    if (cyrillic_line) {
      const std::size_t k = NumeroPrefix(w[i]);
      if (k > 0) {
        const bool digits_here = k < w[i].size() && IsDigit(w[i][k]);
        const bool digits_next = k == w[i].size() && i + 1 < w.size() && !w[i + 1].empty() && IsDigit(w[i + 1][0]);
        if (digits_here || digits_next) w[i] = U"№" + w[i].substr(k);
      }
    }
  }
  for (std::size_t i = 0; i < w.size(); ++i) words[i] = Nfc(Encode(w[i]));
}

}  // namespace ogpx::ingest
