// Labelled fields that close a list item of activities ("Responsible: X ·
// Start: March 2023 · End: December 2023", "Lead: X | Due: Q3 2025").
//
// The labels are vocabulary ("item.field" rows: lead, start, end, due); the
// fields are the pieces of a line split at separator glyphs (SplitFields),
// each a label, a colon and its value. Pure; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/domain.h"

namespace ogpx::extract::plan {

struct ItemFields {
  std::vector<std::string> lead;
  std::optional<model::Due> due;  // "START – END", or the due date
};

// The fields of an item whose lines are `lines`: read from its first line
// after the first that opens with a field label, to its end; those lines are
// taken out of `lines`. nullopt (and `lines` unchanged) when no line does.
[[nodiscard]] std::optional<ItemFields> TakeItemFields(std::vector<std::string>& lines);

}  // namespace ogpx::extract::plan
