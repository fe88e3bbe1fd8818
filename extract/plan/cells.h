// Reading the cells of the OGP template's milestone table and stakeholder
// sub-tables into domain values.
//
//  - SplitMilestones: a milestone cell may name several milestones, one per
//    line start ("6.1 …" / "6.2 …") or inside one paragraph ("6.4 …; 6.5 …");
//    a new milestone starts only at a number of the same shape and prefix as
//    the row's first one (so "Resolution No. 29" never splits);
//  - ReadOutputs: one entry per "-" / "•" item, one entry when not a list,
//    none for "-";
//  - ReadStakeholderCell: "Lead implementing agency/actor:" names, then the
//    names printed after "Supporting Stakeholders:" outside the sub-table
//    (unplaced), then the Government | Civil Society | Other Actors sub-table
//    read by POSITION; a printed header that disagrees is reported.
//
// Internal to the action-plan reader. Pure; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "extract/plan/stakeholders.h"
#include "extract/common/tables.h"
#include "layout/structure.h"
#include "model/domain.h"

namespace ogpx::extract::plan {

struct MilestonePart {
  std::string number;   // "6.4"
  std::string text;     // without the number
};

// A milestone's own mark where it is not a full number: "1." / "2)"
// (arabic), "Milestone 1" (word; "Milestone 3.2" is full), "M1" (short),
// "a)" / "(b)" / "c." (letter), "i." / "(iv)" (roman). `index` counts from 1.
enum class MarkStyle { kNone, kFull, kArabic, kWord, kShort, kLetter, kRoman };
struct LocalMark {
  MarkStyle style = MarkStyle::kNone;
  int index = 0;
  std::string rest;     // the text after the mark
  std::string number;   // kFull only
};
std::optional<LocalMark> ParseLocalMark(std::string_view line);

// `commitment` is the current commitment's number ("6"); may be empty.
// Local marks become "<commitment>.<index>".
std::vector<MilestonePart> SplitMilestones(const std::vector<std::string>& lines,
                                           const std::string& commitment);

std::vector<std::string> ReadOutputs(const std::vector<std::string>& lines);

// A completion-date cell: raw text, years and first/last days (ParseDue);
// nullopt for an empty cell or "-".
std::optional<model::Due> ReadDue(const std::string& text);

struct SectorTable {
  model::Stakeholders supporting;
  std::vector<std::string> header;   // printed header texts, one per column
  bool header_mismatch = false;      // printed header disagrees with position
  int header_page = 0;
};

// The sub-table: first row = header when it holds sector labels.
SectorTable ReadSectorTable(const Table& table, const KnownOrgs& known);

// Sector columns laid out as plain cells (no nested table): one cell per
// column; lines equal to a sector label are taken as the header.
SectorTable ReadSectorCells(const std::vector<const Cell*>& cells, const KnownOrgs& known);

struct StakeholderCell {
  std::vector<std::string> lead;
  std::vector<std::string> unplaced;   // after "Supporting Stakeholders:", outside the sub-table
  std::optional<SectorTable> sectors;
};

// Without nested tables, the sub-table is read from the words of the
// structure's pages (subtable.h).
StakeholderCell ReadStakeholderCell(const layout::Structure& structure, const Cell& cell,
                                    const KnownOrgs& known);

// "Government | Government | Other Actors" for messages.
std::string JoinHeader(const std::vector<std::string>& header);

}  // namespace ogpx::extract::plan
