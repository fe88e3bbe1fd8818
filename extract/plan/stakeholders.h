// Splitting a table cell that lists organisations into one name per entry.
//
// A stakeholder cell prints its organisations one per line, but a long name
// wraps inside a narrow column (or over a page break). SplitOrganisations()
// decides, between each pair of consecutive lines, "same name" or "new name",
// by the first rule that applies:
//  1. a line starting with a bullet starts a name;
//  2. a wrap cue joins: the line ends in a connector ("and", "of", "for",
//     "on", "the", "&", ",", "(", "-") or the next line starts in lower case
//     or with ")";
//  3. paragraph spacing (ParagraphPitch, same page): a pitch above it breaks,
//     below it joins;
//  4. a break when the next line's first word would have fitted on the line
//     (the writer chose to break);
//  5. names already seen in the same document (KnownOrgs): joining wins when
//     the joined text is or starts a known name, breaking wins when the text
//     so far is a known name;
//  6. a break when the name so far and the next line each hold a word that
//     heads names ("org.head": "Ministry of Labour and Social Protection" /
//     "National Statistics Office");
//  7. otherwise break after a word that ends names (known names' last words
//     and a small vocabulary: "Agency", "NGO", the Mongolian "ministry", …: org.end), else join.
// "-" (or an empty cell) gives no names. Leading list numbers ("3.") and
// bullets and trailing ";" / "," / "." are dropped from each name.
//
// Coordinates: PDF points (CellLine boxes). Pure functions; thread-safe.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "extract/common/tables.h"
#include "model/domain.h"

namespace ogpx::extract {

// Organisation names seen in one document, compared with text::FoldForMatch.
class KnownOrgs {
 public:
  void Add(std::string_view name);
  bool Contains(std::string_view name) const;
  // True when some known name starts with `text` (word-wise) and is longer.
  bool Continues(std::string_view text) const;
  // True when `word` is the last word of some known name.
  bool IsEndWord(std::string_view word) const;
  bool empty() const { return names_.empty(); }

 private:
  std::set<std::string> names_;     // folded
  std::set<std::string> end_words_; // folded
};

// The spacing of the lines of a list whose entries are spaced apart:
// the pitches (baseline to baseline, same page) of consecutive lines of
// `columns` split into two groups (Otsu) at least 1 pt apart, line spacing
// (wrapped lines of one entry) and paragraph spacing (a new entry).
struct Spacing {
  double line = 0;       // mean pitch of wrapped lines
  double threshold = 0;  // between the two groups; 0 = the pitches do not tell
};
Spacing MeasureSpacing(const std::vector<std::vector<CellLine>>& columns);
inline double ParagraphPitch(const std::vector<std::vector<CellLine>>& columns) {
  return MeasureSpacing(columns).threshold;
}

// Names in `lines` (reading order). `right_edge` is the x where the cell's
// text column ends (0 = use the widest line). `spacing` (threshold 0 = work
// it out from `lines`): a pitch clearly above the threshold breaks, one
// clearly below it (and not far below the line spacing) joins, before the
// other rules; a pitch near the threshold tells nothing (scanned lines).
std::vector<std::string> SplitOrganisations(const std::vector<CellLine>& lines,
                                            double right_edge, const KnownOrgs& known,
                                            Spacing spacing = {});

// Cleans one name: folded white space, list number / bullet / trailing
// punctuation removed. Empty when nothing is left or the name is "-".
std::string CleanOrgName(std::string_view raw);

// Joins wrapped text lines: a line ending in letter + "-" is glued to the
// next one without a space ("Non-" + "governmental"), others with a space.
std::string JoinLines(const std::vector<std::string>& lines);

}  // namespace ogpx::extract

namespace ogpx::extract {

// A flat supporting list (no Government | Civil Society | Other Actors
// sub-table): each name in the sector its words say ("University",
// "Chamber", "Bank", "United Nations", "partners" -> other; "NGO",
// "Association", "Coalition", "Network", "Foundation", "Forum", "Centre" ->
// civil society; "Ministry", "Agency", "Office", "Authority", "Commission" ->
// government), tested in that order; a name none of them names goes to
// civil society and is counted in `unsure`. English and Mongolian words.
struct GuessedSectors {
  model::Stakeholders supporting;
  std::vector<std::string> unsure;
};
GuessedSectors GuessSectors(const std::vector<std::string>& names);

}  // namespace ogpx::extract
