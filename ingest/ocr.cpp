// OcrPages: render, deskew, choose the language, read, find rules; in
// parallel, one Poppler document per worker and Tesseract engines borrowed
// from a pool that outlives documents (ocr_engine.h).
// See ocr.h for the contract.
#include "ingest/ocr.h"

#include <leptonica/allheaders.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>

#include <omp.h>

#include "ingest/ocr_cells.h"
#include "ingest/ocr_engine.h"
#include "ingest/ocr_image.h"
#include "ingest/ocr_ink.h"
#include "ingest/ocr_lines.h"
#include "ingest/ocr_reread.h"
#include "ingest/page_slots.h"
#include "ingest/raster.h"
#include "ingest/scan_cleanup.h"
#include "ingest/scan_rules.h"

namespace ogpx::ingest {
namespace {

// Tesseract languages of a page when none is forced: the mon model has no
// Latin letters, eng no Cyrillic; together they read either script.
constexpr const char* kBothScripts = "mon+eng";
// A page read with a mean confidence under this is checked for a turned
// scan (upright scans of the samples read at 89-95, turned ones at 45-65),
// and a page read turned upright with at least this confidence is taken
// without reading it as it lies; osd's orientation is trusted from
// kMinOrientationConfidence on.
constexpr double kUnreadConfidence = 75;
constexpr double kMinOrientationConfidence = 2.0;

// What Worker::ReadFirst leaves for Worker::Finish: the deskewed image, the
// language it was read with, the ink of its rules.
struct FirstReading {
  PixPtr image;
  std::string lang;
  RuleInk rule_ink;
};

class Worker {
 public:
  Worker(const std::string& path, const Options& options, const OcrOptions& ocr)
      : renderer_(path), tessdata_(ResolveTessdata(ocr.tessdata_dir)), options_(options), ocr_(ocr) {}

  // Reads page `number` with an engine borrowed for the page from the
  // process-wide pool, so that no more engines exist than pages being read
  // (a worker waiting for a batch's page slot holds none).
  Page Read(int number) {
    Page page = NewPage(number);
    try {
      engine_.emplace(tessdata_);
      ReadInto(page);
    } catch (const std::exception& e) {
      Empty(page, "ocr_failed", std::string("OCR failed: ") + e.what());
    } catch (...) {
      Empty(page, "ocr_failed", "OCR failed: unknown error");
    }
    engine_.reset();
    return page;
  }

 private:
  static Page NewPage(int number) {
    Page page;
    page.number = number;
    page.source = PageSource::kOcr;
    page.has_text_layer = false;
    return page;
  }

  // Always false: the page could not be read, and says why.
  static bool Empty(Page& page, const std::string& code, const std::string& message) {
    page.words.clear();
    page.lines.clear();
    page.rules.clear();
    page.warnings.push_back({page.number, code, message});
    return false;
  }

  // Empty() for ReadFirst.
  static std::optional<FirstReading> Fail(Page& page, const std::string& code, const std::string& message) {
    Empty(page, code, message);
    return std::nullopt;
  }

  void ReadInto(Page& page) {
    const auto start = std::chrono::steady_clock::now();
    // Everything Tesseract does for the page stops here (the OCR process is
    // killed, ocr_engine.h): its own limit, or the document's if sooner.
    deadline_ = start + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                            std::chrono::duration<double>(ocr_.seconds_per_page));
    document_limit_first_ = options_.deadline && *options_.deadline < deadline_;
    if (document_limit_first_) deadline_ = *options_.deadline;
    const int dpi = options_.ocr_dpi > 0 ? options_.ocr_dpi : limits::kDefaultOcrDpi;
    RasterPage raster = renderer_.Render(page.number, dpi, ocr_.max_pixels, deadline_, options_.cancel);
    page.width = raster.width_pt;
    page.height = raster.height_pt;
    page.rotation = raster.rotation;
    page.warnings = raster.warnings;
    if (!raster.image) return;  // Render() said why
    // The ink of the page as rendered (and cleaned): its binary image is
    // made once, for the speck removal, and read again by ReadFirst.
    PixPtr binary;
    if (ocr_.clean_up) RemoveSpeckle(raster.image.get(), raster.dpi, &binary);
    // Orientation, decided before the full reading where it can be (a page
    // read as it lies when it is turned costs several times an upright one:
    // layout of noise, hundreds of doubtful words read again). The cheap
    // tests first (ocr_image.h): text sideways, upside down, or lines of no
    // clear direction go to Tesseract's osd (150 dpi, a fraction of a
    // reading), and the page is read once, turned upright. Lines across
    // whose up and down the ink cannot tell (Cyrillic has few ascenders)
    // have a few words read both ways (ReadsUpsideDown): upside down, the
    // page is read once, turned half round. A turned reading under
    // kUnreadConfidence is weighed against the page read as it lies. A page
    // read as it lies with low confidence is still given to osd before the
    // second reading and the rest, and the better reading stays.
    InkImage ink_image;
    const InkOrientation ink =
        ocr_.orient ? OrientationByInk(raster.image.get(), raster.dpi, &ink_image) : InkOrientation::kUpright;
    std::optional<Page> turned;
    bool turned_first = false;  // the turned reading came before any reading as it lies
    if (ink == InkOrientation::kTurned || ink == InkOrientation::kUnsure) {
      turned = ReadTurned(page, raster, start, ink == InkOrientation::kTurned);
      turned_first = true;
    } else if (ink == InkOrientation::kAcross &&
               ReadsUpsideDown(raster.image.get(), raster.dpi, ink_image, engine(),
                               options_.ocr_lang.empty() ? kBothScripts : options_.ocr_lang)) {
      turned = ReadRotated(page, raster, start, 2);
      turned_first = true;
    }
    if (turned && MeanConfidence(turned->words) >= kUnreadConfidence) {
      page = std::move(*turned);
      return;
    }
    std::optional<FirstReading> first = ReadFirst(page, raster.image.get(), raster.dpi, std::move(binary));
    if (first && ocr_.orient && !turned_first &&
        (page.words.empty() || MeanConfidence(page.words) < kUnreadConfidence))
      turned = ReadTurned(page, raster, start);
    if (turned && MeanConfidence(turned->words) > MeanConfidence(page.words)) {
      page = std::move(*turned);
      return;
    }
    if (first) Finish(page, *first, raster.dpi, start);
  }

  // A page scanned sideways or upside down: Tesseract's osd says how the
  // text of `raster` is turned, and the page is read turned upright, with
  // the warning "page_turned". Nothing when osd finds the text upright or is
  // unsure, or nothing could be read. `turned_by_ink`: the ink's own test
  // found the page turned (OrientationByInk); then osd's sideways guess is
  // taken however unsure (a page of a few lines gives osd little to go on:
  // confidence 1.5 on the last page of a table), and the caller weighs the
  // reading against the page read as it lies when it is poor.
  std::optional<Page> ReadTurned(const Page& page, const RasterPage& raster,
                                 std::chrono::steady_clock::time_point start, bool turned_by_ink = false) {
    const ScriptGuess osd = engine().DetectScript(raster.image.get(), raster.dpi, deadline_, options_.cancel);
    const bool sideways = osd.orientation == 90 || osd.orientation == 270;
    if (osd.orientation == 0 ||
        (osd.orientation_confidence < kMinOrientationConfidence && !(turned_by_ink && sideways)))
      return std::nullopt;
    return ReadRotated(page, raster, start, (4 - osd.orientation / 90) % 4);  // the quarter turns that undo it
  }

  // The page `raster` read turned by `quads` clockwise quarter turns, with
  // the warning "page_turned"; nothing when nothing could be read.
  std::optional<Page> ReadRotated(const Page& page, const RasterPage& raster,
                                  std::chrono::steady_clock::time_point start, int quads) {
    PixPtr turned(pixRotateOrth(raster.image.get(), quads));
    if (!turned) return std::nullopt;
    Page again = NewPage(page.number);
    again.rotation = page.rotation;
    again.width = quads % 2 ? page.height : page.width;
    again.height = quads % 2 ? page.width : page.height;
    again.warnings = raster.warnings;
    ReadImage(again, turned.get(), raster.dpi, start);
    if (again.words.empty()) return std::nullopt;
    again.warnings.push_back({page.number, "page_turned",
                              "the page image was turned by " + std::to_string(quads * 90) +
                                  " degrees clockwise before OCR (scanned sideways or upside down); "
                                  "coordinates are those of the turned page"});
    return again;
  }

  // Everything after rendering: blank check, deskew, rules, Tesseract, the
  // clean-up of lines and borders, the second reading. False when nothing
  // was read (a blank page, a failure or a timeout, with its warning).
  bool ReadImage(Page& page, Pix* image, double dpi, std::chrono::steady_clock::time_point start) {
    std::optional<FirstReading> first = ReadFirst(page, image, dpi);
    if (first) Finish(page, *first, dpi, start);
    return first.has_value();
  }

  // ReadImage up to Tesseract's reading (words and lines in `page`, as
  // Tesseract read them); nothing when nothing was read (`page` says why).
  // `binary`: Binarize(image) when the caller has it already.
  std::optional<FirstReading> ReadFirst(Page& page, Pix* image, double dpi, PixPtr binary = nullptr) {
    if (!binary) binary = Binarize(image);
    if (!binary) return Fail(page, "ocr_failed", "OCR failed: cannot binarise the page image");
    if (IsBlank(binary.get())) {
      page.warnings.push_back({page.number, "blank_page", "no printed content found on the page image"});
      return std::nullopt;
    }
    float skew = 0;
    PixPtr upright = ocr_.deskew ? Deskew(image, binary.get(), skew) : PixPtr(pixClone(image));
    binary.reset();
    if (!upright) return Fail(page, "ocr_failed", "OCR failed: cannot deskew the page image");

    std::string lang = options_.ocr_lang;
    if (lang.empty()) {
      lang = ocr_.osd_script ? engine().DetectScript(upright.get(), dpi, deadline_, options_.cancel).lang : kBothScripts;
    }

    // Rule ink is found before reading and erased from the image Tesseract
    // sees; it becomes rules once the words are known.
    RuleInk rule_ink;
    if (options_.want_rules || ocr_.erase_rules) {
      ScanRuleOptions find;
      find.collect_erase = ocr_.erase_rules;
      rule_ink = FindRuleInk(upright.get(), dpi, find);
    }
    if (ocr_.erase_rules) EraseRuleInk(upright.get(), rule_ink);

    std::string error;
    switch (engine().Recognize(upright.get(), dpi, lang, deadline_, ocr_.page_seg_mode, options_.cancel, page,
                              error)) {
      case OcrStatus::kOk:
        break;
      case OcrStatus::kTimeout:
        return Fail(page, "ocr_timeout", TimeoutMessage());
      case OcrStatus::kCancelled:
        return Fail(page, "ocr_failed", "OCR cancelled: reading was interrupted");
      case OcrStatus::kInitFailed:
      case OcrStatus::kFailed:
        return Fail(page, "ocr_failed", "OCR failed: " + error);
    }

    if (page.words.size() > limits::kMaxWordsPerPage) {
      page.words.resize(limits::kMaxWordsPerPage);
      std::erase_if(page.lines, [](const TextLine& l) {
        return std::any_of(l.words.begin(), l.words.end(),
                           [](int i) { return i >= static_cast<int>(limits::kMaxWordsPerPage); });
      });
      page.warnings.push_back({page.number, "page_too_dense", "words beyond the per-page limit dropped"});
    }
    return FirstReading{std::move(upright), std::move(lang), std::move(rule_ink)};
  }

  // The rest of ReadImage after ReadFirst: rules, clean-up of lines and
  // borders, the second reading, words fitted to their ink.
  void Finish(Page& page, FirstReading& first, double dpi, std::chrono::steady_clock::time_point start) {
    Pix* upright = first.image.get();
    const std::string& lang = first.lang;
    ScanRules found = RulesFromInk(std::move(first.rule_ink), page.words);
    DropBorderWords(page, found.rules);
    TrimBorderLetters(page, found.rules);
    SplitLinesAtRules(page, found.rules);
    DropMarksInLines(page);
    RereadCells(page, RuledCells(found.rules, page.width, page.height), upright, dpi, lang, engine(), ocr_, start);
    Reread(page, upright, dpi, lang, options_.ocr_lang.empty(), engine(), ocr_, start);
    FitWordsToInk(page, upright, dpi, found.rules);
    for (const TextLine& line : page.lines) RefitLineBaseline(page, line);
    DropSpeckWords(page);
    if (options_.ocr_lang.empty()) FixOcrPageScript(page);
    if (options_.want_rules) {
      page.rules = std::move(found.rules);
      if (found.overflow) {
        page.rules.clear();
        page.warnings.push_back({page.number, "too_many_paths", "too many ruling lines found in the page image"});
      }
    }
  }

  // Why the page's OCR stopped: its own time limit or the document's.
  std::string TimeoutMessage() const {
    if (document_limit_first_)
      return "OCR of the page stopped at the document's time limit of " +
             std::to_string(options_.limits.document_seconds) +
             " seconds (limit document_seconds, --doc-seconds)";
    char seconds[32];
    std::snprintf(seconds, sizeof seconds, "%g", ocr_.seconds_per_page);
    return std::string("OCR of the page stopped at the limit of ") + seconds +
           " seconds per page (limit ocr_seconds_per_page, --ocr-seconds)";
  }

  PageRenderer renderer_;
  OcrEngine& engine() { return **engine_; }

  std::string tessdata_;
  std::optional<EngineLease> engine_;  // borrowed for the page being read
  const Options& options_;
  const OcrOptions& ocr_;
  std::chrono::steady_clock::time_point deadline_;  // of the page being read
  bool document_limit_first_ = false;               // deadline_ is the document's
};

}  // namespace

std::vector<Page> OcrPages(const std::string& path, const std::vector<int>& pages, const Options& options) {
  return OcrPages(path, pages, options, OcrOptions{});
}

std::vector<Page> OcrPages(const std::string& path, const std::vector<int>& pages,
                           const Options& options, const OcrOptions& ocr_options) {
  std::vector<Page> out(pages.size());
  if (pages.empty()) return out;
  // Leptonica reports what it refuses ("Error in boxClipToRectangle: box
  // outside rectangle", from Tesseract's layout on dense pages) on stderr;
  // what matters reaches the page's warnings. Its setting is process-wide.
  static std::once_flag quiet;
  std::call_once(quiet, [] { setMsgSeverity(L_SEVERITY_NONE); });
  std::size_t jobs = options.jobs > 0 ? static_cast<std::size_t>(options.jobs)
                                      : std::max(1u, std::thread::hardware_concurrency());
  jobs = std::min(jobs, pages.size());

  std::atomic<std::size_t> next{0};
  auto run = [&]() noexcept {
    // Pages are the unit of parallelism. Tesseract asks OpenMP for its own
    // threads with a fixed num_threads clause, which omp_set_num_threads does
    // not override; on a 2-core machine they spin and made a 36-page scan 4x
    // (--jobs 2) to 5x (--jobs 1) slower in wall time. Zero active levels
    // makes every parallel region run on the encountering thread. The
    // setting is per thread, so each worker makes it for itself.
    omp_set_max_active_levels(0);
    auto give_up = [&] {
      return (options.deadline && std::chrono::steady_clock::now() > *options.deadline) ||
             (options.cancel && options.cancel->load());
    };
    try {
      // The document is opened once this thread has a page to read.
      std::optional<Worker> worker;
      for (;;) {
        if (give_up()) break;
        PageSlot slot(options.page_slots, give_up);
        if (!slot.held()) break;
        const std::size_t i = next++;
        if (i >= pages.size()) break;
        if (!worker) worker.emplace(path, options, ocr_options);
        out[i] = worker->Read(pages[i]);
        if (options.on_page) options.on_page({pages[i], 0, true});
      }
    } catch (...) {
      // Worker set-up failed (out of memory): pages left unread are marked below.
    }
  };
  std::vector<std::thread> threads;
  for (std::size_t t = 1; t < jobs; ++t) {
    try {
      threads.emplace_back(run);
    } catch (const std::exception&) {
      break;  // fewer threads than asked: the others take their share
    }
  }
  run();
  for (std::thread& t : threads) t.join();

  for (std::size_t i = 0; i < pages.size(); ++i) {
    if (out[i].number == 0) {
      out[i].number = pages[i];
      out[i].source = PageSource::kOcr;
      out[i].warnings.push_back({pages[i], "ocr_failed", "OCR failed: worker could not start"});
    }
  }
  return out;
}

}  // namespace ogpx::ingest
