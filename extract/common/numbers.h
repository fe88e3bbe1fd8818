// Numbers written in words or letters (every vocabulary's ordinal, cardinal
// and suffix rows, docs/lang.md), and the small
// lexer the date parsers (extract/dates.h) work on.
//
// Thread-safety: pure functions. No exception escapes. Input is UTF-8.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ogpx::extract {

// Ordinal (or plain) number of a word or short phrase, case-insensitive:
//  - digits, optionally with an ordinal suffix: "5", "5th", "1st", "22nd",
//    a vocabulary's "ordinal.suffix" ("5-r" and "12-dugaar" in Mongolian
//    Cyrillic; English suffixes must agree with the number: "1th" is
//    rejected);
//  - Roman numerals in canonical form, 1..3999: "V", "iv", "XII" ("IIII",
//    "VX" are rejected);
//  - English ordinal words 1..99: "fifth", "Twelfth", "twenty-first";
//  - ordinal words of the vocabularies ("ordinal", "ordinal.tens");
//  - a cardinal stem with an ordinal suffix, one or two words ("cardinal",
//    "cardinal.tens", "ordinal.suffix" not valued "digits"): the Mongolian "five"
//    + "-dugaar", "ten two" + "-dugaar" written apart or together.
// nullopt for anything else (including 0 and empty text).
std::optional<int> ParseOrdinal(std::string_view text);

// True when `suffix` is the ordinal suffix `n` takes in a vocabulary
// ("ordinal.suffix.by_ending", valued by the last two digits, the last digit
// or "*": English 1 -> "st", 11 -> "th", 21 -> "st").
bool OrdinalSuffixAgrees(int n, std::string_view suffix);

// A canonical Roman numeral (1..3999, either case), or nullopt.
std::optional<int> ParseRoman(std::string_view text);

// "I".."XXXIX"... for 1..3999 (upper case); "" for other values.
std::string ToRoman(int value);

// One token of FoldForMatch-ed text: a run of letters, a run of ASCII digits,
// or one other non-space character. All dash-like characters (U+2010..U+2015,
// U+2212, U+FE58, U+FE63, U+FF0D) are read as '-'.
struct Token {
  enum class Kind { kWord, kNumber, kPunct };
  Kind kind = Kind::kPunct;
  std::string text;        // folded (lower case) UTF-8
  int value = 0;           // kNumber: its value (saturates at 1e9)
  int digits = 0;          // kNumber: number of digits
  bool space_before = false;  // white space between this token and the previous
};

// Case- and compatibility-folds `text` (text::FoldForMatch) and splits it.
std::vector<Token> Tokenize(std::string_view text);

// Where the text after a leading commitment word ends up: the byte offset in
// `text` just past the longest run of up to four words that is one of the
// vocabularies' "commitment.word" rows ("Commitment", Mongolian "Amlalt", "Compromiso
// Nro.") and the white space after it; 0 when `text` starts with none. Up
// to two marks before the word (a quote or a stroke OCR read there) are
// passed over.
std::size_t AfterCommitmentWord(std::string_view text);

// A number as a table cell or a list label prints it alone: "3", "3.",
// "1.2", "1.2.3" (digits, single dots between them, a closing dot), white
// space round it ignored.
bool IsBareNumber(std::string_view text);

}  // namespace ogpx::extract
