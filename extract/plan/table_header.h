// The columns a table's header names with the template's labels
// (plan.label), read over one header row or two.
//
// A header cell that spans several columns over a second header row
// ("Milestone" over "No. | Description", "Timeframe" over "Start | End")
// names each column under it; a date label spanning two columns dates
// from the first and to the last. Pure; thread-safe.
#pragma once

#include <optional>
#include <vector>

#include "extract/plan/labels.h"
#include "layout/tables/tables.h"

namespace ogpx::extract::plan {

struct TableHeader {
  int body = 1;  // the first row under the header
  struct Label {
    PlanLabel label;
    int first = 0, last = 0;  // the columns it covers
  };
  std::vector<Label> labels;  // row by row, left to right
  int start = -1, end = -1;   // a date range's columns (start_date / end_date, or one date label over two)

  // The first column a label covers, or -1.
  [[nodiscard]] int Column(PlanLabel label) const;
  // The columns a label covers, in order (empty when no cell has it).
  [[nodiscard]] std::vector<int> Columns(PlanLabel label) const;
};

[[nodiscard]] TableHeader ReadTableHeader(const layout::Table& table);

// Whether the row under header cell `over` names its sub-columns: at least
// two cells start under it, each a short label (at most kMaxSubLabelWords
// words, no digit). Spans alone prove nothing: a grid spans a cell over
// columns that other rows split.
inline constexpr std::size_t kMaxSubLabelWords = 4;
[[nodiscard]] bool NamesSubColumns(const layout::Table& table, const layout::Cell& over);

}  // namespace ogpx::extract::plan
