// Field rules of the order reader on plain text (no geometry), so that each
// rule can be tested on synthetic lines. English and Mongolian; the wording
// comes from order_vocab.h.
//
// Contract: pure functions, UTF-8 NFC in and out, white space already folded;
// a field the text does not state is std::nullopt, never guessed.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/domain.h"

namespace ogpx::extract::order {

enum class Lang { kEn, kMn };

// --- heading --------------------------------------------------------------

// Whether a heading line names the kind of act ("ORDER OF", the Mongolian "CHAIRMAN'S ORDER").
bool HasActWord(std::string_view line);

// Title and issuer from the heading lines printed above the date line, in
// capitals. Mongolian: the heading ends with the act word and is one title
// ("OF THE GOVERNMENT'S ... OFFICE / CHAIRMAN'S ORDER"); the issuer is the
// body in the nominative ("the Government's Cabinet Secretariat"). English: the title line
// starts with the act word ("ORDER OF THE CHIEF CABINET SECRETARIAT"); heading
// lines after it qualify the issuer ("GOVERNMENT OF MONGOLIA" ->
// "Chief Cabinet Secretariat, Government of Mongolia").
struct Heading {
  std::optional<std::string> title;
  std::optional<std::string> issuer;
};
Heading ReadHeading(const std::vector<std::string>& lines, Lang lang);

// A heading printed in capitals given in normal case. English: title case
// with minor words ("of", "the") in lower case. Mongolian: sentence case per
// comma-separated part, then the vocabulary's proper phrases and `proper`
// (words the document itself prints capitalised mid-sentence) restored.
std::string NormalCase(std::string_view caps, Lang lang,
                       const std::vector<std::string>& proper = {});

// Mongolian genitive -> nominative of a body's last word ("of the agency" -> "agency").
std::string Nominative(std::string_view word);

// --- date / number / place line ---------------------------------------------

// The order number in one piece of the date line: "No.120" -> "120", the
// Mongolian "Number 120" -> "120", "№ A/268" -> "A/268" (the letter may be
// Cyrillic), "347" with the word for "numbered" after it -> both words, a
// bare "A/268" -> "A/268". A date, a long digit run (a form serial such as
// "0023200449") or words are not numbers.
std::optional<std::string> NumberIn(std::string_view segment);

// ISO date ("2023-12-27") of a piece of text, by extract/dates.h.
std::optional<std::string> DateIn(std::string_view segment);
// The year span of a title ("... 2024-2027" -> 2024, 2027), by extract/dates.h.
model::YearSpan YearSpanIn(std::string_view text);

struct DateLine {
  std::optional<std::string> date;    // ISO
  std::optional<std::string> number;  // as printed, label removed
  std::optional<std::string> place;
  bool number_labelled = false;       // the number had a label ("No.", order.number)
  bool place_labelled = false;        // the place had a label ("Place:")
  int found() const { return (date ? 1 : 0) + (number ? 1 : 0); }
};
// Reads the pieces of the line under the heading (segments cut at tab-wide
// gaps; a single piece is cut at the number label). A piece may carry a
// label ("Date: 5 March 2024", "Place: Erdenet", order.label).
DateLine ReadDateLine(const std::vector<std::string>& segments);

// --- body -----------------------------------------------------------------

// The subject line without decoration OCR reads from a box ("[ Plan approval |").
std::string CleanSubject(std::string_view s);

// Splits the preamble paragraph: the legal basis (Mongolian: "... of the Law
// on Government" before the word for "on the basis of"; English: "Law on ..."
// after "Based on the" up to ", hereby") and the offset where the operative
// text starts (after "ORDER:" or its Mongolian formula), or npos when there
// is no formula.
struct Preamble {
  std::optional<std::string> legal_basis;
  std::size_t operative = std::string::npos;
};
Preamble ReadPreamble(std::string_view text, Lang lang);

// Offset just after the operative formula in `text`, or npos.
std::size_t AfterClauseIntro(std::string_view text);

// The clause number at the start of a line ("1.", "2)", "1.Text"): the
// length in bytes of the number and its punctuation, or 0. With
// `allow_comma`, "1, " (OCR's reading of "1.") counts too.
std::size_t ClauseNumberLength(std::string_view line, bool allow_comma = false);

// OCR debris at the start of a line ("-:2024-2027", "|| text"): a run of two
// or more of - : ; | _ ~ ' ` is removed. A single "-" (a bullet) stays.
std::string DropLeadingDebris(std::string_view line);

// Lines joined as a paragraph ("tele-" + "vision" -> "television").
std::string JoinLines(const std::vector<std::string>& lines);

// The document a clause approves: the quoted title (“…2024-2027” with a case ending -> the
// text inside the quotes) or, in English, "The X is approved" / "approve the
// X". Period from the title's year span.
std::optional<model::Approves> ApprovedIn(std::string_view clause);

// --- signatory -------------------------------------------------------------

// A person's name as printed in a signature block: initial(s) and surname
// ("D. AMARBAYASGALAN", "B.Bolorsaikhan", in either script).
bool IsPersonName(std::string_view s);
// A position printed in capitals, cleaned of OCR debris from the stamp over
// it: tokens mixing letters and digits ("UL222") and stray quotes go.
std::string CleanPosition(std::string_view position);

// The name at the end of a signature line ("HEAD OF ... D. AMARBAYASGALAN"):
// its byte offset, or npos.
std::size_t NameAtEnd(std::string_view line);

}  // namespace ogpx::extract::order
