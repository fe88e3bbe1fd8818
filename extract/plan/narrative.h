// Plans written as prose, not on the template's tables (the UK and US
// plans): their commitments are "Commitment N" headings, each with the
// paragraph under it (its description), the organisations listed under a
// "Supporting civil society organisations" sub-heading and, as milestones
// numbered by position, the bullets under "Timescales" (due: the date the
// bullet ends with, "by December 2013", "(October 2013)"). Contents lines (dot
// leaders) are not headings; a number seen twice is kept once. Used when the
// template reader finds no commitment.
//
// Without "Commitment N" headings, commitments are list bullets with a
// run-in heading in title case ("• Expand Online Access to the National
// Archives. The National Archives …"), numbered by position, their theme
// the last heading set larger than the body text; a list "1.", "2.", … after
// a line ending with ":" inside one gives its milestones.
//
// Internal to the action-plan reader. Pure; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "extract/plan/rows.h"
#include "layout/lists.h"
#include "layout/outline.h"
#include "layout/structure.h"
#include "lang/vocabulary.h"
#include "model/domain.h"

namespace ogpx::extract::plan {

struct NarrativePlan {
  std::vector<model::Commitment> commitments;
  struct Inferred {
    int page;
    std::string commitment, milestone;
  };
  std::vector<Inferred> inferred;  // milestones numbered by position
  struct Unnumbered {
    int page;
    std::string number, title;
  };
  std::vector<Unnumbered> numbered_by_position;  // commitments without a printed number
  struct Unplaced {
    int page;
    std::string commitment, names;  // names as printed
  };
  std::vector<Unplaced> unplaced;  // names under a sub-heading that gives no sector
  // The lines under each commitment's heading, by index (filled by the
  // heading readers; reports read statuses stated in them).
  std::vector<std::vector<std::string>> bodies;
  // Where each title and milestone was read: fields relative to the plan
  // ("/commitments/3/title", "/commitments/3/milestones/0"), page and box.
  std::vector<model::Provenance> provenance;
  std::size_t first = std::string::npos;  // stream index of the first heading
  std::vector<std::size_t> starts;        // stream index of each commitment's heading
};

// Reads the structure's stream (layout/structure.h), and its outline when no
// "Commitment N" heading is found.
NarrativePlan ReadNarrative(const layout::Structure& s);

// A heading that prints its number alone ("COMMITMENT 1" / "Open Data for
// Results") has its title on the next line, at most this many heights of the
// larger of the two lines below it.
inline constexpr double kTitleUnderNumberGap = 1.5;

// Plans whose commitments are headings "1. Title" set apart by style
// (layout/headings.h), the numbering restarting in each section (a heading of
// a more prominent style, the commitments' theme): "<section>.<n>" when it
// restarts. A commitment's indented paragraphs (list items whose glyph may
// be missing from the text layer) are its milestones, numbered by position;
// its other paragraphs its description. Empty without three numbered
// headings of one style. Used by ReadNarrative when no "Commitment N"
// heading is found.
NarrativePlan ReadNumberedHeadings(const layout::Outline& outline);

// A plan set out as one matrix ("№ | Commitment | Activity | Responsible
// agency | Timeframe"): a table whose header names a commitments column (a
// commitment word alone, or the template's title label) and an activities
// column (plan.label milestones). A commitment's cell (spanning the rows of
// its activities) opens a commitment, numbered by a column of numbers
// before it or by position; each activity is a milestone ("1.2. …" keeps
// its number), dated by the end-date or due column; the lead column's
// names, one a line, are the commitment's lead. Used when no heading gives
// a commitment.
NarrativePlan ReadMatrixTables(const std::vector<Table>& tables);

// The sub-heading a commitment's line starts with (lang: narrative.part;
// the template's lead labels, plan.label "lead", name a lead there too:
// "Lead institution:", "Implementing agency:"), or nullptr.
const lang::Term* NarrativePart(std::string_view folded);

// Tables of activities set under a commitment's heading ("No. | Activity |
// Deadline", "Milestone | Start date | End date"): a table
// between a commitment's heading and the next (`plan.starts`) whose header
// row names an activities column in the template's vocabulary (plan.label
// milestones) gives one milestone a row; it replaces milestones read from
// lines (an unruled table's rows are read as lines too).
// Its date is the end-date column's, else the due column's; a column of
// numbers before the text numbers them ("3" under commitment 1.2 -> 1.2.3,
// "1.2.3" as printed), else they are numbered by position (`inferred`).
void ReadActivityTables(const std::vector<StreamItem>& stream, NarrativePlan& plan);

// A commitment set out as a table of label rows whose labels no vocabulary
// holds ("Heading | …", "Owner | …", "Steps | 2.1 … / 2.2 …"), read by what
// its values hold: a value listing the commitment's numbered milestones
// ("2.1 …") gives them; above it, a value that opens with an
// organisation's head word (org.head) is the lead, and the first other
// value the title when the heading printed none. For commitments that
// neither a list nor a table of activities gave any milestone.
void ReadLabelTables(const std::vector<StreamItem>& stream, NarrativePlan& plan);

// The text after a list bullet (layout/lists.h).
using layout::AfterBullet;

// Plans whose commitments are headings set apart by style alone (size,
// weight, colour; no number), on the pages after the cover: the style with
// the most such headings, numbered 1..N by position; a more prominent style
// is their theme; a less prominent one inside a commitment opens an item
// (its sub-heading and paragraph are one milestone), as bullets and indented
// paragraphs do. Empty without three such headings. Used by ReadNarrative
// when no other reading finds a commitment.
// `stream` (the outline's): a heading with a table under it is never front
// matter.
NarrativePlan ReadStyleHeadings(const layout::Outline& outline, const std::vector<StreamItem>* stream = nullptr);

// Leads written as a sentence ("A, B and C", "A y el Instituto B"): one name
// each, split at commas and at conjunctions before an organisation's head
// word (lang/data: conjunction, article, org.head).
std::vector<std::string> SplitLeadList(const std::string& text);

// Plans whose commitments are bullets with a run-in heading in title case
// ("• Expand Online Access to the National Archives. The National Archives
// …"), under theme headings set larger than the body; numbered by position
// (plan/runins.cpp).
NarrativePlan ReadRunIns(const std::vector<StreamItem>& items);

// An overview table ("No. | Commitment | Lead department(s) | …", an annex)
// gives the leads of commitments that name none, and the theme of its
// full-width section rows (plan/runins.cpp).
void ReadOverviewLeads(const std::vector<StreamItem>& items, std::vector<model::Commitment>& commitments);

// Shared by the narrative readers: the text of a stream item (a row's cells
// joined), names of a list ("A, B and C"), and whether a text starts with a
// capital letter.
std::string TextOf(const StreamItem& item);
std::vector<std::string> SplitNames(const std::string& text);
bool StartsUpper(const std::string& text);

// A contents line ("Commitment 3 ......... 12"): never a heading
// (layout/outline.h).
using layout::IsContentsLine;

// The date a bullet or step names ("… by January 2014", "(Winter 2013)",
// "during the 2014 to 2015 period"), if any.
std::optional<model::Due> BulletDue(const std::string& bullet);

}  // namespace ogpx::extract::plan
