// The language of a text, from ICU script counts and stop words.
//
// Scripts first: a text whose letters are mostly of one script that maps to a
// single language (lang/data/identify.tsv, "script" rows: Greek -> el) is
// that language. Otherwise each language with stop words (every vocabulary's
// "stopword" rows and the identification-only lists of identify.tsv) counts
// the words of the text it knows; the language with the most wins when it
// holds at least kMinStopwordShare of the words. Distinctive letters
// ("letters" rows: the two letters only Mongolian Cyrillic has) count for their language.
//
// Pure; thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace ogpx::lang {

// Share of a text's words that must be stop words of the winning language.
inline constexpr double kMinStopwordShare = 0.04;
// A text with fewer letters than this has no language.
inline constexpr int kMinLetters = 20;

struct LanguageGuess {
  std::string code;        // ISO 639-1 where known ("en", "id", "el"); "" = none
  bool supported = false;  // a vocabulary exists (lang::Supported)
};

LanguageGuess DetectLanguage(std::string_view text);

}  // namespace ogpx::lang
