// ocr_module: the boundary between ogpx and its OCR module (internal to
// ingest/). Everything that needs Tesseract or Leptonica (ocr*.cpp,
// raster.cpp, scan_*.cpp, page_pictures.cpp) is built into the shared
// module ogpx_ocr.so, which the ogpx executable does not link: it is opened
// (base/module.h) the first time a page needs OCR or a picture, so that a
// run without either never loads Tesseract, Leptonica and the libraries
// they bring (docs/performance.md "Start-up").
//
// Across the boundary: one C-linkage factory, ogpx_ocr_module(build), and
// the two interfaces below, compiled from the same headers on both sides
// (the factory refuses another build). Programs that link the OCR code
// itself (tests, benches: the library ogpx_ocr_code) link ocr_linked.cpp,
// which hands it to LinkOcrModule() before main, and nothing is opened.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/status.h"
#include "ingest/ingest.h"
#include "ingest/ocr.h"
#include "ingest/page_image.h"

namespace ogpx::ingest {

// Pictures of one PDF's pages (what page_image.h's PageImages does; see
// there for the contract). One thread at a time.
class PagePictures {
 public:
  virtual ~PagePictures() = default;
  virtual bool ok() const = 0;
  virtual int page_count() const = 0;
  virtual std::optional<std::pair<double, double>> PageSize(int number) const = 0;
  virtual std::optional<Error> Render(int number, int dpi, int quarter_turns) = 0;
  virtual Result<Png> Thumbnail(int width_px) const = 0;
  virtual Result<Png> Crop(const Box& box) const = 0;
};

// What the module does for ogpx. Thread-safe as OcrPages is.
class OcrModule {
 public:
  // OcrPages (ocr.h).
  virtual std::vector<Page> Ocr(const std::string& path, const std::vector<int>& pages, const Options& options,
                                const OcrOptions& ocr_options) const = 0;
  // Pictures of the pages of the PDF at `path` (page_pictures.cpp).
  virtual std::unique_ptr<PagePictures> Pictures(const std::string& path) const = 0;

 protected:
  ~OcrModule() = default;  // the module's own, never deleted
};

// The module's file name and its factory's symbol.
inline constexpr const char* kOcrModuleFile = "ogpx_ocr.so";
inline constexpr const char* kOcrModuleSymbol = "ogpx_ocr_module";

// The OCR module: the linked one if any, else ogpx_ocr.so opened on the
// first call (once for the process; std::call_once). Null with `error`
// naming the module's path and why it cannot be opened.
const OcrModule* GetOcrModule(std::string& error);

// Makes `module` the one GetOcrModule returns, without opening any file
// (ocr_linked.cpp, before main).
void LinkOcrModule(const OcrModule* module);

// OcrPages through GetOcrModule(); when the module cannot be opened, every
// page comes back empty with the warning "ocr_failed" and the reason.
std::vector<Page> OcrPagesThroughModule(const std::string& path, const std::vector<int>& pages,
                                        const Options& options, const OcrOptions& ocr_options);

// Nothing when the module's file is found (or linked), without opening it:
// the cheap check made before any document is read (ocr_languages.h).
std::optional<Error> CheckOcrModule();

}  // namespace ogpx::ingest

// The module's factory: its OcrModule (as const void*) when `build` is the
// ModuleBuild() it was built with, else null.
extern "C" const void* ogpx_ocr_module(const char* build);
