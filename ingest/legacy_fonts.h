// Detection and repair of legacy Mongolian font encodings in a text layer.
//
// Two encodings are known (corpus README-legacy.md, docs/text.md):
//  - kSubstitution ("A"): a Unicode Cyrillic font whose Є є Ї ї (U+0404,
//    U+0454, U+0407, U+0457) carry the glyphs of Ө ө Ү ү;
//  - k8Bit ("B"): a "Latin-1" font whose U+00A0..U+00FF hold cp1251 Cyrillic,
//    with ª º ¯ ¿ standing for Ө ө Ү ү.
// The decision is made PER FONT (Word::font) from the text set in that font,
// never from the font name and never for the whole document: a page may mix a
// legacy font with correct Unicode fonts. Ukrainian or Russian text that
// legitimately uses Є/Ї (with і, ґ, or next to Ө/Ү) is never changed; ASCII
// (digits, URLs, Roman numerals) is never changed.
//
// Thread-safety: pure functions of their arguments. No exception escapes.
#pragma once

#include <string>

#include "ingest/ingest.h"

namespace ogpx::ingest {

inline constexpr const char* kLegacySubstitution = "mon-substitution";  // A
inline constexpr const char* kLegacy8Bit = "mon-8bit-cp1251";            // B

struct LegacyRepair {
  int words_repaired = 0;  // words whose text changed, all fonts together
  // "" when nothing was repaired; otherwise the encodings found, in the order
  // first met, joined with '+' (e.g. "mon-substitution").
  std::string encoding;
};

// Repairs page.words[i].text in place for every font judged to be in a legacy
// encoding and appends one Warning {page.number, "legacy_font_repaired",
// "<font>: <encoding>, N words"} per such font to page.warnings. Pages whose
// words come from OCR (PageSource::kOcr) are left alone. Idempotent: a
// repaired page is not detected again.
LegacyRepair RepairLegacyFonts(Page& page);

// True when the page's text layer is not usable text and the page should be
// OCRed instead: mostly U+FFFD / private-use / control characters, mostly
// symbol soup, many words mixing scripts letter by letter, or a legacy font
// that RepairLegacyFonts would still repair. False for a page without words.
bool LooksGarbled(const Page& page);

}  // namespace ogpx::ingest
