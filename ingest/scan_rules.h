// scan_rules: ruling lines of scanned tables, found in the page image.
//
// Input: an 8-bit grey (or 1-bit) deskewed page image at `dpi`. The image is
// binarised, then opened with a long thin horizontal (resp. vertical)
// structuring element, so only runs of ink at least `min_length_in` long
// survive; each connected component that is long, thin and fills its
// bounding box (a straight stroke, not the arc of a stamp or a signature
// stroke) becomes one Rule. Collinear pieces separated by small gaps (broken
// scan lines) are joined. A rule shorter than an inch that meets no
// perpendicular rule (a bar of an emblem, a stroke of a stamp) is dropped.
//
// Output: Rules in PDF points (pixel * 72 / dpi), origin top-left of the
// image; horizontal rules have y0 == y1, vertical ones x0 == x1; `width` is
// the stroke thickness. At most limits::kMaxRulesPerPage (more -> `overflow`).
// Pure function, thread-safe, never throws (returns no rules on failure).
#pragma once

#include <vector>

#include "ingest/ingest.h"

struct Pix;  // Leptonica

namespace ogpx::ingest {

struct ScanRuleOptions {
  double min_length_in = 0.3;     // shortest rule, inches
  double max_thickness_in = 0.05; // thickest rule (or double rule), inches
  double max_bend_in = 0.015;     // centre line's largest distance from a straight line
  double min_alone_length_in = 1.0;  // shorter rules must touch a perpendicular one
  double min_fill = 0.45;         // ink / (length * thickness) of a component
  int threshold = 185;            // grey level below which a pixel is ink
};

struct ScanRules {
  std::vector<Rule> rules;
  bool overflow = false;          // more than limits::kMaxRulesPerPage
};

// `words` (page points, may be empty) are the OCR'd words of the same image,
// used to drop baselines of blurred text (DropRulesThroughText).
ScanRules FindScanRules(Pix* image, double dpi, const std::vector<Word>& words,
                        const ScanRuleOptions& options = {});

// Drops horizontal rules that are mostly covered by words on the same height:
// the baselines of blurred text that the opening kept, not table borders (a
// border runs between words, never through them). Same coordinates for both.
void DropRulesThroughText(std::vector<Rule>& rules, const std::vector<Word>& words);

}  // namespace ogpx::ingest
