// The cells of a scanned page's ruled tables read again one by one
// (ocr_cells.h).
#include "ingest/ocr_cells.h"

#include <leptonica/allheaders.h>

#include <algorithm>
#include <cmath>
#include <memory>

#include "ingest/ocr.h"
#include "ingest/ocr_engine.h"
#include "ingest/ocr_lines.h"
#include "ingest/page_text.h"
#include "ingest/raster.h"

namespace ogpx::ingest {
namespace {

// The mask the rules are drawn on has this many pixels per point.
constexpr double kMaskScale = 2.0;
// Rules are drawn this many points longer at each end, so that a rule the
// scan broke off short of its crossing still closes the cell.
constexpr double kRuleReach = 2.0;
// A cell is a region of the mask filling at least this share of its
// bounding box (an L-shaped region is two cells a missing rule joined).
constexpr double kCellFill = 0.9;
// A cell is at least this many points tall and wide (no sliver between
// the two strokes of a double rule) and at most this share of the page
// (no frame round the whole page).
constexpr double kMinCellSide = 6.0;
constexpr double kMaxCellPageShare = 0.35;
// The cell read again stops this many points inside its rules, so that
// no border is read as a letter.
constexpr double kCellInset = 1.0;
// A cell holding a word read with less confidence than this, or a word
// with a stroke "|" in it (the borders are gone by then), is read again.
constexpr double kDoubtfulCellWord = 60;

struct BoxaDeleter {
  void operator()(BOXA* b) const { boxaDestroy(&b); }
};
struct PixaDeleter {
  void operator()(PIXA* p) const { pixaDestroy(&p); }
};

// A word the first reading may have got wrong: read with less than
// kDoubtfulCellWord confidence, or with a stroke in it.
bool Doubtful(const Word& w) { return w.confidence < kDoubtfulCellWord || w.text.find('|') != std::string::npos; }

// Text read with confidence: the code points of the words not doubtful,
// weighted by their confidence.
double ConfidentText(const Word& w) { return Doubtful(w) ? 0 : SureText(w, kDoubtfulCellWord); }

bool Inside(const Box& cell, const Box& b) {
  return b.cx() >= cell.x0 && b.cx() <= cell.x1 && b.cy() >= cell.y0 && b.cy() <= cell.y1;
}

// `page` with the words inside each cell of `cells` replaced by the lines
// of `readings` (same index); a cell's new lines take the place of the
// first line that held one of its words.
void ReplaceCells(Page& page, const std::vector<Box>& cells, std::vector<std::vector<WordLine>>& readings) {
  std::vector<Word> words;
  std::vector<TextLine> lines;
  std::vector<bool> placed(cells.size(), false);
  auto add_line = [&](WordLine& line) {
    TextLine out;
    for (Word& w : line) {
      out.words.push_back(static_cast<int>(words.size()));
      words.push_back(std::move(w));
    }
    if (!out.words.empty()) lines.push_back(std::move(out));
  };
  for (const TextLine& line : page.lines) {
    WordLine kept;
    for (int i : line.words) {
      Word& w = page.words[static_cast<std::size_t>(i)];
      std::size_t c = 0;
      while (c < cells.size() && !Inside(cells[c], w.box)) ++c;
      if (c == cells.size()) {
        kept.push_back(std::move(w));
        continue;
      }
      if (placed[c]) continue;
      placed[c] = true;
      for (WordLine& again : readings[c]) add_line(again);
    }
    add_line(kept);
  }
  page.words = std::move(words);
  page.lines = std::move(lines);
  FinishLines(page);
}

}  // namespace

std::vector<Box> RuledCells(const std::vector<Rule>& rules, double page_width, double page_height) {
  std::vector<Box> cells;
  const int w = static_cast<int>(std::ceil(page_width * kMaskScale)) + 2;
  const int h = static_cast<int>(std::ceil(page_height * kMaskScale)) + 2;
  if (rules.empty() || w <= 2 || h <= 2) return cells;
  PixPtr mask(pixCreate(w, h, 1));
  if (!mask) return cells;
  auto px = [](double points) { return static_cast<int>(std::lround(points * kMaskScale)); };
  for (const Rule& r : rules) {
    const int width = std::max(1, px(r.width));
    if (r.horizontal())
      pixRenderLine(mask.get(), px(r.x0 - kRuleReach), px(r.y0), px(r.x1 + kRuleReach), px(r.y1), width, L_SET_PIXELS);
    else
      pixRenderLine(mask.get(), px(r.x0), px(r.y0 - kRuleReach), px(r.x1), px(r.y1 + kRuleReach), width, L_SET_PIXELS);
  }
  PixPtr open(pixInvert(nullptr, mask.get()));
  if (!open) return cells;
  PIXA* pixa_raw = nullptr;
  std::unique_ptr<BOXA, BoxaDeleter> boxes(pixConnComp(open.get(), &pixa_raw, 4));
  std::unique_ptr<PIXA, PixaDeleter> pixa(pixa_raw);
  if (!boxes || !pixa) return cells;
  const double page_area = page_width * page_height;
  for (int i = 0; i < boxaGetCount(boxes.get()); ++i) {
    l_int32 x = 0, y = 0, bw = 0, bh = 0;
    if (boxaGetBoxGeometry(boxes.get(), i, &x, &y, &bw, &bh) != 0) continue;
    if (x <= 0 || y <= 0 || x + bw >= w || y + bh >= h) continue;  // open to the page's edge
    PixPtr region(pixaGetPix(pixa.get(), i, L_CLONE));
    l_int32 filled = 0;
    if (!region || pixCountPixels(region.get(), &filled, nullptr) != 0) continue;
    if (filled < kCellFill * bw * bh) continue;
    const Box box{x / kMaskScale, y / kMaskScale, (x + bw) / kMaskScale, (y + bh) / kMaskScale};
    if (box.width() < kMinCellSide || box.height() < kMinCellSide) continue;
    if (box.width() * box.height() > kMaxCellPageShare * page_area) continue;
    cells.push_back(box);
  }
  std::sort(cells.begin(), cells.end(), [](const Box& a, const Box& b) {
    return a.y0 != b.y0 ? a.y0 < b.y0 : a.x0 < b.x0;
  });
  return cells;
}

int RereadCells(Page& page, const std::vector<Box>& cells, Pix* image, double dpi, const std::string& lang,
                OcrEngine& engine, const OcrOptions& ocr, std::chrono::steady_clock::time_point start) {
  std::vector<std::vector<const Word*>> inside(cells.size());
  for (const Word& word : page.words)
    for (std::size_t c = 0; c < cells.size(); ++c)
      if (Inside(cells[c], word.box)) {
        inside[c].push_back(&word);
        break;
      }
  std::vector<Box> replaced;
  std::vector<std::vector<WordLine>> readings;
  int read = 0;
  for (std::size_t c = 0; c < cells.size(); ++c) {
    if (std::none_of(inside[c].begin(), inside[c].end(), [](const Word* w) { return Doubtful(*w); })) continue;
    const double spent = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (read >= ocr.max_rereads || spent > ocr.seconds_per_page) break;
    ++read;
    const Box& cell = cells[c];
    const Box crop{cell.x0 + kCellInset, cell.y0 + kCellInset, cell.x1 - kCellInset, cell.y1 - kCellInset};
    std::vector<WordLine> again = engine.ReadBlock(image, dpi, lang, crop);
    double before = 0;
    for (const Word* w : inside[c]) before += ConfidentText(*w);
    double now = 0;
    for (const WordLine& line : again)
      for (const Word& w : line) now += ConfidentText(w);
    if (now <= before) continue;
    replaced.push_back(cell);
    readings.push_back(std::move(again));
  }
  if (!replaced.empty()) ReplaceCells(page, replaced, readings);
  return static_cast<int>(replaced.size());
}

}  // namespace ogpx::ingest
