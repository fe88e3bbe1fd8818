// The wording of government orders, every language, in one table built from
// the vocabularies' order.* and casing.* categories (docs/lang.md).
//
// The order reader (extract/order/order.cpp) finds fields by these words and
// by position on the page, never by one order's content. To read orders of
// another body or country on the same kind of form, extend the vocabulary
// files; every entry is matched case-insensitively at a word boundary.
#pragma once

#include <string_view>
#include <utility>
#include <vector>

namespace ogpx::extract::order {

struct Vocabulary {
  // Words naming the kind of act in the heading ("ORDER", order.act).
  std::vector<std::string_view> act_words;
  // Positions of the person issuing the act, genitive, printed between the
  // body and the act word in Mongolian headings ("<body> CHAIRMAN'S ORDER";
  // order.head).
  std::vector<std::string_view> head_genitives;
  // Labels in front of the order number ("No.120", "№ 5"; order.number before).
  std::vector<std::string_view> number_prefixes;
  // Labels after the number ("347" and the Mongolian for "numbered"; order.number after).
  std::vector<std::string_view> number_suffixes;
  // Labels in front of the date and the place when they stand alone
  // ("Date: 5 March 2024", "Place: Erdenet"; order.label date / place).
  std::vector<std::string_view> date_labels;
  std::vector<std::string_view> place_labels;
  // Mongolian: the legal basis ends before this word ("on the basis of ...",
  // a postposition; order.basis before).
  std::vector<std::string_view> basis_before;
  // English: the legal basis follows these words ("Based on the ...").
  std::vector<std::string_view> basis_after;
  // English: the legal basis ends at these words (", hereby ORDER:").
  std::vector<std::string_view> basis_end;
  // The operative formula before the numbered clauses ("I hereby ORDER:"; order.clause intro).
  std::vector<std::string_view> clause_intro;
  // Verb stems saying a clause approves a document ("approv", and the Mongolian stem;
  // order.clause approve).
  std::vector<std::string_view> approve_stems;
  // How a clause names what it approves (order.approves): "<title> is
  // approved" (passive), "approve the <title>" (active), the title ending
  // at a word that follows it (stop: "as", "attached").
  std::vector<std::string_view> approves_passive, approves_active, approves_stop;
  // Headings of a page that is an appendix, not the order itself: the first
  // or the last word of one of the page's first rows.
  std::vector<std::string_view> appendix_marks;
  // Genitive -> nominative of the last word of a Mongolian body's name
  // ("of the agency" -> "agency"; order.genitive, the value the nominative);
  // the generic suffix rules cover the rest.
  std::vector<std::pair<std::string_view, std::string_view>> nominatives;
  // Mongolian phrases that keep capitals inside a heading given in normal
  // case (casing.proper: the phrase, and the value as it is written).
  std::vector<std::pair<std::string_view, std::string_view>> proper_phrases;
  // Small words kept lower case inside a heading in title case (casing.minor).
  std::vector<std::string_view> minor_words;
};

const Vocabulary& Words();

}  // namespace ogpx::extract::order
