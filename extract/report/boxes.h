// Tick boxes and marks in the cells of a report's tables: checked boxes
// (☒ ☑ ✓ ✔ ✗ ✘ ■ ●, Wingdings' check, checked box and crosses), empty ones
// (☐ □ ○, Wingdings' empty boxes), a lone "X". Pure; thread-safe.
#pragma once

#include <optional>
#include <string>

#include "model/domain.h"

namespace ogpx::extract::report {

enum class BoxMark { kNone, kChecked, kEmpty };

// A checked glyph anywhere in `text` wins over an empty one; a lone "X" is
// checked.
BoxMark BoxIn(const std::string& text);

// The level ticked in one cell that lists them all ("☐ Not started ☐
// Limited ☒ Substantial ☐ Completed"): the words after the checked box.
std::optional<model::Status> CheckedLevel(const std::string& text);

}  // namespace ogpx::extract::report
