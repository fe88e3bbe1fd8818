// DetectLanguage (see detect.h).
#include "lang/detect.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <map>
#include <set>

#include "base/text.h"
#include "lang/vocabulary.h"

namespace ogpx::lang {
namespace {

// A script covering more than this share of the letters decides alone when
// identify.tsv maps it to one language.
constexpr double kScriptMajority = 0.5;
// A distinctive letter weighs this many stop words.
constexpr int kLetterWeight = 3;

// The script of `c`, USCRIPT_INVALID_CODE when ICU cannot tell.
UScriptCode ScriptOf(UChar32 c) {
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode sc = uscript_getScript(c, &status);
  return U_FAILURE(status) ? USCRIPT_INVALID_CODE : sc;
}

std::string ScriptName(UScriptCode sc) {
  const char* name = sc == USCRIPT_INVALID_CODE ? nullptr : uscript_getName(sc);
  return name ? name : "";
}

// The languages each distinctive letter and each stop word stand for, from
// the vocabularies, built once.
struct Evidence {
  std::map<UChar32, std::set<std::string>> letter_of;
  std::map<std::string, std::set<std::string>, std::less<>> stop_of;
};

const Evidence& TheEvidence() {
  static const Evidence evidence = [] {
    Evidence e;
    for (const Term& t : Terms("letters"))
      text::ForEachCodePoint(t.phrase, [&](UChar32 c) { e.letter_of[c].insert(t.language); });
    for (const Term& t : Terms("stopword")) e.stop_of[t.phrase].insert(t.language);
    return e;
  }();
  return evidence;
}

}  // namespace

LanguageGuess DetectLanguage(std::string_view input) {
  const std::string folded = text::FoldForMatch(input);
  std::map<std::string, int> scripts;
  std::map<UScriptCode, int> by_code;  // counted by code, named once below
  std::map<std::string, int> score;
  int letters = 0;
  const Evidence& evidence = TheEvidence();
  const auto& letter_of = evidence.letter_of;
  text::ForEachCodePoint(folded, [&](UChar32 c) {
    if (!u_isalpha(c)) return;
    ++letters;
    const UScriptCode sc = ScriptOf(c);
    if (sc != USCRIPT_COMMON && sc != USCRIPT_INHERITED) ++by_code[sc];
    if (auto it = letter_of.find(c); it != letter_of.end()) {
      for (const std::string& lang : it->second) score[lang] += kLetterWeight;
    }
  });
  if (letters < kMinLetters) return {};
  for (const auto& [sc, n] : by_code) scripts[ScriptName(sc)] += n;
  std::string top_script;
  int top = 0;
  for (const auto& [script, n] : scripts) {
    if (n > top) top = n, top_script = script;
  }
  if (top > kScriptMajority * letters) {
    for (const Term& t : Terms("script")) {
      if (t.phrase == text::FoldForMatch(top_script)) return {t.language, Supported(t.language)};
    }
  }
  // Stop words: each word of the text found in a language's list.
  const auto& stop_of = evidence.stop_of;
  int words = 0;
  for (std::string word : text::SplitSpaces(folded)) {
    while (!word.empty() && std::ispunct(static_cast<unsigned char>(word.back()))) word.pop_back();
    while (!word.empty() && std::ispunct(static_cast<unsigned char>(word.front()))) word.erase(0, 1);
    if (word.empty()) continue;
    ++words;
    if (auto it = stop_of.find(word); it != stop_of.end()) {
      for (const std::string& lang : it->second) ++score[lang];
    }
  }
  std::string best;
  int best_score = 0;
  for (const auto& [lang, n] : score) {
    if (n > best_score) best_score = n, best = lang;
  }
  if (!best.empty() && best_score >= kMinStopwordShare * words) return {best, Supported(best)};
  // No stop word evidence: the language that identify.tsv names as the
  // default of the text's script, if any ("script-default").
  for (const Term& t : Terms("script-default")) {
    if (t.phrase == text::FoldForMatch(top_script)) return {t.language, Supported(t.language)};
  }
  return {};
}

}  // namespace ogpx::lang
