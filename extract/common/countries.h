// The country an action plan's title names.
//
// FindCountry() looks, as whole words, first for the forms OGP documents
// print (a table: "Mongolia's", "Mongol Ulsyn", "Kyrgyz Republic", ...),
// then for every ISO 3166 country's English and Mongolian name as ICU's
// locale data gives it (longest names first: "Papua New Guinea" before
// "Guinea"), so that a plan of any OGP member is recognised. The name comes
// back in the form of the table, or ICU's display name in the language
// matched. Failing those, a country no list knows is read from the title's
// wording: "Republic of X", "Kingdom of X", "Government of X",
// "… Action Plan 2024-2026 of X" (the capitalised words after "of").
//
// CanonicalCountry() gives a printed name in FindCountry's form, so that a
// report naming "Republic of Korea" and a plan of "Korea" are one country;
// an unknown name loses its "Republic of" / "Kingdom of" prefix.
//
// Pure; thread-safe (the ICU list is built once).
#pragma once

#include <optional>
#include <string>

namespace ogpx::extract {

std::optional<std::string> FindCountry(const std::string& text);
std::string CanonicalCountry(const std::string& name);

}  // namespace ogpx::extract
