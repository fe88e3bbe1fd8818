// Headings: which lines of a document are headings, at which level, with
// which numbering ("1.", "1)", "1.1", "I.", "A.", "Commitment 3", none).
//
// Works on styled lines in reading order (free text lines of any reader: the
// caller says which lines are text, not table cells). A line is a heading
// when it is set apart from the body text by style (bold, a font at least
// kHeadingSizeRatio of the body size, or a colour other than the body's) and is short (at most kMaxHeadingWords
// words) and does not end like a sentence that runs on (a comma). In a text
// without any bold line (a scan: OCR reads no weight), a numbered line that
// does not end with sentence punctuation stands for a heading too. The body
// size is the font size that holds the most words. Levels rank the heading
// styles (size, weight, colour): the largest size first, bold before
// regular, coloured before the body's colour; level 0 is the top. A heading may wrap: lines of the same style right under it
// join it.
//
// Pure; thread-safe.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/ingest.h"

namespace ogpx::layout {

// A heading's font is at least this share of the body size (when not bold).
inline constexpr double kHeadingSizeRatio = 1.15;
// Font sizes closer than this share of the body size are one size.
inline constexpr double kSameSizeShare = 0.06;
// A heading's wrapped line is at most kWrapGapHeights line heights under
// it, or the body's leading and kWrapOverLeading more when the body is set
// looser (double spacing); gaps over kMaxLeadingHeights are no leading.
inline constexpr double kWrapGapHeights = 0.8;
inline constexpr double kWrapOverLeading = 0.25;
inline constexpr double kMaxLeadingHeights = 2.0;
// A label in brackets ("(a)", "(12)", "(iv)") is at most this many bytes
// from its opening bracket to its closing one.
inline constexpr std::size_t kMaxBracketedLabel = 5;
// A heading has at most this many words.
inline constexpr std::size_t kMaxHeadingWords = 20;

struct StyledLine {
  int page = 0;
  ingest::Box box;
  std::string text;
  double font_size = 0;
  bool bold = false;
  std::uint32_t color = 0;  // 0xRRGGBB
};

enum class Numbering {
  kNone,        // set apart by style only
  kDecimal,     // "1.", "1)", "12.", "01"
  kMultiLevel,  // "1.1", "2.3.1"
  kRoman,       // "I.", "IV)"
  kLetter,      // "A.", "b)"
};

struct Heading {
  std::size_t first = 0, last = 0;  // indexes of its lines in the input
  std::string number;               // "1", "1.2", "IV", "b"; "" for kNone
  std::string title;                // the text without its number, wrapped lines joined
  Numbering numbering = Numbering::kNone;
  int level = 0;                    // 0 = the most prominent style
  double font_size = 0;
  bool bold = false;
  std::uint32_t color = 0;
};

// The font size holding the most words of `lines` (0 when empty).
double BodySize(const std::vector<StyledLine>& lines);

// The body text's style: the size and colour holding the most words, and
// whether any line is bold (false: OCR, which reads no weight).
struct BodyStyle {
  double size = 0;
  std::uint32_t color = 0;
  bool weights = true;
};
BodyStyle FindBodyStyle(const std::vector<StyledLine>& lines);

// What FindBodyStyle counts, for lines held in another form (no copy).
class BodyStyleTally {
 public:
  void Add(double font_size, std::uint32_t color, bool bold, std::string_view text);
  BodyStyle Result() const;

 private:
  std::map<long, std::size_t> sizes_;  // size in tenths of a point -> words
  std::map<std::uint32_t, std::size_t> colors_;
  bool bold_ = false;
};

// A line set apart from the body by style: bold, a font at least
// kHeadingSizeRatio of the body size, or a colour other than the body's;
// without weights (a scan), a numbered line that does not end a sentence.
bool SetApart(const StyledLine& line, const BodyStyle& body);

// The numbering at the start of `text` and the rest after it, or nullopt
// when the text has no number ("Commitment 3" is the readers' business: its
// word comes from the vocabularies).
struct Numbered {
  Numbering numbering = Numbering::kNone;
  std::string number, rest;
};
std::optional<Numbered> ReadNumbering(const std::string& text);

// The body text's leading: the lower quartile of the gaps between two
// consecutive lines of the body size `body` on one page, in line heights
// (gaps wider than kMaxLeadingHeights are paragraph breaks, not leading); 0
// without such lines.
double BodyLeading(const std::vector<StyledLine>& lines, double body);

// Every heading of `lines`, in order.
std::vector<Heading> FindHeadings(const std::vector<StyledLine>& lines);

}  // namespace ogpx::layout
