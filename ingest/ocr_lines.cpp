// ocr_lines: see ocr_lines.h.
#include "ingest/ocr_lines.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <string_view>

#include "base/text.h"
#include "ingest/page_text.h"

namespace ogpx::ingest {

namespace {

// A word of one letter alone on its line whose ink is less than this share
// of the page's median word height is a speck (ocr_lines.h, DropSpeckWords):
// a capital or a digit stands about 0.9 of it, a lower-case letter 0.6 and
// more; a speck read as "2" on the ladder's skew2-noise rung, 0.28.
constexpr double kSpeckWordHeight = 0.4;

// True when `text` holds a letter or a digit (not only marks and signs).
bool HasLetterOrDigit(const std::string& text) { return !text::TrimMarks(text).empty(); }

// The baselines of the words of one line differ by at most this share of
// their font size (a line read as a slope across a wide cell); a word
// further off took another row's baseline.
constexpr double kBaselineSpread = 0.25;

// A vertical rule crossing `w`'s row between x = lo and x = hi, if any.
const Rule* VerticalRuleAt(const std::vector<Rule>& rules, const Word& w, double lo, double hi) {
  for (const Rule& r : rules)
    if (!r.horizontal() && r.x0 >= lo && r.x0 <= hi && w.box.cy() >= r.y0 - 2 && w.box.cy() <= r.y1 + 2) return &r;
  return nullptr;
}

// Drops the words `drop` says (called once per word, in order); lines are
// re-indexed and their boxes redone.
template <typename Drop>
void DropWords(Page& page, Drop drop) {
  std::vector<int> new_index(page.words.size(), -1);
  std::vector<Word> kept;
  for (std::size_t i = 0; i < page.words.size(); ++i) {
    if (drop(page.words[i])) continue;
    new_index[i] = static_cast<int>(kept.size());
    kept.push_back(std::move(page.words[i]));
  }
  if (kept.size() == page.words.size()) {
    page.words = std::move(kept);
    return;
  }
  for (TextLine& line : page.lines) {
    std::vector<int> words;
    for (int i : line.words)
      if (const int j = new_index[static_cast<std::size_t>(i)]; j >= 0) words.push_back(j);
    line.words = std::move(words);
  }
  page.words = std::move(kept);
  FinishLines(page);
}

}  // namespace

// A border read as the first or last letter of a word ("|Civil",
// "Society|"): the letter goes, and the word's box starts (ends) past the
// rule, so that the line is split there.
void TrimBorderLetters(Page& page, const std::vector<Rule>& rules) {
  auto border_letter = [](char c) { return c == '|' || c == '[' || c == ']'; };
  auto stroke_letter = [](char c) { return c == '1' || c == 'l' || c == 'I'; };
  for (Word& w : page.words) {
    if (w.text.size() < 2) continue;
    const double reach = std::max(2.0, 0.4 * w.font_size);
    if (border_letter(w.text.front())) {
      if (const Rule* r = VerticalRuleAt(rules, w, w.box.x0 - 2, w.box.x0 + reach)) {
        w.text.erase(0, 1);
        w.box.x0 = std::min(w.box.x1 - 1, std::max(w.box.x0, r->x0 + r->width / 2 + 1));
      }
    } else if (stroke_letter(w.text.front()) && (std::isdigit(static_cast<unsigned char>(w.text[1])) ||
                                                 std::isupper(static_cast<unsigned char>(w.text[1])))) {
      // "11.1." whose first "1" is the border under the glyph: the rule
      // runs through the letter itself (text keeps a padding off the rule).
      if (const Rule* r = VerticalRuleAt(rules, w, w.box.x0 - 1, w.box.x0 + 0.25 * w.font_size)) {
        w.text.erase(0, 1);
        w.box.x0 = std::min(w.box.x1 - 1, std::max(w.box.x0, r->x0 + r->width / 2 + 1));
      }
    }
    if (w.text.size() >= 2 && border_letter(w.text.back())) {
      if (const Rule* r = VerticalRuleAt(rules, w, w.box.x1 - reach, w.box.x1 + 2)) {
        w.text.pop_back();
        w.box.x1 = std::max(w.box.x0 + 1, std::min(w.box.x1, r->x0 - r->width / 2 - 1));
      }
    }
  }
}

// Tesseract reads a vertical table border as a word "|" (or "l", "I", "[").
// Such words standing on a vertical rule are dropped; lines are re-indexed.
void DropBorderWords(Page& page, const std::vector<Rule>& rules) {
  static const std::array<std::string_view, 8> kStrokes{"|", "||", "l", "I", "[", "]", "!", "1"};
  DropWords(page, [&](const Word& w) {
    if (std::find(kStrokes.begin(), kStrokes.end(), w.text) == kStrokes.end()) return false;
    return std::any_of(rules.begin(), rules.end(), [&](const Rule& r) {
      return !r.horizontal() && std::abs(w.box.cx() - r.x0) <= std::max(2.0, w.box.width()) &&
             w.box.cy() >= r.y0 - 2 && w.box.cy() <= r.y1 + 2;
    });
  });
}

void DropSpeckWords(Page& page) {
  if (page.words.empty()) return;
  std::vector<double> heights;
  heights.reserve(page.words.size());
  for (const Word& w : page.words) heights.push_back(w.box.height());
  std::nth_element(heights.begin(), heights.begin() + static_cast<std::ptrdiff_t>(heights.size() / 2), heights.end());
  const double tiny = kSpeckWordHeight * heights[heights.size() / 2];
  std::vector<bool> alone(page.words.size(), false);
  for (const TextLine& line : page.lines)
    if (line.words.size() == 1) alone[static_cast<std::size_t>(line.words.front())] = true;
  static const std::array<std::string_view, 4> kDashes{"-", "\u2013", "\u2014", "\u2212"};
  std::size_t i = 0;
  DropWords(page, [&](const Word& w) {
    const bool lone = alone[i++];
    const auto letters = std::count_if(w.text.begin(), w.text.end(), [](char c) { return (c & 0xC0) != 0x80; });
    return lone && letters == 1 && w.box.height() < tiny &&
           std::find(kDashes.begin(), kDashes.end(), w.text) == kDashes.end();
  });
}

void DropMarksInLines(Page& page) {
  std::vector<bool> mark(page.words.size(), false);
  for (const TextLine& line : page.lines) {
    for (int index : line.words) {
      const Word& w = page.words[static_cast<std::size_t>(index)];
      if (HasLetterOrDigit(w.text)) continue;
      mark[static_cast<std::size_t>(index)] = std::any_of(page.lines.begin(), page.lines.end(), [&](const TextLine& other) {
        return &other != &line && w.box.cx() >= other.box.x0 && w.box.cx() <= other.box.x1 &&
               w.box.cy() >= other.box.y0 && w.box.cy() <= other.box.y1 &&
               std::any_of(other.words.begin(), other.words.end(),
                           [&](int o) { return HasLetterOrDigit(page.words[static_cast<std::size_t>(o)].text); });
      });
    }
  }
  std::size_t i = 0;
  DropWords(page, [&](const Word&) { return mark[i++]; });
}

namespace {

// True when every letter of `text` stands on the baseline (no g, p, у, д,
// no commas or brackets), so the foot of its ink box is the baseline.
bool FootOnBaseline(std::string_view text) {
  static constexpr std::string_view kDescenders = "gjpqyQJ,;()[]{}|/_";
  static constexpr std::array<std::string_view, 9> kCyrillicDescenders{"д", "р", "ф", "у", "ц", "щ", "ү", "Д", "Ц"};
  if (text.empty() || text.find_first_of(kDescenders) != std::string_view::npos) return false;
  return std::none_of(kCyrillicDescenders.begin(), kCyrillicDescenders.end(),
                      [&](std::string_view d) { return text.find(d) != std::string_view::npos; });
}

}  // namespace

// Tesseract fits one baseline to a line that joins the cells of a table row,
// though cells may sit a point or two apart; a piece cut from such a line
// takes its own baseline from the feet of its descender-free words.
void RefitLineBaseline(Page& page, const TextLine& piece) {
  std::vector<double> offsets;
  for (int i : piece.words) {
    const Word& w = page.words[static_cast<std::size_t>(i)];
    if (w.baseline > 0 && FootOnBaseline(w.text)) offsets.push_back(w.box.y1 - w.baseline);
  }
  if (offsets.empty()) return;
  std::nth_element(offsets.begin(), offsets.begin() + static_cast<std::ptrdiff_t>(offsets.size() / 2),
                   offsets.end());
  const double shift = offsets[offsets.size() / 2];
  std::vector<double> baselines;
  for (int i : piece.words) {
    Word& w = page.words[static_cast<std::size_t>(i)];
    if (w.baseline <= 0) continue;
    w.baseline += shift;
    baselines.push_back(w.baseline);
  }
  // A word Tesseract gave the baseline of another row takes the line's.
  std::nth_element(baselines.begin(), baselines.begin() + static_cast<std::ptrdiff_t>(baselines.size() / 2),
                   baselines.end());
  const double line_baseline = baselines[baselines.size() / 2];
  for (int i : piece.words) {
    Word& w = page.words[static_cast<std::size_t>(i)];
    if (w.baseline > 0 && std::abs(w.baseline - line_baseline) > kBaselineSpread * w.font_size)
      w.baseline = line_baseline;
  }
}

// Splits text lines where a vertical rule runs between two of their words:
// Tesseract may join the cells of a table row into one line (always when the
// horizontal borders were erased), a table cell's text never crosses a border.
void SplitLinesAtRules(Page& page, const std::vector<Rule>& rules) {
  std::vector<TextLine> out;
  for (const TextLine& line : page.lines) {
    TextLine piece;
    bool split = false;
    auto close = [&] {
      if (piece.words.empty()) return;
      if (split) RefitLineBaseline(page, piece);
      out.push_back(std::move(piece));
      piece = TextLine{};
    };
    for (std::size_t k = 0; k < line.words.size(); ++k) {
      const Word& w = page.words[static_cast<std::size_t>(line.words[k])];
      if (!piece.words.empty()) {
        const Word& prev = page.words[static_cast<std::size_t>(piece.words.back())];
        const bool border = std::any_of(rules.begin(), rules.end(), [&](const Rule& r) {
          return !r.horizontal() && r.x0 >= prev.box.x1 - 1 && r.x0 <= w.box.x0 + 1 &&
                 line.box.cy() >= r.y0 && line.box.cy() <= r.y1;
        });
        if (border) {
          split = true;
          close();
        }
      }
      piece.words.push_back(line.words[k]);
    }
    close();
  }
  page.lines = std::move(out);
  FinishLines(page);
}

double SureText(const Word& w, double floor) {
  if (w.confidence < floor) return 0;
  return w.confidence * static_cast<double>(text::CodePointCount(w.text));
}

double MeanConfidence(const std::vector<Word>& words) {
  double sum = 0;
  for (const Word& w : words) sum += w.confidence;
  return words.empty() ? 0 : sum / static_cast<double>(words.size());
}

// Words of `page` in the order of its lines, each line's words replaced by
// `replacement[line]` when that is not empty; lines re-indexed.
void ReplaceLineWords(Page& page, std::vector<std::vector<Word>>& replacement) {
  std::vector<Word> words;
  for (std::size_t li = 0; li < page.lines.size(); ++li) {
    TextLine& line = page.lines[li];
    std::vector<Word> mine;
    if (!replacement[li].empty()) {
      mine = std::move(replacement[li]);
    } else {
      for (int i : line.words) mine.push_back(std::move(page.words[static_cast<std::size_t>(i)]));
    }
    line.words.clear();
    for (Word& w : mine) {
      line.words.push_back(static_cast<int>(words.size()));
      words.push_back(std::move(w));
    }
  }
  page.words = std::move(words);
  FinishLines(page);
}

}  // namespace ogpx::ingest
