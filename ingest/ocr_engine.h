// ocr_engine: one OCR worker's Tesseract engines (internal to ingest/ocr*).
//
// An OcrEngine holds one TessBaseAPI per language string it has been asked
// for ("osd", "eng", "mon+eng", ...), each initialised once (LSTM only) when
// a page first needs it and reused for every page after. Not thread-safe:
// one worker uses it at a time. Engines outlive documents: a worker borrows
// one from a process-wide pool (EngineLease) for each page it reads, so a
// batch loads each language once per engine, and no more engines exist than
// pages were ever read at once. Engines are initialised
// in ogpx's own process, before the OCR process is forked (ingest/isolated.h),
// which then finds them loaded. Nothing here throws past its caller's catch
// in ocr.cpp.
//
// Pixel coordinates in, page points out: a pixel (x, y) of the image given is
// at point (x * 72 / dpi, y * 72 / dpi).
#pragma once

#include <atomic>
#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "ingest/ingest.h"
#include "ingest/word_lines.h"

struct Pix;  // Leptonica
namespace tesseract {
class TessBaseAPI;
}

namespace ogpx::ingest {

// Which language data directory to use: `configured` if set, else
// $TESSDATA_PREFIX, else the build's hint (OGPX_TESSDATA_HINT).
std::string ResolveTessdata(const std::string& configured);

struct ScriptGuess {
  std::string lang;          // "eng" (Latin) or "mon+eng" (Cyrillic)
  std::string script;        // Tesseract's script name, "" when undetected
  double confidence = 0;
  int orientation = 0;       // clockwise turn of the text on the image: 0, 90, 180, 270
  double orientation_confidence = 0;
};

enum class OcrStatus { kOk, kTimeout, kCancelled, kInitFailed, kFailed };

class OcrEngine {
 public:
  explicit OcrEngine(std::string tessdata_dir);
  ~OcrEngine();
  OcrEngine(const OcrEngine&) = delete;
  OcrEngine& operator=(const OcrEngine&) = delete;

  // Script and orientation of the text on `image` (Tesseract osd on a
  // half-size copy), in the OCR process (ingest/isolated.h) stopped at
  // `deadline` or on `cancel`; the default guess (mon+eng, upright) then.
  ScriptGuess DetectScript(Pix* image, double dpi, std::chrono::steady_clock::time_point deadline,
                           const std::atomic<bool>* cancel = nullptr);

  // Reads `image` with `lang`; appends words and lines (page points) to
  // `page`. `error` says why when not kOk. The whole reading (layout
  // analysis, recognition, paragraphs) runs in the OCR process
  // (ingest/isolated.h), killed at `deadline` (kTimeout) or once `*cancel`
  // (may be null) is true (kCancelled); Tesseract's own deadline stops its
  // word recognition sooner. `psm` is a tesseract::PageSegMode (3 =
  // automatic layout, 6 = one block).
  OcrStatus Recognize(Pix* image, double dpi, const std::string& lang, std::chrono::steady_clock::time_point deadline,
                      int psm, const std::atomic<bool>* cancel, Page& page, std::string& error);

  // Reads the region `points` (page points) of `image` again as one text
  // line with `lang`; the words, in page points, left to right. Empty when
  // nothing was read or the engine cannot start.
  std::vector<Word> ReadLine(Pix* image, double dpi, const std::string& lang, const Box& points);

  // Reads the region `points` (page points; a table cell inside its
  // borders) again as one block of text lines with `lang`: the lines, in
  // page points, top to bottom. Empty when nothing was read.
  std::vector<WordLine> ReadBlock(Pix* image, double dpi, const std::string& lang, const Box& points);

 private:
  // `points` widened by `pad_x` and `pad_y`, cropped with a white margin and
  // read in page segmentation mode `psm`; lines repaired (FixLines).
  std::vector<WordLine> ReadCrop(Pix* image, double dpi, const std::string& lang, const Box& points, double pad_x,
                                 double pad_y, int psm);
  tesseract::TessBaseAPI* Api(const std::string& lang, std::string& error);

  std::string tessdata_;
  std::map<std::string, std::unique_ptr<tesseract::TessBaseAPI>> apis_;
};

// An engine for `tessdata_dir` borrowed from the process-wide pool for as
// long as the lease lives (one page of a worker), then given back with
// the languages it loaded. A new engine is made only when every pooled one
// for that directory is out. Borrowing and giving back are thread-safe.
class EngineLease {
 public:
  explicit EngineLease(const std::string& tessdata_dir);
  ~EngineLease();
  EngineLease(const EngineLease&) = delete;
  EngineLease& operator=(const EngineLease&) = delete;
  OcrEngine* operator->() const { return engine_.get(); }
  OcrEngine& operator*() const { return *engine_; }

 private:
  std::string tessdata_;
  std::unique_ptr<OcrEngine> engine_;
};

// Statistics of this process, for tests and benches: Tesseract language
// loads (TessBaseAPI::Init calls, one per engine and language string) and
// engines made.
struct EngineCounts {
  long long loads = 0;
  long long engines = 0;
};
EngineCounts CountEngines();

}  // namespace ogpx::ingest
