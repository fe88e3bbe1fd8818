// Ruling segments: turning path pieces into merged horizontal/vertical rules.
// Coordinates: PDF points, origin top-left (ingest/ingest.h).
#pragma once

#include <vector>

#include "ingest/ingest.h"

namespace ogpx::ingest {

// Joins near-collinear pieces: horizontal pieces whose centre lines are within
// `align` points and whose ends overlap or lie within `gap` points become one
// rule (likewise vertical). Rules shorter than `min_length` after merging are
// dropped (dots, hair-line artefacts). Output: horizontal rules sorted by
// (y, x0), then vertical rules sorted by (x, y0).
std::vector<Rule> MergeRules(std::vector<Rule> pieces, double align = 1.0, double gap = 2.0,
                             double min_length = 3.0);

}  // namespace ogpx::ingest
