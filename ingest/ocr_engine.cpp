// Tesseract through its C++ API: script detection and word/line extraction.
// See ocr_engine.h.
#include "ingest/ocr_engine.h"

#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/resultiterator.h>

#include <algorithm>
#include <cstdlib>

#include "ingest/ocr.h"
#include "ingest/raster.h"

#ifndef OGPX_TESSDATA_HINT
#define OGPX_TESSDATA_HINT "/usr/share/tesseract-ocr/5/tessdata"
#endif

namespace ogpx::ingest {
namespace {

// Type size from Tesseract's row height (x-height plus ascenders): measured
// 0.92 em on Liberation Serif/Sans scans (docs/ocr.md).
constexpr double kRowHeightToEm = 1.0 / 0.92;
// A single line read again gives up after this long.
constexpr int kLineSeconds = 5;

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

}  // namespace

std::string ResolveTessdata(const std::string& configured) {
  if (!configured.empty()) return configured;
  if (const char* env = std::getenv("TESSDATA_PREFIX"); env != nullptr && *env != '\0') return env;
  return OGPX_TESSDATA_HINT;
}

OcrEngine::OcrEngine(std::string tessdata_dir) : tessdata_(std::move(tessdata_dir)) {}

OcrEngine::~OcrEngine() {
  for (auto& [lang, api] : apis_) api->End();
}

tesseract::TessBaseAPI* OcrEngine::Api(const std::string& lang, std::string& error) {
  auto it = apis_.find(lang);
  if (it != apis_.end()) return it->second.get();
  auto api = std::make_unique<tesseract::TessBaseAPI>();
  const auto mode = lang == "osd" ? tesseract::OEM_TESSERACT_ONLY : tesseract::OEM_LSTM_ONLY;
  // Quiet: Tesseract's diagnostics would otherwise go to stderr.
  api->SetVariable("debug_file", "/dev/null");
  if (api->Init(tessdata_.c_str(), lang.c_str(), mode) != 0) {
    error = "cannot load Tesseract language data '" + lang + "' from " + tessdata_;
    return nullptr;
  }
  api->SetVariable("debug_file", "/dev/null");
  return apis_.emplace(lang, std::move(api)).first->second.get();
}

ScriptGuess OcrEngine::DetectScript(Pix* image, double dpi) {
  ScriptGuess guess{"mon+eng", "", 0};  // reads both scripts: the safe default
  std::string error;
  tesseract::TessBaseAPI* api = Api("osd", error);
  if (api == nullptr) return guess;
  const float factor = dpi > 200 ? static_cast<float>(150.0 / dpi) : 1.0f;
  PixPtr small(factor < 1.0f ? pixScale(image, factor, factor) : pixClone(image));
  if (!small) return guess;
  api->SetPageSegMode(tesseract::PSM_OSD_ONLY);
  api->SetImage(small.get());
  api->SetSourceResolution(static_cast<int>(dpi * factor));
  int orient_deg = 0;
  float orient_conf = 0, script_conf = 0;
  const char* script = nullptr;
  if (api->DetectOrientationScript(&orient_deg, &orient_conf, &script, &script_conf) && script != nullptr) {
    guess.script = script;
    guess.confidence = script_conf;
    guess.orientation = ((orient_deg % 360) + 360) % 360;
    guess.orientation_confidence = orient_conf;
    if (guess.script == "Latin") guess.lang = "eng";
  }
  api->Clear();
  return guess;
}

namespace {

using WordLine = std::vector<Word>;

// Lines of words of the last Recognize() of `api`, in Tesseract's reading
// order, OCR confusions repaired (page points; `scale` = 72 / dpi).
std::vector<WordLine> Collect(tesseract::TessBaseAPI* api, double scale, int left = 0, int top = 0) {
  std::vector<WordLine> lines;
  std::unique_ptr<tesseract::ResultIterator> it(api->GetIterator());
  if (!it) return lines;
  const auto word_level = tesseract::RIL_WORD;
  WordLine current;
  auto flush = [&] {
    if (current.empty()) return;
    std::vector<std::string> texts;
    for (const Word& w : current) texts.push_back(w.text);
    FixOcrLine(texts);
    WordLine line;
    for (std::size_t i = 0; i < current.size(); ++i) {
      if (texts[i].empty()) continue;
      current[i].text = texts[i];
      line.push_back(std::move(current[i]));
    }
    if (!line.empty()) lines.push_back(std::move(line));
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

Box BoxOf(const WordLine& line) {
  Box box = line.front().box;
  for (const Word& w : line) box = Union(box, w.box);
  return box;
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

}  // namespace

OcrStatus OcrEngine::Recognize(Pix* image, double dpi, const std::string& lang, double seconds, int psm,
                               Page& page, std::string& error) {
  tesseract::TessBaseAPI* api = Api(lang, error);
  if (api == nullptr) return OcrStatus::kInitFailed;
  api->SetPageSegMode(psm >= tesseract::PSM_AUTO && psm < tesseract::PSM_COUNT
                          ? static_cast<tesseract::PageSegMode>(psm)
                          : tesseract::PSM_AUTO);
  api->SetImage(image);
  api->SetSourceResolution(static_cast<int>(dpi));
  tesseract::ETEXT_DESC monitor;
  monitor.set_deadline_msecs(std::max(1, static_cast<int>(seconds * 1000)));
  const int rc = api->Recognize(&monitor);
  if (monitor.deadline_exceeded()) {
    api->Clear();
    error = "Tesseract stopped after " + std::to_string(static_cast<int>(seconds)) + " s";
    return OcrStatus::kTimeout;
  }
  if (rc != 0) {
    api->Clear();
    error = "Tesseract could not read the page";
    return OcrStatus::kFailed;
  }
  const double scale = 72.0 / dpi;
  std::vector<WordLine> lines;
  std::vector<Box> columns;  // narrow columns taken for vertical text, overlapping ones joined
  for (WordLine& line : Collect(api, scale)) {
    if (!Vertical(line)) {
      lines.push_back(std::move(line));
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
  AttachNumbers(reread, lines);
  api->Clear();

  for (WordLine& words : lines) {
    TextLine line;
    line.box = BoxOf(words);
    for (Word& w : words) {
      line.words.push_back(static_cast<int>(page.words.size()));
      page.words.push_back(std::move(w));
    }
    page.lines.push_back(std::move(line));
  }
  return OcrStatus::kOk;
}

std::vector<Word> OcrEngine::ReadLine(Pix* image, double dpi, const std::string& lang, const Box& points) {
  std::vector<Word> out;
  std::string error;
  tesseract::TessBaseAPI* api = Api(lang, error);
  if (api == nullptr) return out;
  const double px = dpi / 72.0;
  // A margin of a third of the line's height above and below keeps
  // ascenders and descenders; a narrow one at the sides keeps a table's
  // borders, a few points away, out of the line.
  const double pad_y = points.height() / 3, pad_x = points.height() / 8;
  const int l = std::max(0, static_cast<int>((points.x0 - pad_x) * px));
  const int t = std::max(0, static_cast<int>((points.y0 - pad_y) * px));
  const int r = std::min(static_cast<int>(pixGetWidth(image)), static_cast<int>((points.x1 + pad_x) * px));
  const int b = std::min(static_cast<int>(pixGetHeight(image)), static_cast<int>((points.y1 + pad_y) * px));
  if (r <= l || b <= t) return out;
  BOX* rect = boxCreate(l, t, r - l, b - t);
  PixPtr clip(pixClipRectangle(image, rect, nullptr));
  boxDestroy(&rect);
  if (!clip) return out;
  // Tesseract wants white space round a line: a white margin, not the
  // page's, which may hold the borders.
  const int margin = static_cast<int>(dpi / 24);
  PixPtr crop(pixAddBorder(clip.get(), margin, pixGetDepth(clip.get()) == 1 ? 0 : 255));
  if (!crop) return out;
  api->SetPageSegMode(tesseract::PSM_SINGLE_LINE);
  api->SetImage(crop.get());
  api->SetSourceResolution(static_cast<int>(dpi));
  tesseract::ETEXT_DESC monitor;
  monitor.set_deadline_msecs(kLineSeconds * 1000);
  if (api->Recognize(&monitor) == 0 && !monitor.deadline_exceeded()) {
    for (WordLine& line : Collect(api, 72.0 / dpi, l - margin, t - margin))
      for (Word& w : line) out.push_back(std::move(w));
  }
  api->Clear();
  return out;
}

}  // namespace ogpx::ingest
