// Acronyms through re-casing: a heading printed in capitals ("OGP NATIONAL
// ACTION PLAN") is given its normal case for the output, which must not turn
// the acronyms it holds into words ("Ogp", "Ngo").
//
// AcronymsIn() collects the words a document prints in capitals inside
// mixed-case text (two to six letters, any script: "OGP", "NGO", "ZGKhEG")
// and never in lower case ("ORDER:" beside "Order of" is a word);
// KeepAcronyms() gives such words of a re-cased text their capitals back.
// Words are compared after text::FoldForMatch. Pure; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ogpx::extract {

std::vector<std::string> AcronymsIn(const std::vector<std::string>& texts);

std::string KeepAcronyms(std::string_view text, const std::vector<std::string>& acronyms);

// A word that stays in lower case inside a title in any language's
// vocabulary ("casing.minor": "of", "and", "the"); `folded` as
// text::FoldForMatch gives it.
bool IsMinorWord(std::string_view folded);

}  // namespace ogpx::extract
