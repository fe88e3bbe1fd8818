// The wording of government orders, English and Mongolian, in one table.
//
// The order reader (extract/order.cpp) finds fields by these words and by
// position on the page, never by one order's content. To read orders of
// another body or country on the same kind of form, extend the table; every
// entry is matched case-insensitively at a word boundary.
#pragma once

#include <string_view>
#include <utility>
#include <vector>

namespace ogpx::extract::order {

struct Vocabulary {
  // Words naming the kind of act in the heading ("ТУШААЛ", "ORDER").
  std::vector<std::string_view> act_words;
  // Positions of the person issuing the act, genitive, printed between the
  // body and the act word in Mongolian headings ("ДАРГЫН ТУШААЛ").
  std::vector<std::string_view> head_genitives;
  // Labels in front of the order number ("Дугаар 120", "No.120", "№ 5").
  std::vector<std::string_view> number_prefixes;
  // Labels after the number ("347 тоот").
  std::vector<std::string_view> number_suffixes;
  // Labels in front of the date and the place when they stand alone
  // ("Date: 5 March 2024", "Огноо: ...", "Place: Erdenet").
  std::vector<std::string_view> date_labels;
  std::vector<std::string_view> place_labels;
  // Mongolian: the legal basis ends before this word ("...-ийг үндэслэн").
  std::vector<std::string_view> basis_before;
  // English: the legal basis follows these words ("Based on the ...").
  std::vector<std::string_view> basis_after;
  // English: the legal basis ends at these words (", hereby ORDER:").
  std::vector<std::string_view> basis_end;
  // The operative formula before the numbered clauses ("ТУШААХ нь:").
  std::vector<std::string_view> clause_intro;
  // Verb stems saying a clause approves a document ("батал", "approve").
  std::vector<std::string_view> approve_stems;
  // Headings of a page that is an appendix, not the order itself: the first
  // or the last word of one of the page's first rows.
  std::vector<std::string_view> appendix_marks;
  // Genitive -> nominative of the last word of a Mongolian body's name
  // ("газрын" -> "газар"); the generic suffix rules cover the rest.
  std::vector<std::pair<std::string_view, std::string_view>> nominatives;
  // Mongolian phrases that keep capitals inside a heading given in normal
  // case ("хэрэг эрхлэх газар" -> "Хэрэг эрхлэх газар").
  std::vector<std::pair<std::string_view, std::string_view>> proper_phrases;
  // English words kept lower case inside a heading in title case.
  std::vector<std::string_view> minor_words;
};

const Vocabulary& Words();

}  // namespace ogpx::extract::order
