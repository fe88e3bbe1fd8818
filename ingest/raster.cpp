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
#include <splash/Splash.h>
#include <splash/SplashBitmap.h>
#pragma GCC diagnostic pop

#include <cmath>
#include <cstdint>
#include <cstring>
#include <exception>

namespace ogpx::ingest {

void PixDeleter::operator()(Pix* pix) const {
  if (pix != nullptr) pixDestroy(&pix);
}

PixPtr BinaryBelow(Pix* image, int threshold) {
  if (image == nullptr) return nullptr;
  if (pixGetDepth(image) == 8 && pixGetColormap(image) == nullptr)
    return PixPtr(pixThresholdToBinary(image, threshold));
  return PixPtr(pixConvertTo1(image, threshold));
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

// The 8-bit page of `device` (drawn with its alpha channel kept) on paper
// of grey `paper`, as a Leptonica image; null when out of memory. A pixel
// drawn opaque keeps its grey, one never drawn is paper. Where something
// was drawn partly transparent (anti-aliased edges of text and vectors),
// Splash's own compositing is run on the whole page first, so the image is
// the one Splash gives when it composites at the end of the page.
PixPtr CopyOntoPaper(SplashOutputDev& device, unsigned char paper) {
  SplashBitmap* bitmap = device.getBitmap();
  const int bw = bitmap->getWidth();
  const int bh = bitmap->getHeight();
  PixPtr pix(pixCreateNoInit(bw, bh, 8));
  if (!pix) return nullptr;
  const unsigned char* src = bitmap->getDataPtr();
  const unsigned char* alpha = bitmap->getAlphaPtr();
  const std::ptrdiff_t row_size = bitmap->getRowSize();
  auto* dst = reinterpret_cast<unsigned char*>(pixGetData(pix.get()));
  const std::ptrdiff_t dst_row = static_cast<std::ptrdiff_t>(pixGetWpl(pix.get())) * 4;
  bool partly = false;
  for (int y = 0; y < bh && !partly; ++y) {
    const unsigned char* __restrict row = src + y * row_size;
    const unsigned char* __restrict a = alpha != nullptr ? alpha + static_cast<std::ptrdiff_t>(y) * bw : nullptr;
    unsigned char* __restrict out = dst + y * dst_row;
    std::memcpy(out, row, static_cast<std::size_t>(bw));
    if (a != nullptr) {
      // Opaque runs (a scan: all of it) are looked at eight pixels at a time.
      auto paint = [&](int from, int to) {
        for (int x = from; x < to; ++x) {
          if (a[x] == 0) out[x] = paper;
          else if (a[x] != 255) partly = true;
        }
      };
      int x = 0;
      for (; x + 8 <= bw; x += 8) {
        std::uint64_t eight;
        std::memcpy(&eight, a + x, sizeof eight);
        if (eight != ~std::uint64_t{0}) paint(x, x + 8);
      }
      paint(x, bw);
    }
    std::memset(out + bw, 0, static_cast<std::size_t>(dst_row - bw));  // Leptonica's padding bits
  }
  if (partly) {
    SplashColor color;
    color[0] = paper;
    device.getSplash()->compositeBackground(color);
    for (int y = 0; y < bh; ++y) {
      unsigned char* out = dst + y * dst_row;
      std::memcpy(out, src + y * row_size, static_cast<std::size_t>(bw));
      std::memset(out + bw, 0, static_cast<std::size_t>(dst_row - bw));
    }
  }
  // Leptonica keeps the bytes of a 32-bit word in big-endian order.
  pixEndianByteSwap(pix.get());
  return pix;
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
    // No paper colour at construction keeps Splash's alpha channel: the
    // page is not composited onto the paper at its end (a pass over every
    // pixel), the copy below does it. The paper colour is set all the same,
    // so the page is cleared and drawn exactly as with it.
    SplashOutputDev device(splashModeMono8, 4, false, nullptr);
    device.setPaperColor(paper);
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
    PixPtr pix = CopyOntoPaper(device, paper[0]);
    if (!pix) return fail("out of memory");
    pixSetResolution(pix.get(), static_cast<int>(out.dpi), static_cast<int>(out.dpi));
    out.image = std::move(pix);
  } catch (const std::exception& e) {
    return fail(e.what());
  }
  return out;
}

}  // namespace ogpx::ingest
