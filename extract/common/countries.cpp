// FindCountry: see countries.h.
#include "extract/common/countries.h"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

#include "base/text.h"
#include "lang/vocabulary.h"

namespace ogpx::extract {
namespace {

// Words of the vocabularies' country categories (folded, whole words).
bool Is(std::string_view category, std::string_view folded) { return lang::ValueOf(category, folded).has_value(); }

// A country's name and the folded form to look for.
struct Named {
  std::string name;
  std::string form;
};

std::string Utf8(const icu::UnicodeString& u) {
  std::string out;
  u.toUTF8String(out);
  return out;
}

// ICU's display names of every ISO 3166 country, in every language we read,
// longest form first.
const std::vector<Named>& IcuCountries() {
  static const std::vector<Named> names = [] {
    std::vector<Named> out;
    // Every language with a vocabulary (lang/data/*.tsv): a country is
    // printed in the document's language.
    std::vector<icu::Locale> languages;
    for (const std::string& code : lang::Languages()) languages.emplace_back(code.c_str());
    for (const char* const* code = icu::Locale::getISOCountries(); code != nullptr && *code != nullptr; ++code) {
      const icu::Locale region("", *code);
      for (const icu::Locale& language : languages) {
        icu::UnicodeString display;
        region.getDisplayCountry(language, display);
        std::string name = Utf8(display);
        // ICU gives the code back when it has no name in that language.
        if (name.empty() || name == *code) continue;
        std::string form = text::FoldForMatch(name);
        if (!form.empty()) out.push_back({name, form});
      }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Named& a, const Named& b) { return a.form.size() > b.form.size(); });
    return out;
  }();
  return names;
}

// `text` folded, its punctuation made spaces, padded with a space each side:
// a whole-word form is then found as " form ".
std::string Padded(const std::string& text) {
  std::string h = " " + text::FoldForMatch(text) + " ";
  for (char& c : h) {
    if (c == ',' || c == ';' || c == ':' || c == '.' || c == '"' || c == '(' || c == ')') c = ' ';
  }
  return h;
}

bool HasWords(const std::string& padded, std::string_view form, std::string_view suffix = "") {
  std::string needle = " ";
  needle.append(form).append(suffix).push_back(' ');
  return padded.find(needle) != std::string::npos;
}

bool IsUpperInitial(const std::string& word) {
  if (word.empty()) return false;
  UChar32 c = 0;
  int32_t i = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(word.data()), i, static_cast<int32_t>(word.size()), c);
  return u_isupper(c) != 0;
}

// Words that never name a country in "… of X": the title's own words (the
// vocabularies' "country.not_name" rows).
bool IsTitleWord(const std::string& folded) { return Is("country.not_name", folded); }

std::string Bare(std::string w) {
  while (!w.empty() && std::string_view(",;:.()\"“”'’").find(w.back()) != std::string_view::npos) w.pop_back();
  for (std::string_view s : {"'s", "’s"})
    if (w.ends_with(s)) w.resize(w.size() - s.size());
  return w;
}

// "Republic of Kestoria", "Kingdom of Estmark", "Government of Ardania",
// "National Action Plan 2024-2026 of Norvana": the capitalised words after
// "of" (at most three), for a country ICU does not know.
std::optional<std::string> NamedAfterOf(const std::string& text) {
  std::vector<std::string> words = text::SplitSpaces(text::FoldWhitespace(text));
  // The words before "of" that introduce a country ("country.before_of":
  // republic, kingdom, government, plan, ...) and "of" itself ("country.of").
  auto state_word = [](const std::string& folded) { return Is("country.before_of", folded); };
  for (std::size_t i = 1; i + 1 < words.size(); ++i) {
    if (!Is("country.of", text::FoldForMatch(words[i]))) continue;
    std::string before = text::FoldForMatch(Bare(words[i - 1]));
    bool state = state_word(before);
    // "Plan 2024-2026 of X": a period between.
    if (!state && i >= 2 && std::isdigit(static_cast<unsigned char>(before.empty() ? ' ' : before[0])))
      state = state_word(text::FoldForMatch(Bare(words[i - 2])));
    if (!state) continue;
    std::size_t j = i + 1;
    if (j < words.size() && Is("article", text::FoldForMatch(words[j]))) ++j;
    std::string name;
    for (std::size_t k = j; k < words.size() && k < j + 3; ++k) {
      std::string w = Bare(words[k]);
      if (!IsUpperInitial(w) || IsTitleWord(text::FoldForMatch(w))) break;
      name += (name.empty() ? "" : " ") + w;
      if (w.size() != words[k].size()) break;  // punctuation ends the name
    }
    // "… plan of Republic of Kestoria": the state word is no name; the
    // words after its own "of" are.
    const std::vector<std::string> name_words = text::SplitSpaces(text::FoldForMatch(name));
    const bool state_only = !name_words.empty() && std::all_of(name_words.begin(), name_words.end(), [&](const std::string& w) {
      return state_word(w) || Is("country.state_adjective", w);
    });
    if (state_only) continue;
    if (!name.empty()) return name;
  }
  // "… Ardani Ulsyn undesnii …": the capitalised Cyrillic words before
  // "Uls" (State; a "country.state" row, its value as written) in any case
  // ending, at most two, name the country.
  for (std::size_t i = 1; i < words.size(); ++i) {
    const std::string w = Bare(words[i]);
    const lang::Term* state = nullptr;
    for (const lang::Term& t : lang::Terms("country.state"))
      if (w.starts_with(t.value)) state = &t;
    if (state == nullptr) continue;
    std::string name;
    for (std::size_t k = i; k-- > 0 && k + 2 >= i;) {
      const std::string prev = Bare(words[k]);
      if (prev.size() != words[k].size() || !IsUpperInitial(prev) || text::ScriptOf(prev) != text::Script::kCyrillic)
        break;
      name = prev + (name.empty() ? "" : " ") + name;
    }
    if (!name.empty()) return name + " " + state->value;
  }
  return std::nullopt;
}

}  // namespace

std::string CanonicalCountry(const std::string& name) {
  if (auto known = FindCountry(name)) return *known;
  // "Republic of the X", "Kingdom of X", "State of X", "The X": X.
  std::vector<std::string> words = text::SplitSpaces(text::FoldWhitespace(name));
  std::size_t from = 0;
  if (words.size() > 2 && Is("country.before_of", text::FoldForMatch(words[0])) &&
      Is("country.of", text::FoldForMatch(words[1])))
    from = 2;
  if (from + 1 < words.size() && Is("article", text::FoldForMatch(words[from]))) ++from;
  std::string s;
  for (std::size_t i = from; i < words.size(); ++i) s += (s.empty() ? "" : " ") + words[i];
  return s;
}

std::optional<std::string> FindCountry(const std::string& text) {
  const std::string padded = Padded(text);
  // Forms OGP documents print that ICU's display names do not give
  // ("country.form": the name to report, the form).
  for (const lang::Term& row : lang::Terms("country.form")) {
    if (HasWords(padded, row.phrase)) return row.value;
  }
  for (const Named& c : IcuCountries()) {
    for (std::string_view suffix : {"", "'s", "’s"}) {
      if (HasWords(padded, c.form, suffix)) return c.name;
    }
  }
  return NamedAfterOf(text);
}

}  // namespace ogpx::extract
