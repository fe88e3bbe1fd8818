// page_image: pictures of a PDF's pages for people to look at (the review
// site of `ogpx review`, `ogpx tables --format html --images`): a page
// rendered once in grey with Poppler, then written as PNG whole (scaled down,
// a thumbnail) or in regions (crops).
//
// Coordinates: boxes are in PDF points, origin top-left of the page as
// displayed (page /Rotate applied), as everywhere in ingest/ingest.h.
//
// Thread-safety: a PageImages owns its own Poppler document and must be used
// by one thread at a time. Nothing here throws: failures are Errors naming
// the file and the page.
//
// The drawing is done by the OCR module (ingest/ocr_module.h), opened by
// the first PageImages: when it cannot be opened, ok() is false and error()
// says why (the module's path and the loader's reason).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/status.h"
#include "ingest/ingest.h"

namespace ogpx::ingest {

class PagePictures;

// A PNG file's bytes and its size in pixels.
struct Png {
  std::string bytes;
  int width_px = 0;
  int height_px = 0;
};

class PageImages {
 public:
  // Opens `pdf_path` with Poppler; check ok() (false: missing, not a PDF,
  // encrypted) before anything else.
  explicit PageImages(const std::string& pdf_path);
  ~PageImages();
  PageImages(const PageImages&) = delete;
  PageImages& operator=(const PageImages&) = delete;

  bool ok() const;
  // Why ok() is false when the OCR module could not be opened; "" otherwise.
  const std::string& error() const { return error_; }
  int page_count() const;
  // Width and height of 1-based page `number` in points; nullopt when there
  // is no such page.
  std::optional<std::pair<double, double>> PageSize(int number) const;

  // Renders page `number` at `dpi` pixels per inch (lowered to stay under
  // limits::kMaxOcrPixels), turned `quarter_turns` times 90 degrees
  // clockwise (a scan OCR read turned upright: warning "page_turned", whose
  // boxes are those of the turned page), and keeps it for Thumbnail() and
  // Crop().
  std::optional<Error> Render(int number, int dpi, int quarter_turns = 0);

  // The whole rendered page scaled to `width_px` pixels wide (never
  // enlarged), as PNG.
  Result<Png> Thumbnail(int width_px) const;
  // Region `box` of the rendered page at the rendering's resolution, as PNG.
  // The picture covers exactly `box`: parts of it outside the page are
  // white. An empty box is an Error.
  Result<Png> Crop(const Box& box) const;

 private:
  std::string path_;
  std::unique_ptr<PagePictures> pictures_;  // the module's; null when it cannot be opened
  std::string error_;
};

// Quarter turns clockwise that OCR gave page `page` before reading it, from
// its "page_turned" warning among `warnings` ("turned by 270 degrees"); 0
// when it was not turned.
int QuarterTurns(const std::vector<Warning>& warnings, int page);

}  // namespace ogpx::ingest
