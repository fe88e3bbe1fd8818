// Pictures of pages as PNG (page_image.h), in the OCR module
// (ocr_module.h): raster.h's grey rendering, scaled or cut with Leptonica,
// encoded with Leptonica's PNG writer.
#include "ingest/page_pictures.h"

#include <leptonica/allheaders.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "base/limits.h"
#include "ingest/page_image.h"
#include "ingest/raster.h"

namespace ogpx::ingest {
namespace {

Result<Png> Encode(Pix* pix, const std::string& file, int page) {
  l_uint8* data = nullptr;
  size_t size = 0;
  if (pix == nullptr || pixWriteMem(&data, &size, pix, IFF_PNG) != 0 || data == nullptr)
    return Error{ErrorKind::kInternal, file, page, "the page picture could not be encoded as PNG"};
  Png out{std::string(reinterpret_cast<const char*>(data), size), static_cast<int>(pixGetWidth(pix)),
          static_cast<int>(pixGetHeight(pix))};
  lept_free(data);
  return out;
}

// PagePictures with Poppler and Leptonica.
class RenderedPages : public PagePictures {
 public:
  explicit RenderedPages(const std::string& pdf_path)
      : path_(pdf_path), renderer_(std::make_unique<PageRenderer>(pdf_path)) {}

  bool ok() const override { return renderer_->ok(); }
  int page_count() const override { return renderer_->page_count(); }
  std::optional<std::pair<double, double>> PageSize(int number) const override {
    return renderer_->PageSize(number);
  }
  std::optional<Error> Render(int number, int dpi, int quarter_turns) override;
  Result<Png> Thumbnail(int width_px) const override;
  Result<Png> Crop(const Box& box) const override;

 private:
  std::string path_;
  std::unique_ptr<PageRenderer> renderer_;
  std::unique_ptr<RasterPage> page_;  // the last rendered page
  int number_ = 0;
};

std::optional<Error> RenderedPages::Render(int number, int dpi, int quarter_turns) {
  page_.reset();
  number_ = number;
  auto page = std::make_unique<RasterPage>(renderer_->Render(number, dpi, limits::kMaxOcrPixels));
  if (!page->image) {
    std::string why = "the page could not be rendered";
    for (const auto& w : page->warnings)
      if (w.code == "ocr_failed") why = w.message;
    return Error{ErrorKind::kDamaged, path_, number, why};
  }
  if (const int quads = ((quarter_turns % 4) + 4) % 4; quads != 0) {
    PixPtr turned(pixRotateOrth(page->image.get(), quads));
    if (!turned) return Error{ErrorKind::kInternal, path_, number, "the page picture could not be turned"};
    page->image = std::move(turned);
  }
  page_ = std::move(page);
  return std::nullopt;
}

Result<Png> RenderedPages::Thumbnail(int width_px) const {
  if (!page_) return Error{ErrorKind::kInternal, path_, number_, "no rendered page"};
  Pix* pix = page_->image.get();
  const double scale = std::min(1.0, static_cast<double>(width_px) / pixGetWidth(pix));
  if (scale >= 1.0) return Encode(pix, path_, number_);
  PixPtr small(pixScale(pix, static_cast<float>(scale), static_cast<float>(scale)));
  return Encode(small.get(), path_, number_);
}

Result<Png> RenderedPages::Crop(const Box& box) const {
  if (!page_) return Error{ErrorKind::kInternal, path_, number_, "no rendered page"};
  const double k = page_->dpi / 72.0;
  const int x0 = static_cast<int>(std::floor(box.x0 * k)), y0 = static_cast<int>(std::floor(box.y0 * k));
  const int x1 = static_cast<int>(std::ceil(box.x1 * k)), y1 = static_cast<int>(std::ceil(box.y1 * k));
  if (x1 <= x0 || y1 <= y0) return Error{ErrorKind::kInternal, path_, number_, "empty crop box"};
  Pix* src = page_->image.get();
  PixPtr out(pixCreate(x1 - x0, y1 - y0, 8));
  if (!out) return Error{ErrorKind::kInternal, path_, number_, "out of memory for a crop"};
  pixSetAll(out.get());  // white
  // The part of the box that is on the page.
  const int sx = std::max(0, x0), sy = std::max(0, y0);
  const int ex = std::min(static_cast<int>(pixGetWidth(src)), x1);
  const int ey = std::min(static_cast<int>(pixGetHeight(src)), y1);
  if (ex > sx && ey > sy) pixRasterop(out.get(), sx - x0, sy - y0, ex - sx, ey - sy, PIX_SRC, src, sx, sy);
  pixSetResolution(out.get(), static_cast<int>(page_->dpi), static_cast<int>(page_->dpi));
  return Encode(out.get(), path_, number_);
}

}  // namespace

std::unique_ptr<PagePictures> OpenPagePictures(const std::string& pdf_path) {
  return std::make_unique<RenderedPages>(pdf_path);
}

}  // namespace ogpx::ingest
