// Small text helpers for the order reader (extract/order*.cpp): case mapping
// of headings printed in capitals, case-insensitive matching, tokens.
//
// Contract: UTF-8 in, UTF-8 out; ICU's root-locale case mapping underneath
// (so Cyrillic \u04E8 \u04AE map like any other letter); no exception escapes; pure
// functions, thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ogpx::extract::order {

// Lower case (ICU root locale).
std::string Lower(std::string_view s);
// Upper case of the first code point, the rest unchanged.
std::string CapitalizeFirst(std::string_view s);

// True when the text has at least two letters and (almost) none of its
// letters is lower case: a heading or signatory line printed in capitals.
// `tolerance` lower-case letters are allowed (OCR noise).
bool IsCapitals(std::string_view s, int tolerance = 0);
// True when the first letter of `s` is upper case.
bool StartsUpper(std::string_view s);
// Number of letters (Unicode alphabetic code points).
int LetterCount(std::string_view s);

// White space split (ASCII space; input is already folded).
std::vector<std::string> Tokens(std::string_view s);
std::string Join(const std::vector<std::string>& parts, std::string_view sep);
// Leading and trailing ASCII white space and the characters of `extra` removed.
std::string Trim(std::string_view s, std::string_view extra = "");

// Case-insensitive prefix / equality / search (after Lower()).
bool StartsWithCi(std::string_view s, std::string_view prefix);
bool EqualsCi(std::string_view a, std::string_view b);
// Whether `word` equals one entry of `list`, case-insensitively.
bool InListCi(const std::vector<std::string_view>& list, std::string_view word);
// Byte offset of the first case-insensitive occurrence of `needle` in `s`
// that starts at a word boundary, or npos. Offsets refer to `s`.
std::size_t FindWordCi(std::string_view s, std::string_view needle);

}  // namespace ogpx::extract::order
