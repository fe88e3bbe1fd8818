// Tesseract through its C++ API: script detection and word/line extraction.
// See ocr_engine.h.
#include "ingest/ocr_engine.h"

#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/resultiterator.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <mutex>

#include "ingest/ocr.h"
#include "ingest/isolated.h"
#include "ingest/raster.h"
#include "ingest/ocr_reading.h"
#include "ingest/word_lines.h"

namespace ogpx::ingest {
namespace {

// A single line read again gives up after this long.
constexpr int kLineSeconds = 5;

std::atomic<long long> g_loads{0};
std::atomic<long long> g_engines{0};

// Engines not lent out, by tessdata dir. Never destroyed: engines given back
// stay loaded until the process ends, and Tesseract's own globals may be
// gone by the time static destructors run.
struct EnginePool {
  std::mutex mutex;
  std::map<std::string, std::vector<std::unique_ptr<OcrEngine>>> idle;
};

EnginePool& Pool() {
  static auto* pool = new EnginePool;
  return *pool;
}

}  // namespace

EngineLease::EngineLease(const std::string& tessdata_dir) : tessdata_(tessdata_dir) {
  {
    EnginePool& pool = Pool();
    std::lock_guard<std::mutex> lock(pool.mutex);
    auto it = pool.idle.find(tessdata_);
    if (it != pool.idle.end() && !it->second.empty()) {
      engine_ = std::move(it->second.back());
      it->second.pop_back();
    }
  }
  if (!engine_) {
    engine_ = std::make_unique<OcrEngine>(tessdata_);
    ++g_engines;
  }
}

EngineLease::~EngineLease() {
  if (!engine_) return;
  EnginePool& pool = Pool();
  try {
    std::lock_guard<std::mutex> lock(pool.mutex);
    pool.idle[tessdata_].push_back(std::move(engine_));
  } catch (...) {
    // No memory to keep it: the engine is dropped, the next lease makes one.
  }
}

EngineCounts CountEngines() { return {g_loads.load(), g_engines.load()}; }

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
  ++g_loads;
  if (api->Init(tessdata_.c_str(), lang.c_str(), mode) != 0) {
    error = "cannot load Tesseract language data '" + lang + "' from " + tessdata_;
    return nullptr;
  }
  api->SetVariable("debug_file", "/dev/null");
  return apis_.emplace(lang, std::move(api)).first->second.get();
}

ScriptGuess OcrEngine::DetectScript(Pix* image, double dpi, std::chrono::steady_clock::time_point deadline,
                                    const std::atomic<bool>* cancel) {
  ScriptGuess guess{"mon+eng", "", 0};  // reads both scripts: the safe default
  std::string error;
  tesseract::TessBaseAPI* api = Api("osd", error);
  if (api == nullptr || std::chrono::steady_clock::now() >= deadline) return guess;
  const float factor = dpi > 200 ? static_cast<float>(150.0 / dpi) : 1.0f;
  PixPtr small(factor < 1.0f ? pixScale(image, factor, factor) : pixClone(image));
  if (!small) return guess;
  // osd finds the page's blobs and lines first, which Tesseract's deadline
  // does not cover: in the OCR process (ingest/isolated.h), as Recognize.
  auto detect = [&]() -> std::string {
    api->SetPageSegMode(tesseract::PSM_OSD_ONLY);
    api->SetImage(small.get());
    api->SetSourceResolution(static_cast<int>(dpi * factor));
    int orient_deg = 0;
    float orient_conf = 0, script_conf = 0;
    const char* script = nullptr;
    std::string out;
    if (api->DetectOrientationScript(&orient_deg, &orient_conf, &script, &script_conf) && script != nullptr)
      out = std::to_string(orient_deg) + " " + std::to_string(orient_conf) + " " + std::to_string(script_conf) +
            " " + script;
    api->Clear();
    return out;
  };
  IsolatedResult run = RunIsolated(detect, deadline, cancel);
  if (run.status == IsolatedStatus::kNoProcess) run.output = detect();
  else if (run.status != IsolatedStatus::kOk) return guess;
  int orient_deg = 0;
  double orient_conf = 0, script_conf = 0;
  char script[64] = "";
  if (std::sscanf(run.output.c_str(), "%d %lf %lf %63s", &orient_deg, &orient_conf, &script_conf, script) != 4)
    return guess;
  guess.script = script;
  guess.confidence = script_conf;
  guess.orientation = ((orient_deg % 360) + 360) % 360;
  guess.orientation_confidence = orient_conf;
  if (guess.script == "Latin") guess.lang = "eng";
  return guess;
}


OcrStatus OcrEngine::Recognize(Pix* image, double dpi, const std::string& lang, std::chrono::steady_clock::time_point deadline,
                               int psm, const std::atomic<bool>* cancel, Page& page, std::string& error) {
  tesseract::TessBaseAPI* api = Api(lang, error);
  if (api == nullptr) return OcrStatus::kInitFailed;
  if (std::chrono::steady_clock::now() >= deadline) return OcrStatus::kTimeout;
  // Tesseract's own deadline stops its word recognition only; the process
  // around it stops the page layout analysis and paragraph detection too.
  Reading reading;
  IsolatedResult run = RunIsolated([&] { return EncodeReading(ReadPage(api, image, dpi, psm, deadline)); },
                                   deadline, cancel);
  switch (run.status) {
    case IsolatedStatus::kOk:
      if (!DecodeReading(run.output, reading)) {
        error = "the OCR process sent an incomplete reading";
        return OcrStatus::kFailed;
      }
      break;
    case IsolatedStatus::kTimeout:
      return OcrStatus::kTimeout;
    case IsolatedStatus::kCancelled:
      error = "cancelled";
      return OcrStatus::kCancelled;
    case IsolatedStatus::kFailed:
      error = run.error;
      return OcrStatus::kFailed;
    case IsolatedStatus::kNoProcess:  // no process to spare: read here, with Tesseract's deadline only
      reading = ReadPage(api, image, dpi, psm, deadline);
      break;
  }
  if (reading.status == ReadingStatus::kTimeout) return OcrStatus::kTimeout;
  if (reading.status == ReadingStatus::kFailed) {
    error = "Tesseract could not read the page";
    return OcrStatus::kFailed;
  }
  FixLines(reading.lines);
  for (WordLine& words : reading.lines) {
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

std::vector<WordLine> OcrEngine::ReadCrop(Pix* image, double dpi, const std::string& lang, const Box& points,
                                          double pad_x, double pad_y, int psm) {
  std::vector<WordLine> out;
  std::string error;
  tesseract::TessBaseAPI* api = Api(lang, error);
  if (api == nullptr) return out;
  const double px = dpi / 72.0;
  const int l = std::max(0, static_cast<int>((points.x0 - pad_x) * px));
  const int t = std::max(0, static_cast<int>((points.y0 - pad_y) * px));
  const int r = std::min(static_cast<int>(pixGetWidth(image)), static_cast<int>((points.x1 + pad_x) * px));
  const int b = std::min(static_cast<int>(pixGetHeight(image)), static_cast<int>((points.y1 + pad_y) * px));
  if (r <= l || b <= t) return out;
  BOX* rect = boxCreate(l, t, r - l, b - t);
  PixPtr clip(pixClipRectangle(image, rect, nullptr));
  boxDestroy(&rect);
  if (!clip) return out;
  // Tesseract wants white space round its text: a white margin, not the
  // page's, which may hold the borders.
  const int margin = static_cast<int>(dpi / 24);
  PixPtr crop(pixAddBorder(clip.get(), margin, pixGetDepth(clip.get()) == 1 ? 0 : 255));
  if (!crop) return out;
  api->SetPageSegMode(static_cast<tesseract::PageSegMode>(psm));
  api->SetImage(crop.get());
  api->SetSourceResolution(static_cast<int>(dpi));
  tesseract::ETEXT_DESC monitor;
  monitor.set_deadline_msecs(kLineSeconds * 1000);
  if (api->Recognize(&monitor) == 0 && !monitor.deadline_exceeded()) {
    out = Collect(api, 72.0 / dpi, l - margin, t - margin);
    FixLines(out);
  }
  api->Clear();
  return out;
}

std::vector<Word> OcrEngine::ReadLine(Pix* image, double dpi, const std::string& lang, const Box& points) {
  // A margin of a third of the line's height above and below keeps
  // ascenders and descenders; a narrow one at the sides keeps a table's
  // borders, a few points away, out of the line.
  std::vector<Word> out;
  for (WordLine& line : ReadCrop(image, dpi, lang, points, points.height() / 8, points.height() / 3,
                                 tesseract::PSM_SINGLE_LINE))
    for (Word& w : line) out.push_back(std::move(w));
  return out;
}

std::vector<WordLine> OcrEngine::ReadBlock(Pix* image, double dpi, const std::string& lang, const Box& points) {
  return ReadCrop(image, dpi, lang, points, 0, 0, tesseract::PSM_SINGLE_BLOCK);
}

}  // namespace ogpx::ingest
