// Implementation of legacy Mongolian font detection and repair (see
// legacy_fonts.h and docs/text.md for the rules).
#include "ingest/legacy_fonts.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <string_view>
#include <vector>

#include "base/text.h"

namespace ogpx::ingest {
namespace {

std::u32string Decode(std::string_view s) {
  std::u32string out;
  text::ForEachCodePoint(s, [&](UChar32 c) { out.push_back(static_cast<char32_t>(c)); });
  return out;
}

std::string Encode(const std::u32string& s) {
  std::string out;
  for (char32_t c : s) {
    uint8_t buf[U8_MAX_LENGTH];
    int32_t len = 0;
    UBool error = false;
    U8_APPEND(buf, len, U8_MAX_LENGTH, static_cast<UChar32>(c), error);
    if (error) {
      out += "\xEF\xBF\xBD";
    } else {
      out.append(reinterpret_cast<const char*>(buf), static_cast<size_t>(len));
    }
  }
  return out;
}

bool IsAsciiLetter(char32_t c) { return (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z'); }

// Most words of most text layers: their code points are their bytes, so they
// are read as they are, without decoding them into a copy.
bool IsAscii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// A character of a word held as UTF-32 or, when IsAscii, as its bytes.
char32_t CodePoint(char32_t c) { return c; }
char32_t CodePoint(char c) { return static_cast<unsigned char>(c); }

// Letters of the 8-bit encoding: À..ÿ (cp1251 А..я, incl. × ÷ = Ч ч) and the
// Mongolian/Ё positions ª º ¯ ¿ ¨ ¸.
bool IsHighLetter(char32_t c) {
  return (c >= 0xC0 && c <= 0xFF) || c == 0xAA || c == 0xBA || c == 0xAF || c == 0xBF ||
         c == 0xA8 || c == 0xB8;
}

// cp1251 for U+00A0..U+00BF, with Є є Ї ї read as Ө ө Ү ү.
char32_t Cp1251High(char32_t c) {
  static constexpr char32_t kTable[32] = {
      0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7,   // A0..A7
      0x0401, 0x00A9, 0x04E8, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x04AE,   // A8..AF
      0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7,   // B0..B7
      0x0451, 0x2116, 0x04E9, 0x00BB, 0x0458, 0x0405, 0x0455, 0x04AF};  // B8..BF
  if (c >= 0xA0 && c <= 0xBF) return kTable[c - 0xA0];
  if (c >= 0xC0 && c <= 0xFF) return c - 0xC0 + 0x0410;
  return c;
}

char32_t SubstitutionFix(char32_t c) {
  switch (c) {
    case 0x0404: return 0x04E8;  // Є -> Ө
    case 0x0454: return 0x04E9;  // є -> ө
    case 0x0407: return 0x04AE;  // Ї -> Ү
    case 0x0457: return 0x04AF;  // ї -> ү
    default: return c;
  }
}

bool IsSubstitutionLetter(char32_t c) {
  return c == 0x0404 || c == 0x0454 || c == 0x0407 || c == 0x0457;
}
bool IsMongolianOnlyLetter(char32_t c) {
  return c == 0x04E8 || c == 0x04E9 || c == 0x04AE || c == 0x04AF;
}
bool IsUkrainianOnlyLetter(char32_t c) {  // і І ґ Ґ: never in Mongolian
  return c == 0x0456 || c == 0x0406 || c == 0x0491 || c == 0x0490;
}
bool IsMongolianMarker(char32_t c) {  // э ы: Mongolian/Russian, never Ukrainian
  return c == 0x044D || c == 0x042D || c == 0x044B || c == 0x042B;
}
bool IsCyrillic(char32_t c) { return c >= 0x0400 && c <= 0x052F; }

// A word of the 8-bit encoding: some high letter, no ASCII letter, nothing
// beyond ASCII, Latin-1 and general punctuation.
struct EightBitWord {
  bool candidate = false;
  int high_letters = 0;
};

EightBitWord ClassifyEightBit(const std::u32string& w) {
  EightBitWord r;
  for (char32_t c : w) {
    if (IsAsciiLetter(c)) return {};
    if (c > 0xFF && !(c >= 0x2000 && c <= 0x206F)) return {};
    if (IsHighLetter(c)) ++r.high_letters;
  }
  r.candidate = r.high_letters > 0;
  return r;
}

struct FontEvidence {
  std::vector<int> words;
  int eight_bit_letters = 0;    // high letters in 8-bit candidate words
  int longest_eight_bit = 0;    // most high letters in one candidate word
  int ascii_letters = 0;
  int substitution_words = 0;   // Cyrillic words with Є є Ї ї
  int cyrillic_words = 0;
  bool mongolian_letters = false;
  bool ukrainian_letters = false;
  bool mongolian_markers = false;
};

std::map<std::string, FontEvidence> Gather(const Page& page) {
  std::map<std::string, FontEvidence> fonts;
  FontName last_font;  // words come in runs of one font: its evidence is looked up once a run
  FontEvidence* last = nullptr;
  for (int i = 0; i < static_cast<int>(page.words.size()); ++i) {
    const Word& word = page.words[static_cast<size_t>(i)];
    if (last == nullptr || !(word.font == last_font)) {
      last_font = word.font;
      last = &fonts[word.font.str()];
    }
    FontEvidence& f = *last;
    f.words.push_back(i);
    if (IsAscii(word.text)) {
      // No high, Cyrillic or 8-bit letter (an ASCII letter rules a word out
      // of the 8-bit encoding): only its Latin letters count.
      f.ascii_letters += static_cast<int>(std::count_if(word.text.begin(), word.text.end(),
                                                        [](char c) { return IsAsciiLetter(static_cast<unsigned char>(c)); }));
      continue;
    }
    const std::u32string w = Decode(word.text);
    const EightBitWord eb = ClassifyEightBit(w);
    if (eb.candidate) {
      f.eight_bit_letters += eb.high_letters;
      if (eb.high_letters > f.longest_eight_bit) f.longest_eight_bit = eb.high_letters;
    }
    bool cyrillic = false, substitution = false;
    for (char32_t c : w) {
      if (IsAsciiLetter(c)) ++f.ascii_letters;
      if (IsCyrillic(c)) cyrillic = true;
      if (IsSubstitutionLetter(c)) substitution = true;
      if (IsMongolianOnlyLetter(c)) f.mongolian_letters = true;
      if (IsUkrainianOnlyLetter(c)) f.ukrainian_letters = true;
      if (IsMongolianMarker(c)) f.mongolian_markers = true;
    }
    if (cyrillic) ++f.cyrillic_words;
    if (cyrillic && substitution) ++f.substitution_words;
  }
  return fonts;
}

bool IsEightBit(const FontEvidence& f) {
  return f.longest_eight_bit >= 2 && f.eight_bit_letters > f.ascii_letters;
}

// Є є Ї ї with no contrary evidence (Ө ө Ү ү, or the Ukrainian і ґ).
bool SubstitutionPossible(const FontEvidence& f) {
  return f.substitution_words > 0 && !f.mongolian_letters && !f.ukrainian_letters;
}

// A substitution font judged from its own text: Mongolian/Russian letters
// (э ы) and Є/Ї in at least 2 words and 10 % of its Cyrillic words (a Russian
// text quoting one Ukrainian name does not qualify).
bool IsSubstitution(const FontEvidence& f) {
  return SubstitutionPossible(f) && f.mongolian_markers && f.substitution_words >= 2 &&
         f.substitution_words * 10 >= f.cyrillic_words;
}

// "MonTimes-Italic" -> "MonTimes"; "Arial Mon,Bold" -> "Arial Mon".
std::string Family(const std::string& font) {
  const size_t cut = font.find_first_of("-,");
  return cut == std::string::npos ? font : font.substr(0, cut);
}

struct Decision {
  std::string font;
  const char* encoding = nullptr;
};

std::vector<Decision> Decide(const Page& page, const std::map<std::string, FontEvidence>& fonts) {
  std::vector<Decision> out;
  if (page.source == PageSource::kOcr) return out;
  std::vector<std::string> substitution_families;
  for (const auto& [name, f] : fonts) {
    if (IsEightBit(f)) {
      out.push_back({name, kLegacy8Bit});
    } else if (IsSubstitution(f)) {
      out.push_back({name, kLegacySubstitution});
      substitution_families.push_back(Family(name));
    }
  }
  // Second pass: a style of the same family (italic, bold) with too little
  // text of its own to judge follows the family's decision.
  for (const auto& [name, f] : fonts) {
    if (IsSubstitution(f) || !SubstitutionPossible(f) || name.empty()) continue;
    for (const auto& family : substitution_families) {
      if (Family(name) == family) {
        out.push_back({name, kLegacySubstitution});
        break;
      }
    }
  }
  return out;
}

std::string RepairEightBit(const std::u32string& w) {
  std::u32string out = w;
  if (ClassifyEightBit(w).candidate) {
    for (char32_t& c : out) c = Cp1251High(c);
  } else {  // mixed with ASCII letters: decode only the letters
    for (char32_t& c : out) {
      if (IsHighLetter(c)) c = Cp1251High(c);
    }
  }
  return Encode(out);
}

std::string RepairSubstitution(const std::u32string& w) {
  std::u32string out = w;
  for (char32_t& c : out) c = SubstitutionFix(c);
  return Encode(out);
}

}  // namespace

LegacyRepair RepairLegacyFonts(Page& page) {
  LegacyRepair result;
  // Repaired words per (font, encoding), in the order first met.
  std::vector<std::pair<Decision, int>> repairs;
  // One repair can make another possible: a font judged 8-bit whose text
  // also holds the Unicode Є/Ї of the substitution font reads as
  // substitution only once its cp1251 letters are decoded (э, ы appear). So
  // decisions are taken again on the repaired text until none repairs a word
  // (each encoding removes what the other looks for: two rounds do it;
  // kMaxRounds is a bound, not a tuning), which makes a second call a no-op.
  constexpr int kMaxRounds = 4;
  for (int round = 0; round < kMaxRounds; ++round) {
    auto fonts = Gather(page);
    int changed = 0;
    for (const Decision& d : Decide(page, fonts)) {
      const bool eight_bit = std::string_view(d.encoding) == kLegacy8Bit;
      int repaired = 0;
      for (int i : fonts.at(d.font).words) {
        Word& word = page.words[static_cast<size_t>(i)];
        const std::u32string w = Decode(word.text);
        std::string fixed = eight_bit ? RepairEightBit(w) : RepairSubstitution(w);
        if (fixed != word.text) {
          word.text = std::move(fixed);
          ++repaired;
        }
      }
      if (repaired == 0) continue;
      changed += repaired;
      auto same = [&](const auto& r) { return r.first.font == d.font && r.first.encoding == d.encoding; };
      auto it = std::find_if(repairs.begin(), repairs.end(), same);
      if (it == repairs.end()) repairs.push_back({d, repaired});
      else it->second += repaired;
    }
    if (changed == 0) break;
  }
  for (const auto& [d, repaired] : repairs) {
    result.words_repaired += repaired;
    if (result.encoding.find(d.encoding) == std::string::npos) {
      result.encoding += (result.encoding.empty() ? "" : "+") + std::string(d.encoding);
    }
    page.warnings.push_back({page.number, "legacy_font_repaired",
                             (d.font.empty() ? std::string("(unnamed font)") : d.font) + ": " +
                                 d.encoding + ", " + std::to_string(repaired) + " words"});
  }
  return result;
}

namespace {

// Character statistics of a page's words for LooksGarbled.
struct TextStats {
  int chars = 0, bad = 0, symbols = 0, letter_words = 0, mixed_words = 0;
  int latin_letters = 0, latin_vowels = 0;  // in words that are not all capitals
};

bool IsLatinVowel(char32_t c) {
  switch (c | 0x20) {
    case 'a': case 'e': case 'i': case 'o': case 'u': case 'y': return true;
    default: return false;
  }
}

bool IsQuote(char32_t c) {
  switch (c) {
    case U'"': case U'\'': case U'“': case U'”': case U'‘': case U'’': case U'«': case U'»': return true;
    default: return false;
  }
}
bool IsOpening(char32_t c) { return IsQuote(c) || c == U'(' || c == U'[' || c == U'{'; }
bool IsClosing(char32_t c) {
  switch (c) {
    case U')': case U']': case U'}': case U'.': case U',': case U';': case U':': case U'!': case U'?': return true;
    default: return IsQuote(c);
  }
}
bool IsAddressSeparator(char32_t c) {
  switch (c) {
    case U'/': case U'.': case U'@': case U'_': case U':': case U'=': case U'?': case U'&': case U'%': case U'#':
    case U'\\': return true;
    default: return false;
  }
}

// "https://x.gov.mn", "a.b@c.mn", "file_name": separators between letters,
// once the quotes and brackets before and the closing punctuation after are
// set aside. `w`: UTF-32, or the bytes of an ASCII word (IsAscii).
template <class Str>
bool LooksLikeAddress(const Str& w) {
  std::size_t first = 0, end = w.size();
  while (first < w.size() && IsOpening(CodePoint(w[first]))) ++first;
  while (end > 0 && IsClosing(CodePoint(w[end - 1]))) --end;
  if (first == w.size() || end == 0 || end <= first) return false;
  for (std::size_t i = first; i < end; ++i)
    if (IsAddressSeparator(CodePoint(w[i]))) return true;
  return false;
}

// `w`: UTF-32, or the bytes of an ASCII word (IsAscii).
template <class Str>
void AddWord(const Str& w, TextStats& s) {
  int latin = 0, cyrillic = 0, other = 0, switches = 0, lower = 0, vowels = 0, ascii = 0;
  UScriptCode last = USCRIPT_INVALID_CODE;
  for (const auto ch : w) {
    const char32_t c = CodePoint(ch);
    if (c > U' ' && c < 0x7F) {
      // Printable ASCII, without ICU: the other 32 are all punctuation or
      // symbols, the letters are Latin.
      ++s.chars;
      if (!IsAsciiLetter(c)) {
        s.symbols += c < U'0' || c > U'9';
        continue;
      }
      lower += c >= U'a';
      ++ascii;
      vowels += IsLatinVowel(c);
      ++latin;
      switches += last != USCRIPT_INVALID_CODE && last != USCRIPT_LATIN;
      last = USCRIPT_LATIN;
      continue;
    }
    const auto uc = static_cast<UChar32>(c);
    if (u_isUWhiteSpace(uc)) continue;
    ++s.chars;
    const int8_t type = u_charType(uc);
    if (c == 0xFFFD || type == U_PRIVATE_USE_CHAR || type == U_CONTROL_CHAR ||
        type == U_UNASSIGNED || type == U_SURROGATE) {
      ++s.bad;
      continue;
    }
    if (u_ispunct(uc) || type == U_MATH_SYMBOL || type == U_CURRENCY_SYMBOL ||
        type == U_MODIFIER_SYMBOL || type == U_OTHER_SYMBOL) {
      ++s.symbols;
    }
    if (!u_isalpha(uc)) continue;
    if (u_islower(uc)) ++lower;
    if (IsAsciiLetter(c)) {
      ++ascii;
      if (IsLatinVowel(c)) ++vowels;
    }
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode sc = uscript_getScript(uc, &status);
    if (U_FAILURE(status) || sc == USCRIPT_COMMON || sc == USCRIPT_INHERITED) continue;
    if (sc == USCRIPT_LATIN) ++latin;
    else if (sc == USCRIPT_CYRILLIC) ++cyrillic;
    else ++other;
    if (last != USCRIPT_INVALID_CODE && sc != last) ++switches;
    last = sc;
  }
  if (latin + cyrillic + other == 0) return;
  ++s.letter_words;
  if (switches >= 2) ++s.mixed_words;  // "рrоbа": scripts alternating in a word
  // Abbreviations (NGO, CSV), URLs and e-mail addresses do not count.
  if (lower > 0 && ascii == latin && !LooksLikeAddress(w)) {
    s.latin_letters += ascii;
    s.latin_vowels += vowels;
  }
}

// A word without its leaders: runs of three or more dots, middle dots,
// ellipses, hyphens, dashes or underscores ("Introduction.........3",
// "........", "- - -" words of a contents page) are layout, not text.
// `w`: UTF-32, or the bytes of an ASCII word (IsAscii).
template <class Str>
Str WithoutLeaders(const Str& w) {
  auto leader = [](auto ch) {
    const char32_t c = CodePoint(ch);
    return c == U'.' || c == U'\u00B7' || c == U'\u2026' || c == U'-' || c == U'_' || c == U'\u2013' ||
           c == U'\u2014' || c == U'\u2022';
  };
  Str out;
  for (std::size_t i = 0; i < w.size();) {
    std::size_t j = i;
    while (j < w.size() && leader(w[j]) && w[j] == w[i]) ++j;
    if (j - i >= 3 || (j > i && CodePoint(w[i]) == U'\u2026')) {
      i = j;
      continue;
    }
    if (j == i) ++j;
    out.append(w, i, j - i);
    i = j;
  }
  return out;
}

}  // namespace

bool LooksGarbled(const Page& page) {
  if (page.words.empty()) return false;
  TextStats s;
  for (const Word& word : page.words) {
    if (IsAscii(word.text)) AddWord(WithoutLeaders(word.text), s);
    else AddWord(WithoutLeaders(Decode(word.text)), s);
  }
  if (s.chars == 0) return false;
  if (s.bad * 10 > s.chars * 3) return true;                  // > 30 % unusable
  if (s.chars >= 20 && s.symbols * 2 > s.chars) return true;  // symbol soup
  if (s.letter_words >= 10 && s.mixed_words * 10 > s.letter_words * 3) return true;
  // Latin text whose letters are not words of any language written in Latin
  // (a glyph-index text layer): vowels are ~40 % of letters in English and
  // romanised Mongolian, ~15-25 % in shifted or random letters.
  if (s.latin_letters >= 200 && s.latin_vowels * 100 < s.latin_letters * 25) return true;
  auto fonts = Gather(page);
  return !Decide(page, fonts).empty();
}

}  // namespace ogpx::ingest
