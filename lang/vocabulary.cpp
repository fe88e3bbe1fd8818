// Loading and searching the vocabularies (see vocabulary.h).
#include "lang/vocabulary.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <map>
#include <set>

#include "base/text.h"
#include "lang/embedded.h"

namespace ogpx::lang {
namespace {

// The identification-only file: stop words, distinctive letters, scripts and
// names of languages with or without a vocabulary. Its rows carry their
// language in the value column ("stopword <TAB> id <TAB> yang").
constexpr std::string_view kIdentify = "identify";

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (true) {
    const std::size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    if (tab == std::string_view::npos) return out;
    start = tab + 1;
  }
}

struct Store {
  std::vector<std::string> languages;
  std::map<std::string, std::vector<Term>, std::less<>> by_category;
  std::map<std::string, std::string, std::less<>> names;  // code -> English name
};

const Store& TheStore() {
  static const Store store = [] {
    Store s;
    for (int i = 0; i < embedded::kFileCount; ++i) {
      const embedded::File& file = embedded::kFiles[i];
      const bool identify = file.name == kIdentify;
      if (!identify) s.languages.emplace_back(file.name);
      // The shipped files are checked by the tests (lang_test): a malformed
      // line there is a build defect, and its line is skipped here.
      for (Term& t : ParseVocabulary(file.name, file.text).terms) {
        if (identify) t.language = t.value;
        if (t.category == "name") {
          s.names[t.value] = t.phrase;
          continue;
        }
        s.by_category[t.category].push_back(std::move(t));
      }
    }
    std::sort(s.languages.begin(), s.languages.end());
    for (auto& [category, terms] : s.by_category) {
      std::stable_sort(terms.begin(), terms.end(),
                       [](const Term& a, const Term& b) { return a.phrase.size() > b.phrase.size(); });
    }
    return s;
  }();
  return store;
}

bool IsWordChar(std::string_view s, std::size_t at, bool before) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const auto n = static_cast<int32_t>(s.size());
  auto i = static_cast<int32_t>(at);
  UChar32 c = 0;
  if (before) {
    if (i <= 0) return false;
    U8_PREV(p, 0, i, c);
  } else {
    if (i >= n) return false;
    U8_NEXT(p, i, n, c);
  }
  return c >= 0 && (u_isalnum(c) || u_hasBinaryProperty(c, UCHAR_ALPHABETIC));
}

// A phrase found at `at` in `folded` starts a word. Its end may run on into
// a suffix ("report" in "reports", a Mongolian case ending): the languages
// we read inflect by suffixes, and a wording that must stand alone is an
// exact term.
bool AtBoundary(std::string_view folded, std::size_t at) { return !IsWordChar(folded, at, true); }

bool Matches(const Term& t, std::string_view folded, bool anywhere) {
  if (t.exact) return folded == t.phrase;
  if (!anywhere) return folded.starts_with(t.phrase);
  for (std::size_t at = folded.find(t.phrase); at != std::string_view::npos;
       at = folded.find(t.phrase, at + 1)) {
    if (AtBoundary(folded, at)) return true;
  }
  return false;
}

const std::vector<Term> kNone;

}  // namespace

ParseResult ParseVocabulary(std::string_view language, std::string_view tsv) {
  ParseResult out;
  int line_no = 0;
  std::size_t start = 0;
  while (start < tsv.size()) {
    std::size_t end = tsv.find('\n', start);
    if (end == std::string_view::npos) end = tsv.size();
    std::string_view line = tsv.substr(start, end - start);
    start = end + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string_view> cols = SplitTabs(line);
    if (cols.size() < 3 || cols.size() > 4 || cols[0].empty() || cols[1].empty() || cols[2].empty() ||
        (cols.size() == 4 && cols[3] != "exact")) {
      if (out.error.empty()) {
        out.error = std::string(language) + ".tsv: line " + std::to_string(line_no) +
                    ": expected 'category<TAB>value<TAB>phrase[<TAB>exact]'";
      }
      continue;
    }
    Term t;
    t.category = std::string(cols[0]);
    t.language = std::string(language);
    t.value = std::string(cols[1]);
    // Names and letters are kept as written; phrases are folded.
    t.phrase = t.category == "name" ? std::string(cols[2]) : text::FoldForMatch(cols[2]);
    t.exact = cols.size() == 4;
    out.terms.push_back(std::move(t));
  }
  return out;
}

std::vector<std::string> CheckShippedFiles() {
  std::vector<std::string> out;
  for (int i = 0; i < embedded::kFileCount; ++i) {
    std::string error = ParseVocabulary(embedded::kFiles[i].name, embedded::kFiles[i].text).error;
    if (!error.empty()) out.push_back(std::move(error));
  }
  return out;
}

const std::vector<std::string>& Languages() { return TheStore().languages; }

bool Supported(std::string_view code) {
  const auto& langs = Languages();
  return std::find(langs.begin(), langs.end(), code) != langs.end();
}

std::string LanguageName(std::string_view code) {
  const auto& names = TheStore().names;
  auto it = names.find(code);
  return it == names.end() ? std::string(code) : it->second;
}

const std::vector<Term>& Terms(std::string_view category) {
  const auto& by = TheStore().by_category;
  auto it = by.find(category);
  return it == by.end() ? kNone : it->second;
}

std::optional<Labelled> LabelledValue(std::string_view category, std::string_view text) {
  const std::string folded = text::FoldForMatch(text);
  const Term* t = StartsWithTerm(category, folded);
  if (t == nullptr) {
    const std::size_t colon = folded.find(':');
    if (colon == std::string::npos) return std::nullopt;
    t = StartsWithTerm(category, text::FoldWhitespace(folded.substr(0, colon)));
    if (t == nullptr) return std::nullopt;
  }
  std::size_t at = t->phrase.size();
  while (at < folded.size() && folded[at] == ' ') ++at;
  if (at >= folded.size() || folded[at] != ':') return std::nullopt;
  const std::size_t colon = text.find(':');
  if (colon == std::string_view::npos) return std::nullopt;
  return Labelled{t, text::FoldWhitespace(text.substr(colon + 1))};
}

const Term* StartsWithTerm(std::string_view category, std::string_view folded) {
  for (const Term& t : Terms(category)) {
    if (Matches(t, folded, false)) return &t;
  }
  return nullptr;
}

const Term* FindTerm(std::string_view category, std::string_view folded) {
  for (const Term& t : Terms(category)) {
    if (Matches(t, folded, true)) return &t;
  }
  return nullptr;
}

int CountTerms(std::string_view category, std::string_view folded) {
  int n = 0;
  for (const Term& t : Terms(category)) n += Matches(t, folded, true);
  return n;
}

std::optional<std::string> ValueOf(std::string_view category, std::string_view folded_word) {
  for (const Term& t : Terms(category)) {
    if (t.phrase == folded_word) return t.value;
  }
  return std::nullopt;
}

}  // namespace ogpx::lang
