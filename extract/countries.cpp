// FindCountry: see countries.h.
#include "extract/countries.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

#include "ingest/unicode.h"

namespace ogpx::extract {
namespace {

// Forms OGP documents print that ICU's display names do not give (folded,
// whole words), with the name to report.
struct CountryRow {
  std::string_view name;
  std::string_view form;
};
constexpr std::array<CountryRow, 4> kCountries = {{
    {"Монгол Улс", "монгол улс"},
    {"Монгол Улс", "монгол улсын"},
    {"Kyrgyz Republic", "kyrgyz republic"},
    {"Korea", "korea"},
}};

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

// ICU's display names of every ISO 3166 country, in English and Mongolian,
// longest form first.
const std::vector<Named>& IcuCountries() {
  static const std::vector<Named> names = [] {
    std::vector<Named> out;
    const icu::Locale languages[] = {icu::Locale::getEnglish(), icu::Locale("mn")};
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

}  // namespace

std::optional<std::string> FindCountry(const std::string& text) {
  const std::string padded = Padded(text);
  for (const CountryRow& row : kCountries) {
    if (HasWords(padded, row.form)) return std::string(row.name);
  }
  for (const Named& c : IcuCountries()) {
    for (std::string_view suffix : {"", "'s", "’s"}) {
      if (HasWords(padded, c.form, suffix)) return c.name;
    }
  }
  return std::nullopt;
}

}  // namespace ogpx::extract
