// Builders of synthetic page geometry for the table tests: words and ruling
// segments placed by hand (PDF points, origin top-left), as ingest returns them.
#pragma once

#include <string>
#include <vector>

#include "ingest/ingest.h"

namespace ogpx::testing {

inline ingest::Page MakePage(int number, double width = 600, double height = 800) {
  ingest::Page p;
  p.number = number;
  p.width = width;
  p.height = height;
  p.has_text_layer = true;
  p.source = ingest::PageSource::kText;
  return p;
}

// One word per call; `text` may not contain spaces (use Text for phrases).
inline void Word(ingest::Page& p, const std::string& text, double x, double y, double size = 10) {
  ingest::Word w;
  w.text = text;
  w.box = {x, y, x + 0.5 * size * static_cast<double>(text.size()), y + size};
  w.font_size = size;
  p.words.push_back(w);
}

// Words of `phrase` laid out left to right from (x, y).
inline void Text(ingest::Page& p, const std::string& phrase, double x, double y, double size = 10) {
  std::size_t start = 0;
  while (start < phrase.size()) {
    std::size_t end = phrase.find(' ', start);
    if (end == std::string::npos) end = phrase.size();
    if (end > start) {
      const std::string w = phrase.substr(start, end - start);
      Word(p, w, x, y, size);
      x += 0.5 * size * static_cast<double>(w.size()) + 0.3 * size;
    }
    start = end + 1;
  }
}

inline void HRule(ingest::Page& p, double x0, double x1, double y) {
  p.rules.push_back({x0, y, x1, y, 0.5});
}
inline void VRule(ingest::Page& p, double x, double y0, double y1) {
  p.rules.push_back({x, y0, x, y1, 0.5});
}

// A full grid: every row line across all columns and vice versa.
inline void FullGrid(ingest::Page& p, const std::vector<double>& xs, const std::vector<double>& ys) {
  for (double y : ys) HRule(p, xs.front(), xs.back(), y);
  for (double x : xs) VRule(p, x, ys.front(), ys.back());
}

}  // namespace ogpx::testing
