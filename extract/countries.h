// The country an action plan's title names.
//
// FindCountry() looks, as whole words, first for the forms OGP documents
// print (a table: "Mongolia's", "Монгол Улсын", "Kyrgyz Republic", ...),
// then for every ISO 3166 country's English and Mongolian name as ICU's
// locale data gives it (longest names first: "Papua New Guinea" before
// "Guinea"), so that a plan of any OGP member is recognised. The name comes
// back in the form of the table, or ICU's display name in the language
// matched.
//
// Pure; thread-safe (the ICU list is built once).
#pragma once

#include <optional>
#include <string>

namespace ogpx::extract {

std::optional<std::string> FindCountry(const std::string& text);

}  // namespace ogpx::extract
