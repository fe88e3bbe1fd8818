// Poppler (Splash, Mono8) rendering into Leptonica images. See raster.h.
#include "ingest/raster.h"

#include "ingest/poppler_globals.h"

#include <leptonica/allheaders.h>

// Poppler's private headers are not -Wextra clean.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-parameter"
#include <PDFDoc.h>
#include <SplashOutputDev.h>
#include <goo/GooString.h>
#include <splash/SplashBitmap.h>
#pragma GCC diagnostic pop

#include <cmath>
#include <cstring>
#include <exception>

namespace ogpx::ingest {

void PixDeleter::operator()(Pix* pix) const {
  if (pix != nullptr) pixDestroy(&pix);
}

double FitDpi(double width_pt, double height_pt, double dpi, long long max_pixels) {
  const double w = width_pt * dpi / 72.0;
  const double h = height_pt * dpi / 72.0;
  if (w * h <= static_cast<double>(max_pixels) || w <= 0 || h <= 0) return dpi;
  // Integer resolution that is guaranteed to fit (round down, then check).
  double fitted = std::floor(dpi * std::sqrt(static_cast<double>(max_pixels) / (w * h)));
  while (fitted > 1 && std::ceil(width_pt * fitted / 72.0) * std::ceil(height_pt * fitted / 72.0) >
                           static_cast<double>(max_pixels)) {
    fitted -= 1;
  }
  return fitted < 1 ? 1 : fitted;
}

PageRenderer::PageRenderer(const std::string& path) {
  try {
    InitPoppler();
    auto doc = std::make_unique<PDFDoc>(std::make_unique<GooString>(path));
    if (doc->isOk()) doc_ = std::move(doc);
  } catch (const std::exception&) {
    doc_.reset();
  }
}

PageRenderer::~PageRenderer() = default;

bool PageRenderer::ok() const { return doc_ != nullptr; }

int PageRenderer::page_count() const { return doc_ ? doc_->getNumPages() : 0; }

std::optional<std::pair<double, double>> PageRenderer::PageSize(int number) const {
  if (!doc_ || number < 1 || number > doc_->getNumPages()) return std::nullopt;
  try {
    double w = doc_->getPageCropWidth(number);
    double h = doc_->getPageCropHeight(number);
    const int rotation = ((doc_->getPageRotate(number) % 360) + 360) % 360;
    if (rotation == 90 || rotation == 270) std::swap(w, h);
    if (w <= 0 || h <= 0) return std::nullopt;
    return std::pair{w, h};
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

namespace {

// What PDFDoc::displayPage's abort callback looks at while it renders.
struct RenderStop {
  std::chrono::steady_clock::time_point deadline;
  const std::atomic<bool>* cancel;
  bool stopped = false;
};

bool StopRendering(void* data) {
  auto* stop = static_cast<RenderStop*>(data);
  stop->stopped = stop->stopped || (stop->cancel && stop->cancel->load()) ||
                  std::chrono::steady_clock::now() > stop->deadline;
  return stop->stopped;
}

}  // namespace

RasterPage PageRenderer::Render(int number, int dpi, long long max_pixels,
                                std::chrono::steady_clock::time_point deadline, const std::atomic<bool>* cancel) {
  RasterPage out;
  auto fail = [&](const std::string& why) {
    out.image.reset();
    out.warnings.push_back({number, "ocr_failed", "page could not be rendered for OCR: " + why});
    return std::move(out);
  };
  if (!doc_) return fail("the document could not be opened");
  if (number < 1 || number > doc_->getNumPages()) return fail("no such page");
  try {
    out.rotation = ((doc_->getPageRotate(number) % 360) + 360) % 360;
    const auto size = PageSize(number);
    if (!size) return fail("empty page box");
    out.width_pt = size->first;
    out.height_pt = size->second;
    out.dpi = FitDpi(out.width_pt, out.height_pt, dpi, max_pixels);
    if (out.dpi < dpi) {
      out.warnings.push_back({number, "ocr_resolution_reduced",
                              "rendered at " + std::to_string(static_cast<int>(out.dpi)) +
                                  " dpi instead of " + std::to_string(dpi) +
                                  " to stay under the OCR pixel limit of " +
                                  std::to_string(max_pixels)});
    }
    SplashColor paper;
    paper[0] = 255;
    SplashOutputDev device(splashModeMono8, 4, false, paper);
    device.startDoc(doc_.get());
    RenderStop stop{deadline, cancel};
    doc_->displayPage(&device, number, out.dpi, out.dpi, 0, /*useMediaBox=*/false,
                      /*crop=*/true, /*printing=*/false, &StopRendering, &stop);
    if (stop.stopped) {
      out.image.reset();
      out.warnings.push_back({number, "ocr_timeout", "rendering the page for OCR was stopped at its time limit"});
      return out;
    }
    SplashBitmap* bitmap = device.getBitmap();
    if (bitmap == nullptr || bitmap->getWidth() <= 0 || bitmap->getHeight() <= 0) {
      return fail("empty bitmap");
    }
    const int bw = bitmap->getWidth();
    const int bh = bitmap->getHeight();
    PixPtr pix(pixCreate(bw, bh, 8));
    if (!pix) return fail("out of memory");
    const unsigned char* src = bitmap->getDataPtr();
    const int row_size = bitmap->getRowSize();
    l_uint32* dst = pixGetData(pix.get());
    const int wpl = pixGetWpl(pix.get());
    for (int y = 0; y < bh; ++y) {
      const unsigned char* row = src + static_cast<std::ptrdiff_t>(y) * row_size;
      l_uint32* line = dst + static_cast<std::ptrdiff_t>(y) * wpl;
      for (int x = 0; x < bw; ++x) SET_DATA_BYTE(line, x, row[x]);
    }
    pixSetResolution(pix.get(), static_cast<int>(out.dpi), static_cast<int>(out.dpi));
    out.image = std::move(pix);
  } catch (const std::exception& e) {
    return fail(e.what());
  }
  return out;
}

}  // namespace ogpx::ingest
