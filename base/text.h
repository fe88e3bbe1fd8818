// ogpx::text: Unicode text handling shared by every stage (ICU 72 underneath).
//
// Contract for every function here:
//  - input and output are UTF-8; ill-formed input bytes become U+FFFD;
//  - no exception escapes (ICU reports errors through UErrorCode; a failing
//    ICU call degrades to a documented fallback, never to a throw);
//  - thread-safe: the functions keep no shared mutable state. The ICU
//    transliterator used by OrgKey is cached ONE PER THREAD (thread_local),
//    built on first use in that thread; Normalizer2 instances are ICU
//    singletons, which ICU documents as thread-safe.
// Rules in detail: docs/text.md.
#pragma once

#include <unicode/utf8.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ogpx::text {

// Calls f(code point) for each code point of `s`; ill-formed bytes give
// U+FFFD. The one UTF-8 loop of the project: use it rather than decoding by hand.
template <typename F>
void ForEachCodePoint(std::string_view s, F&& f) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const auto n = static_cast<int32_t>(s.size());
  int32_t i = 0;
  while (i < n) {
    UChar32 c = 0;
    U8_NEXT(p, i, n, c);
    f(c < 0 ? UChar32{0xFFFD} : c);
  }
}

// Appends the UTF-8 form of `c` (U+FFFD for a value that is no code point).
void AppendUtf8(std::string& out, UChar32 c);

// Unicode NFC.
std::string Nfc(std::string_view s);

// Runs of Unicode White_Space (incl. NBSP, tabs, line breaks, U+2000..U+200A,
// U+3000) become one U+0020; leading and trailing white space is removed.
std::string FoldWhitespace(std::string_view s);

// At most `bytes` bytes of UTF-8 text, never cutting a character; "…" marks
// a cut. For quoting document text in messages.
std::string Clip(std::string_view s, std::size_t bytes);

// `s` with every byte that is not part of well-formed UTF-8 written as the
// four ASCII characters "\xNN" (upper-case hex, as Python's
// "backslashreplace"); well-formed text is returned unchanged. For names
// taken from the file system (file names need not be UTF-8) before they go
// into JSON or become other file names.
std::string EscapeInvalidUtf8(std::string_view s);

// The longest prefix of `s` of at most `bytes` bytes that does not cut a
// UTF-8 sequence (no mark added, unlike Clip).
std::string_view Utf8Prefix(std::string_view s, std::size_t bytes);

// Key for comparing labels: NFKC_Casefold (case folded, compatibility forms
// and ligatures expanded, default-ignorables such as soft hyphen removed),
// then FoldWhitespace. Works the same for English and Mongolian Cyrillic.
std::string FoldForMatch(std::string_view s);

// Identity key of an organisation name (docs/export-json.md, "Identity of
// organisations"): NFKC_Casefold; dashes, slashes and other punctuation that
// separates words become a space, every other punctuation character and
// quote («» “” „ " ' ` ´ …) is removed; Cyrillic is transliterated to Latin
// with ICU's "mn-mn_Latn/MNS" (MNS 5217:2012: ө -> ö, ү -> ü, х -> kh, ...);
// the result is NFC with white space folded. Empty for an empty name.
std::string OrgKey(std::string_view name);

enum class Script { kLatin, kCyrillic, kCommon, kOther };

// Dominant script of a word by ICU uscript_getScript of each code point:
// Common/Inherited code points (digits, punctuation, marks) do not vote;
// kCommon when nothing votes; ties go to kCyrillic over kLatin over kOther.
Script ScriptOf(std::string_view word);

// Language of a text: "mn" when Cyrillic letters are the majority of the
// letters and the text is not Ukrainian-looking (і ї є ґ with no ө ү); "en"
// when Latin letters are the majority and they are mostly ASCII; "" when
// there are no letters or neither rule applies.
std::string LanguageOf(std::string_view text);

// Expands the Latin presentation ligatures U+FB00..U+FB06 (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ)
// and removes U+00AD SOFT HYPHEN. Everything else is copied unchanged.
std::string ExpandLigatures(std::string_view s);

// The words of `s` separated by ASCII spaces (runs of spaces give no empty
// words). Meant for text already passed through FoldWhitespace/FoldForMatch.
std::vector<std::string> SplitSpaces(std::string_view s);

// Code points in `s` (an ill-formed byte counts as one).
std::size_t CodePointCount(std::string_view s);

// True when `s` holds a letter of any script (not only marks, digits and
// punctuation such as OCR's specks ":" or "”").
bool HasLetter(std::string_view s);

// `s` without the code points that are neither letters nor digits at its
// start and end (quotes, strokes and specks OCR read beside a word:
// "\u2018Other" -> "Other"); empty when it holds no letter or digit.
std::string_view TrimMarks(std::string_view s);

// True when the first code point of `s` is a lower-case letter of any script
// (a line that continues a wrapped sentence: "services to citizens").
bool StartsLowercase(std::string_view s);

// Levenshtein distance between `a` and `b` in code points (OCR-damaged
// labels and words against their vocabulary).
std::size_t EditDistance(std::string_view a, std::string_view b);

// EditDistance(a, b) <= limit, settled without finishing the table when the
// lengths or a row already exceed `limit` (the matchers' question).
bool WithinEditDistance(std::string_view a, std::string_view b, std::size_t limit);

}  // namespace ogpx::text
