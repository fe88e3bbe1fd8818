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
    if (guess.script == "Latin") guess.lang = "eng";
  }
  api->Clear();
  return guess;
}

OcrStatus OcrEngine::Recognize(Pix* image, double dpi, const std::string& lang, double seconds,
                               Page& page, std::string& error) {
  tesseract::TessBaseAPI* api = Api(lang, error);
  if (api == nullptr) return OcrStatus::kInitFailed;
  api->SetPageSegMode(tesseract::PSM_AUTO);
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
  std::unique_ptr<tesseract::ResultIterator> it(api->GetIterator());
  if (it) {
    const auto word_level = tesseract::RIL_WORD;
    std::vector<Word> line_words;
    auto flush = [&] {
      if (line_words.empty()) return;
      std::vector<std::string> texts;
      for (const Word& w : line_words) texts.push_back(w.text);
      FixOcrLine(texts);
      TextLine line;
      for (std::size_t i = 0; i < line_words.size(); ++i) {
        if (texts[i].empty()) continue;
        line_words[i].text = texts[i];
        line.box = line.words.empty() ? line_words[i].box : Union(line.box, line_words[i].box);
        line.words.push_back(static_cast<int>(page.words.size()));
        page.words.push_back(std::move(line_words[i]));
      }
      if (!line.words.empty()) page.lines.push_back(std::move(line));
      line_words.clear();
    };
    double row_height = 0;
    do {
      if (it->Empty(word_level)) continue;
      if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE)) {
        flush();
        float height = 0, descenders = 0, ascenders = 0;
        it->RowAttributes(&height, &descenders, &ascenders);
        row_height = height;
      }
      std::unique_ptr<char[]> text(it->GetUTF8Text(word_level));
      // Ruling lines come back as "words" of white space: skip them.
      const std::string word_text = text ? Trim(text.get()) : std::string();
      if (word_text.empty()) continue;
      int l = 0, t = 0, r = 0, b = 0;
      if (!it->BoundingBox(word_level, &l, &t, &r, &b)) continue;
      Word w;
      w.text = word_text;
      w.box = {l * scale, t * scale, r * scale, b * scale};
      w.confidence = std::clamp(static_cast<double>(it->Confidence(word_level)), 0.0, 100.0);
      w.font_size = row_height > 0 ? row_height * scale * kRowHeightToEm : w.box.height();
      line_words.push_back(std::move(w));
    } while (it->Next(word_level));
    flush();
  }
  api->Clear();
  return OcrStatus::kOk;
}

}  // namespace ogpx::ingest
