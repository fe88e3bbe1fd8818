// The part of a progress report above its table: reporting agency, period,
// submission date and which action plan it reports on.
//
// Read from labelled lines ("Reporting agency: …", "Tailant khugatsaa: …",
// report_vocab.h) and from the title line naming the plan ("OGP <country> —
// Fifth National Action Plan …", "<country>-yn undesnii tavdugaar
// tolovlogoo …"; "NAP V" in a running footer as a fallback for the number).
// A field the page does not state stays nullopt; a value that cannot be
// parsed (a date in an unknown form) becomes a warning, never a guess.
//
// Thread-safety: pure functions.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/common/tables.h"
#include "layout/lines.h"
#include "model/domain.h"

namespace ogpx::extract::report {

struct HeaderArea {
  std::optional<int> table_page;   // page where the entries table starts
  double table_top = 0;            // lines at or below this y on that page are not header
};

// Fills agency, plan, period and submitted of `report` from the labelled
// lines above the entries table (`pages`: Structure::pages()) and from "label | value" rows of two-cell
// tables anywhere in `tables` (a header laid out as a table); labelled lines
// come first when both give a field.
void ReadHeader(const std::vector<layout::PageText>& pages, const std::vector<Table>& tables, const HeaderArea& area,
                model::ProgressReport& report, std::vector<Warning>& warnings);

// Plan reference from one title-like line; both fields nullopt when the line
// does not name a national action plan.
model::PlanRef PlanFromTitle(std::string_view line);

// Ordinal or Roman numeral word to a number: "Fifth" -> 5, "tavdugaar" -> 5,
// "V" -> 5, "5th" -> 5.
std::optional<int> OrdinalNumber(std::string_view word);

}  // namespace ogpx::extract::report
