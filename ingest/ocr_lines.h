// ocr_lines: the words and lines Tesseract gave, made to fit the page's
// table borders (internal to ingest/ocr*).
//
// Tesseract reads a vertical table border as a word ("|") or as a letter of
// the word beside it ("|Civil"), and may join the cells of a table row into
// one text line with one baseline. These functions drop such words and
// letters, split lines at the vertical rules found in the image, and give
// each piece of a split line its own baseline. Page points; pure functions
// on one Page; never throw.
#pragma once

#include <vector>

#include "ingest/ingest.h"

namespace ogpx::ingest {

// Drops words that are only a border ("|", "l", "[", ...) standing on a
// vertical rule; lines are re-indexed.
void DropBorderWords(Page& page, const std::vector<Rule>& rules);

// Drops what Tesseract read of a speck the page clean-up left (on a
// border, or a word space from a letter): a word of one letter, alone on
// its line, under kSpeckWordHeight of the page's median word height
// (ocr_lines.cpp). Dashes ("-" in an empty cell) stay.
void DropSpeckWords(Page& page);

// Drops a word without a letter or digit ("-", "~") whose middle lies
// inside the box of another line of text: Tesseract read the accents or
// the tops of that line's letters as a dash (a real dash, in an empty cell
// or before an item, stands in no other line).
void DropMarksInLines(Page& page);

// Removes a border read as the first or last letter of a word ("|Civil"),
// the word's box then starting (ending) past the rule.
void TrimBorderLetters(Page& page, const std::vector<Rule>& rules);

// Splits text lines where a vertical rule runs between two of their words;
// each piece of a split line takes its own baseline from the feet of its
// descender-free words.
void SplitLinesAtRules(Page& page, const std::vector<Rule>& rules);

// Gives the words of `line` one baseline from the feet of its
// descender-free words (the median offset of their box bottoms from their
// baselines); unchanged when it has none.
void RefitLineBaseline(Page& page, const TextLine& line);

// Mean Tesseract confidence of `words` (0 when empty).
double MeanConfidence(const std::vector<Word>& words);

// Text read with confidence: the code points of `w` weighted by its
// confidence; nothing for a word read with less than `floor`.
double SureText(const Word& w, double floor);

// Words of `page` in the order of its lines, each line's words replaced by
// `replacement[line]` when that is not empty; lines re-indexed, boxes redone.
void ReplaceLineWords(Page& page, std::vector<std::vector<Word>>& replacement);

}  // namespace ogpx::ingest
