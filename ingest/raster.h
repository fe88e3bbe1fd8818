// raster: one PDF page rendered to an 8-bit grey Leptonica image for OCR.
//
// Internal to ingest (used by ocr.cpp and scan_rules.cpp); Leptonica types are
// only forward-declared so that this header needs no Leptonica include path.
//
// Coordinates: the image covers the page's crop box as displayed (page
// /Rotate applied), `dpi` pixels per inch in both directions, origin top-left;
// a pixel (x, y) is at page point (x * 72 / dpi, y * 72 / dpi).
//
// Thread-safety: a PageRenderer owns its own Poppler document and must be used
// by one thread at a time; several renderers on the same file may run in
// parallel (one per OCR worker). Nothing here throws: failures are returned
// as an empty image plus a Warning.
#pragma once

#include <atomic>
#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/status.h"

struct Pix;      // Leptonica
class PDFDoc;    // Poppler

namespace ogpx::ingest {

// Grey level (0 black .. 255 white) under which a pixel of a rendered or
// scanned page is ink: the one threshold of binarisation, speck removal and
// the fitting of word boxes to their ink.
inline constexpr int kInkGrey = 160;

// Owning pointer to a Leptonica image (pixDestroy on release).
struct PixDeleter {
  void operator()(Pix* pix) const;
};
using PixPtr = std::unique_ptr<Pix, PixDeleter>;

// 1 bpp image of the pixels of `image` darker than `threshold` (grey level
// under it): Leptonica's pixConvertTo1, without the copy of the whole page
// it makes first of an 8 bpp image (pixThresholdToBinary on the image
// itself, the same pixels). Null on failure.
PixPtr BinaryBelow(Pix* image, int threshold);

struct RasterPage {
  PixPtr image;                 // 8 bpp grey; null when rendering failed
  double dpi = 0;               // resolution actually used
  double width_pt = 0;          // page size in points, after rotation
  double height_pt = 0;
  int rotation = 0;             // /Rotate of the page (0, 90, 180, 270)
  std::vector<Warning> warnings;
};

class PageRenderer {
 public:
  // Opens `path` with Poppler. Check ok() before Render().
  explicit PageRenderer(const std::string& path);
  ~PageRenderer();
  PageRenderer(const PageRenderer&) = delete;
  PageRenderer& operator=(const PageRenderer&) = delete;

  bool ok() const;
  int page_count() const;

  // Width and height in points of 1-based page `number` as displayed (crop
  // box, /Rotate applied); nullopt when there is no such page or its box is
  // empty.
  std::optional<std::pair<double, double>> PageSize(int number) const;

  // Renders 1-based page `number` at `dpi`. When width * height in pixels
  // would exceed `max_pixels`, the resolution is lowered to fit and the page
  // gets a warning "ocr_resolution_reduced". A page that cannot be rendered
  // gives a null image and a warning "ocr_failed"; one whose rendering is
  // still going at `deadline`, or when `*cancel` (may be null) becomes true,
  // is abandoned: a null image and a warning "ocr_timeout".
  RasterPage Render(int number, int dpi, long long max_pixels,
                    std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::time_point::max(),
                    const std::atomic<bool>* cancel = nullptr);

 private:
  std::unique_ptr<PDFDoc> doc_;
};

// Resolution to render a page of `width_pt` x `height_pt` points at so that
// it holds at most `max_pixels` pixels: `dpi` itself when it fits.
double FitDpi(double width_pt, double height_pt, double dpi, long long max_pixels);

}  // namespace ogpx::ingest
