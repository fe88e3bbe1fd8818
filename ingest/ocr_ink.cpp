// ocr_ink: see ocr_ink.h.
#include "ingest/ocr_ink.h"

#include <leptonica/allheaders.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "ingest/ocr_lines.h"
#include "ingest/page_text.h"
#include "ingest/raster.h"

namespace ogpx::ingest {
namespace {

// A horizontal rule is taken to touch a word when it crosses the word's box
// over at least this share of the word's width.
constexpr double kRuleOverlap = 0.5;
// Rows of the rule left out: its half width plus this margin (points), for
// the blur and the skew left after deskewing.
constexpr double kRuleMargin = 0.6;
// Ink runs of rows closer than this share of the font size are one word
// (the dot of an "i" over its stem, accents).
constexpr double kJoinGap = 0.2;
// A box measured again is kept when it moved by more than this (points) and
// is at least kMinHeight of the font size tall.
constexpr double kMinChange = 0.5;
constexpr double kMinHeight = 0.4;

struct Band {
  int y0, y1;  // pixel rows, inclusive
};

}  // namespace

int FitWordsToInk(Page& page, Pix* grey, double dpi, const std::vector<Rule>& rules) {
  if (grey == nullptr || pixGetDepth(grey) != 8 || dpi <= 0) return 0;
  const double px = dpi / 72.0;
  const int width = static_cast<int>(pixGetWidth(grey)), height = static_cast<int>(pixGetHeight(grey));
  const l_uint32* data = pixGetData(grey);
  const int wpl = pixGetWpl(grey);
  std::set<std::size_t> lines_to_refit;
  int fitted = 0;
  for (std::size_t li = 0; li < page.lines.size(); ++li) {
    for (int wi : page.lines[li].words) {
      Word& w = page.words[static_cast<std::size_t>(wi)];
      std::vector<Band> borders;
      for (const Rule& r : rules) {
        if (!r.horizontal() || r.y0 < w.box.y0 - 0.5 || r.y0 > w.box.y1 + 0.5) continue;
        const double overlap = std::min(r.x1, w.box.x1) - std::max(r.x0, w.box.x0);
        if (overlap < kRuleOverlap * w.box.width()) continue;
        const double half = r.width / 2 + kRuleMargin;
        borders.push_back({static_cast<int>(std::floor((r.y0 - half) * px)),
                           static_cast<int>(std::ceil((r.y0 + half) * px))});
      }
      const int x0 = std::clamp(static_cast<int>(w.box.x0 * px), 0, width - 1);
      const int x1 = std::clamp(static_cast<int>(w.box.x1 * px), 0, width - 1);
      const int y0 = std::clamp(static_cast<int>(w.box.y0 * px) - 1, 0, height - 1);
      const int y1 = std::clamp(static_cast<int>(w.box.y1 * px) + 1, 0, height - 1);
      // Ink per row, the border rows left out; runs of ink rows joined over
      // small gaps; the run with the most ink is the word.
      const int join = std::max(1, static_cast<int>(kJoinGap * w.font_size * px));
      int best_ink = 0, run_ink = 0, run_y0 = -1, last_ink_row = -1000, best_y0 = -1, best_y1 = -1;
      auto close_run = [&] {
        if (run_y0 >= 0 && run_ink > best_ink) {
          best_ink = run_ink;
          best_y0 = run_y0;
          best_y1 = last_ink_row;
        }
        run_y0 = -1;
        run_ink = 0;
      };
      for (int y = y0; y <= y1; ++y) {
        const bool border = std::any_of(borders.begin(), borders.end(),
                                        [&](const Band& b) { return y >= b.y0 && y <= b.y1; });
        if (border) {
          close_run();
          continue;
        }
        int ink = 0;
        const l_uint32* row = data + static_cast<std::ptrdiff_t>(y) * wpl;
        for (int x = x0; x <= x1; ++x)
          if (static_cast<int>(GET_DATA_BYTE(row, x)) < kInkGrey) ++ink;
        if (ink == 0) continue;
        if (run_y0 >= 0 && y - last_ink_row > join) close_run();
        if (run_y0 < 0) run_y0 = y;
        run_ink += ink;
        last_ink_row = y;
      }
      close_run();
      if (best_y0 < 0) continue;
      const double top = best_y0 / px, bottom = (best_y1 + 1) / px;
      if (bottom - top < kMinHeight * w.font_size) continue;
      if (std::abs(bottom - w.box.y1) <= kMinChange && std::abs(top - w.box.y0) <= kMinChange) continue;
      const double old_bottom = w.box.y1;
      w.box.y0 = std::max(w.box.y0, top);
      w.box.y1 = std::min(w.box.y1, bottom);
      // The baseline stood on the border: it goes up with the foot.
      if (w.baseline > 0 && w.baseline > w.box.y1) w.baseline -= old_bottom - w.box.y1;
      lines_to_refit.insert(li);
      ++fitted;
    }
  }
  for (std::size_t li : lines_to_refit) RefitLineBaseline(page, page.lines[li]);
  if (fitted > 0) FinishLines(page);
  return fitted;
}

}  // namespace ogpx::ingest
