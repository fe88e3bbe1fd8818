// FindTitleBlock (see title.h).
#include "layout/title.h"

#include <algorithm>
#include <string_view>

#include "base/text.h"
#include "layout/headings.h"

namespace ogpx::layout {
namespace {

StyledLine Styled(const PageLine& l) {
  return StyledLine{l.line.page, l.line.box, l.line.text, l.line.font_size, l.line.bold, l.line.color};
}

// The last character of a sentence, before closing quotes and brackets.
bool EndsSentence(const std::string& text) {
  std::string_view t = text;
  while (!t.empty() && (t.back() == ' ' || std::string_view("\"')]").find(t.back()) != std::string_view::npos)) t.remove_suffix(1);
  if (t.ends_with("\u201d") || t.ends_with("\u2019")) t.remove_suffix(3);
  return !t.empty() && std::string_view(".!?").find(t.back()) != std::string_view::npos;
}

}  // namespace

std::vector<const PageLine*> FindTitleBlock(const std::vector<PageText>& pages) {
  BodyStyleTally tally;  // the document's lines outside tables: its body style
  for (const PageText& p : pages)
    for (const PageLine& l : p.lines)
      if (!l.in_table) tally.Add(l.line.font_size, l.line.color, l.line.bold, l.line.text);
  const BodyStyle body = tally.Result();
  std::vector<const PageLine*> out;
  for (const PageText& p : pages) {
    if (p.number > kTitlePages) break;
    const std::size_t n = std::min<std::size_t>(p.lines.size(), kTitleLines);
    // Paragraphs: runs of lines no further apart than kParagraphGapShare of
    // a line's height; one whose last line ends a sentence is prose.
    std::vector<bool> prose(n, false);
    for (std::size_t first = 0; first < n;) {
      std::size_t last = first;
      while (last + 1 < n) {
        const ingest::Box &a = p.lines[last].line.box, &b = p.lines[last + 1].line.box;
        if (b.y0 - a.y1 > kParagraphGapShare * std::max(1.0, a.height())) break;
        ++last;
      }
      const bool is_prose = EndsSentence(p.lines[last].line.text);
      for (std::size_t k = first; k <= last; ++k) prose[k] = is_prose;
      first = last + 1;
    }
    for (std::size_t k = 0; k < n; ++k) {
      const PageLine& l = p.lines[k];
      // OCR reads no weight and guesses sizes from ink: a scan keeps all but
      // long lines.
      // Two lines of kProseLineWords words or more, one under the other, are
      // prose whatever their spacing (double-spaced text is a paragraph a
      // line).
      auto long_at = [&](std::size_t i) { return i < n && text::SplitSpaces(p.lines[i].line.text).size() >= kProseLineWords; };
      const bool long_line = long_at(k) && long_at(k + 1);
      if (((body.weights && prose[k]) || long_line) && !SetApart(Styled(l), body)) break;  // the body text begins
      if (l.line.text.size() < kMaxTitleBytes) out.push_back(&l);
    }
  }
  return out;
}

}  // namespace ogpx::layout
