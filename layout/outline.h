// The outline of a document's free text: the lines of the reading-order
// stream (layout/stream.h) that are prose, headings and lists rather than
// table cells, with the headings among them (layout/headings.h), the body
// font size and the bullet glyphs that stand as lines of their own.
//
// Free text is every free line of the stream and every row of an unruled
// table (prose the table finder aligned: a bullet glyph and its text side by
// side, whose cells' lines on one baseline are one line again); rows of ruled
// tables are tables. Contents lines (dot leaders) are left out, and running
// headers and footers among the lines (layout::RunningAmong) too.
//
// What the headings mean (which are commitments, sections, sub-headings) is
// the readers' business. Pure; thread-safe. Coordinates: PDF points, origin
// top-left.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "layout/headings.h"
#include "layout/stream.h"

namespace ogpx::layout {

struct OutlineLine {
  std::size_t item = 0;  // index into the stream of the item it comes from
  StyledLine line;
};

struct Outline {
  std::vector<OutlineLine> lines;   // the free text, in reading order
  std::vector<StyledLine> marks;    // bullet glyphs alone on their line (a mark beside its text)
  std::vector<Heading> headings;    // FindHeadings of `lines` (indexes into `lines`)
  double body = 0;                  // BodySize of `lines`
  double leading = 0;               // BodyLeading of `lines`, in line heights
};

Outline BuildOutline(const std::vector<StreamItem>& stream);

// A list mark stands beside its line: on its page, left of it by at most
// kMarkReachEm of its height, centred on it and no taller than
// kMarkHeightShare of it (a glyph's box spans its font's ascent and descent).
bool MarkBeside(const StyledLine& mark, const StyledLine& line);
inline constexpr double kMarkReachEm = 3.0;
inline constexpr double kMarkHeightShare = 1.5;

// Adds to `o.marks` the bullets `doc` draws as shapes (ingest::Page::marks)
// that stand beside a line of the outline (MarkBeside), each as a line of
// text "•" in the mark's box.
void AddDrawnMarks(const ingest::Document& doc, Outline& o);

// A contents line ("Commitment 3 ......... 12", "Annex ___"): dot leaders or
// an ellipsis. Never a heading.
bool IsContentsLine(const std::string& text);

// The text lines of a stream item: a free line, or the lines of a row's
// cells, those on one baseline joined left to right.
std::vector<StyledLine> LinesOf(const StreamItem& item);

}  // namespace ogpx::layout
