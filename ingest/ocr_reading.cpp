// A page read by Tesseract, as words in page points (ocr_reading.h).
#include "ingest/ocr_reading.h"

#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/resultiterator.h>

#include <algorithm>
#include <memory>

#include "ingest/ocr.h"

namespace ogpx::ingest {
namespace {

// Type size from Tesseract's row height (x-height plus ascenders): measured
// 0.92 em on Liberation Serif/Sans scans (docs/ocr.md).
constexpr double kRowHeightToEm = 1.0 / 0.92;

Box Union(const Box& a, const Box& b) {
  return {std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1), std::max(a.y1, b.y1)};
}

std::string Trim(const char* s) {
  std::string t(s);
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!t.empty() && space(t.back())) t.pop_back();
  std::size_t b = 0;
  while (b < t.size() && space(t[b])) ++b;
  return t.substr(b);
}

// A "line" much taller than wide: Tesseract's layout took a narrow column
// (the numbers of a numbered list) for vertical text and read it as garbage.
bool Vertical(const WordLine& line) {
  const Box box = BoxOf(line);
  return box.height() > 3 * box.width() && box.height() > 36;
}

bool IsNumeral(const std::string& s) {
  std::size_t digits = 0;
  while (digits < s.size() && s[digits] >= '0' && s[digits] <= '9') ++digits;
  return digits > 0 && (digits == s.size() || (digits + 1 == s.size() && (s.back() == '.' || s.back() == ',')));
}

// Joins each one-word line of `numbers` (re-read from a narrow column) with
// the lone "." that the main pass kept from "12." at the start of the line on
// the same row just to its right; other re-read lines stay lines of their own.
void AttachNumbers(std::vector<WordLine>& numbers, std::vector<WordLine>& lines) {
  for (WordLine& number : numbers) {
    if (number.size() != 1 || !IsNumeral(number[0].text)) {
      lines.push_back(std::move(number));
      continue;
    }
    const Box nb = number[0].box;
    WordLine* target = nullptr;
    for (WordLine& line : lines) {
      const Box lb = BoxOf(line);
      const bool same_row = nb.cy() >= lb.y0 && nb.cy() <= lb.y1;
      const double gap = line.front().box.x0 - nb.x1;
      // Only where the main pass kept the number's "." (or ",") as the
      // line's first word: a number in a table's "No." cell is not part of
      // the next cell's text.
      const bool split = line.front().text == "." || line.front().text == ",";
      if (split && same_row && gap > -2 && gap < 3 * std::max(1.0, nb.height())) {
        target = &line;
        break;
      }
    }
    if (target == nullptr) {
      lines.push_back(std::move(number));
      continue;
    }
    Word& first = target->front();
    std::string digits = number[0].text;
    while (!digits.empty() && (digits.back() == '.' || digits.back() == ',')) digits.pop_back();
    first.text = digits + ".";
    first.box = Union(first.box, nb);
    first.confidence = std::min(first.confidence, number[0].confidence);
  }
  numbers.clear();
}

// Milliseconds from now to `deadline`, at least 1 (Tesseract takes 0 as none).
int MillisecondsTo(std::chrono::steady_clock::time_point deadline) {
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
  return static_cast<int>(std::clamp<long long>(ms.count(), 1, 1LL << 30));
}

}  // namespace

Box BoxOf(const WordLine& line) {
  Box box = line.front().box;
  for (const Word& w : line) box = Union(box, w.box);
  return box;
}

// Lines of words of the last Recognize() of `api`, in Tesseract's reading
// order, as Tesseract read them (page points; `scale` = 72 / dpi).
std::vector<WordLine> Collect(tesseract::TessBaseAPI* api, double scale, int left, int top) {
  std::vector<WordLine> lines;
  std::unique_ptr<tesseract::ResultIterator> it(api->GetIterator());
  if (!it) return lines;
  const auto word_level = tesseract::RIL_WORD;
  WordLine current;
  auto flush = [&] {
    if (!current.empty()) lines.push_back(std::move(current));
    current.clear();
  };
  double row_height = 0;
  // The line's baseline, pixels: y = base_y0 + slope * (x - base_x0).
  double base_x0 = 0, base_y0 = 0, slope = 0;
  bool has_base = false;
  do {
    if (it->Empty(word_level)) continue;
    if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE)) {
      flush();
      float height = 0, descenders = 0, ascenders = 0;
      it->RowAttributes(&height, &descenders, &ascenders);
      row_height = height;
      int x1 = 0, y1 = 0, x2 = 0, y2 = 0;
      has_base = it->Baseline(tesseract::RIL_TEXTLINE, &x1, &y1, &x2, &y2);
      base_x0 = x1;
      base_y0 = y1;
      slope = has_base && x2 != x1 ? static_cast<double>(y2 - y1) / (x2 - x1) : 0;
    }
    std::unique_ptr<char[]> text(it->GetUTF8Text(word_level));
    // Ruling lines come back as "words" of white space: skip them.
    const std::string word_text = text ? Trim(text.get()) : std::string();
    if (word_text.empty()) continue;
    int l = 0, t = 0, r = 0, b = 0;
    if (!it->BoundingBox(word_level, &l, &t, &r, &b)) continue;
    Word w;
    w.text = word_text;
    l += left;
    r += left;
    t += top;
    b += top;
    w.box = {l * scale, t * scale, r * scale, b * scale};
    w.confidence = std::clamp(static_cast<double>(it->Confidence(word_level)), 0.0, 100.0);
    w.font_size = row_height > 0 ? row_height * scale * kRowHeightToEm : w.box.height();
    if (has_base) w.baseline = (top + base_y0 + slope * ((l + r) / 2.0 - left - base_x0)) * scale;
    current.push_back(std::move(w));
  } while (it->Next(word_level));
  flush();
  return lines;
}

// The whole reading of a page by `api`: layout, recognition, narrow columns
// read again (run in the OCR process, ingest/isolated.h). Words as Tesseract
// read them; FixLines repairs them.
Reading ReadPage(tesseract::TessBaseAPI* api, Pix* image, double dpi, int psm,
                 std::chrono::steady_clock::time_point deadline) {
  Reading out;
  api->SetPageSegMode(psm >= tesseract::PSM_AUTO && psm < tesseract::PSM_COUNT
                          ? static_cast<tesseract::PageSegMode>(psm)
                          : tesseract::PSM_AUTO);
  api->SetImage(image);
  api->SetSourceResolution(static_cast<int>(dpi));
  tesseract::ETEXT_DESC monitor;
  monitor.set_deadline_msecs(MillisecondsTo(deadline));
  const int rc = api->Recognize(&monitor);
  if (monitor.deadline_exceeded() || std::chrono::steady_clock::now() > deadline) {
    api->Clear();
    out.status = ReadingStatus::kTimeout;
    return out;
  }
  if (rc != 0) {
    api->Clear();
    out.status = ReadingStatus::kFailed;
    return out;
  }
  const double scale = 72.0 / dpi;
  std::vector<Box> columns;  // narrow columns taken for vertical text, overlapping ones joined
  for (WordLine& line : Collect(api, scale)) {
    if (!Vertical(line)) {
      out.lines.push_back(std::move(line));
      continue;
    }
    Box box = BoxOf(line);
    auto overlaps = [&](const Box& o) {
      return o.x0 <= box.x1 && box.x0 <= o.x1 && o.y0 <= box.y1 && box.y0 <= o.y1;
    };
    auto it = std::find_if(columns.begin(), columns.end(), overlaps);
    if (it != columns.end()) *it = Union(*it, box);
    else columns.push_back(box);
  }
  std::vector<WordLine> reread;
  for (const Box& box : columns) {
    // Read the narrow column again as one block of horizontal lines, with a
    // margin on the left: its box may have lost the first digit of "10.".
    const int pad = static_cast<int>(dpi / 50);
    const int l = std::max(0, static_cast<int>((box.x0 - box.width()) / scale) - pad);
    const int t = std::max(0, static_cast<int>(box.y0 / scale) - pad);
    const int r = std::min(static_cast<int>(pixGetWidth(image)), static_cast<int>(box.x1 / scale) + pad);
    const int b = std::min(static_cast<int>(pixGetHeight(image)), static_cast<int>(box.y1 / scale) + pad);
    if (r <= l || b <= t) continue;
    api->SetPageSegMode(tesseract::PSM_SINGLE_BLOCK);
    api->SetRectangle(l, t, r - l, b - t);
    if (api->Recognize(&monitor) != 0 || monitor.deadline_exceeded()) continue;  // the garbage goes
    for (WordLine& again : Collect(api, scale)) reread.push_back(std::move(again));
  }
  AttachNumbers(reread, out.lines);
  api->Clear();
  out.status = ReadingStatus::kOk;
  return out;
}

// Predictable OCR confusions repaired line by line (FixOcrLine); words and
// lines left empty are dropped.
void FixLines(std::vector<WordLine>& lines) {
  for (WordLine& line : lines) {
    std::vector<std::string> texts;
    for (const Word& w : line) texts.push_back(w.text);
    FixOcrLine(texts);
    WordLine fixed;
    for (std::size_t i = 0; i < line.size(); ++i) {
      if (texts[i].empty()) continue;
      line[i].text = texts[i];
      fixed.push_back(std::move(line[i]));
    }
    line = std::move(fixed);
  }
  std::erase_if(lines, [](const WordLine& l) { return l.empty(); });
}

}  // namespace ogpx::ingest
