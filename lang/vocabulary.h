// ogpx::lang: the words of each language ogpx reads, as data.
//
// Every language is one file, lang/data/<code>.tsv, compiled into the binary
// at build time (CMake embeds the files; nothing is looked up at run time).
// This code knows no language: a new language is a new file. File format
// (docs/lang.md): UTF-8, one term per line, TAB-separated
//
//     category <TAB> value <TAB> phrase [<TAB> flags]
//
// where `category` names what the phrase is evidence of ("plan.label",
// "kind.letter", "ordinal", "stopword", ...), `value` is what it means to the
// reader of that category ("lead", "2", "-" when nothing), and `flags` is
// "exact" for a phrase that must be the whole text rather than its start.
// '#' starts a comment line. Phrases are kept folded (text::FoldForMatch).
//
// Thread-safety: the vocabularies are built once, on first use, and are
// immutable afterwards; every function here may be called from any thread.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ogpx::lang {

struct Term {
  std::string category;  // "plan.label", "kind.letter", "ordinal", ...
  std::string language;  // "en", "mn", "es", ...
  std::string value;     // the category's meaning ("lead", "2", "-")
  std::string phrase;    // folded
  bool exact = false;    // must be the whole (folded) text
};

// Codes of the languages that have a vocabulary ("en", "es", "mn"), sorted.
const std::vector<std::string>& Languages();

// True when `code` has a vocabulary file.
bool Supported(std::string_view code);

// The English name of a language code from the identification data
// ("id" -> "Indonesian"); the code itself when unknown.
std::string LanguageName(std::string_view code);

// Every term of `category` in every language, longest phrase first (so the
// first hit of a prefix search is the most specific wording).
const std::vector<Term>& Terms(std::string_view category);

// The first term of `category` whose phrase `folded` starts with (or equals,
// for exact terms); longest phrase wins.
const Term* StartsWithTerm(std::string_view category, std::string_view folded);

// The first term of `category` found in `folded` at the start of a word (a
// suffix may follow it: "reports", an inflected form); longest phrase wins.
const Term* FindTerm(std::string_view category, std::string_view folded);

// How many terms of `category` occur in `folded` as FindTerm finds them
// (each term counted once).
int CountTerms(std::string_view category, std::string_view folded);

// "Label: value" where the label is a term of `category` (an exact term:
// the whole text before the colon), white space before the colon allowed:
// the term and the printed text after the first colon, white space folded
// (empty when nothing follows). `text` as printed.
struct Labelled {
  const Term* term = nullptr;
  std::string value;
};
std::optional<Labelled> LabelledValue(std::string_view category, std::string_view text);

// The value of the term whose phrase equals `folded_word` exactly.
std::optional<std::string> ValueOf(std::string_view category, std::string_view folded_word);

// Loads one vocabulary file's text (for tests of the format): the terms, or
// an error naming the line.
struct ParseResult {
  std::vector<Term> terms;
  std::string error;  // "" when the text is well formed
};
ParseResult ParseVocabulary(std::string_view language, std::string_view tsv);

// The errors of the files compiled into the binary (one per malformed file;
// empty when all are well formed).
std::vector<std::string> CheckShippedFiles();

}  // namespace ogpx::lang
