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
#include "ingest/raster.h"

namespace ogpx::ingest {

struct ScanRuleOptions {
  double min_length_in = 0.3;     // shortest horizontal rule, inches
  // Shortest vertical rule: the side of a one-row table (a sub-table's
  // header row is 0.2 in tall), still longer than any letter of body text.
  double min_vertical_length_in = 0.18;
  double max_thickness_in = 0.05; // thickest rule (or double rule), inches
  double max_bend_in = 0.015;     // centre line's largest distance from a straight line
  double min_alone_length_in = 1.0;  // shorter rules must touch a perpendicular one
  double min_fill = 0.45;         // ink / (length * thickness) of a component
  int threshold = 185;            // grey level below which a pixel is ink
  // Horizontal strokes at least this long are erased before OCR (shorter
  // ones may be the joined baseline of a bold word). Vertical ones are kept
  // by default: they are what keeps Tesseract's lines inside one column.
  double erase_horizontal_in = 1.5;
  bool erase_vertical = false;
  // Collect the ink to erase at all (RuleInk::erase); off, it stays null.
  bool collect_erase = false;
};

// Rule pieces found in one image (pixels) and the ink that belongs to them.
struct RuleInk {
  std::vector<Rule> horizontal, vertical;  // pixel units, before joining
  PixPtr erase;                            // 1 bpp: rule ink to remove before OCR (collect_erase)
  double dpi = 0;
};

struct ScanRules {
  std::vector<Rule> rules;
  bool overflow = false;          // more than limits::kMaxRulesPerPage
};

// The three steps, for OCR: find the rule ink, erase it from the grey image
// (Tesseract misreads text that touches a border: "7.1." -> "1:3;"), read
// the text, then turn the ink into rules with the words at hand.
RuleInk FindRuleInk(Pix* image, double dpi, const ScanRuleOptions& options = {});
void EraseRuleInk(Pix* grey, const RuleInk& ink);
// `words` (page points, may be empty) are the OCR'd words of the same image,
// used to drop baselines of blurred text (DropRulesThroughText).
ScanRules RulesFromInk(RuleInk ink, const std::vector<Word>& words, const ScanRuleOptions& options = {});

// Drops horizontal rules that are mostly covered by words on the same height:
// the baselines of blurred text that the opening kept, not table borders (a
// border runs between words, never through them). Same coordinates for both.
void DropRulesThroughText(std::vector<Rule>& rules, const std::vector<Word>& words);

}  // namespace ogpx::ingest
