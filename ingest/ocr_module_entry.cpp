// The OCR module's factory (ocr_module.h): built into ogpx_ocr.so, and into
// the programs that link the OCR code itself (ocr_linked.cpp).
#include <cstring>

#include "base/module.h"
#include "ingest/ocr.h"
#include "ingest/ocr_module.h"
#include "ingest/page_pictures.h"

namespace ogpx::ingest {
namespace {

class TesseractModule final : public OcrModule {
 public:
  std::vector<Page> Ocr(const std::string& path, const std::vector<int>& pages, const Options& options,
                        const OcrOptions& ocr_options) const override {
    return OcrPages(path, pages, options, ocr_options);
  }
  std::unique_ptr<PagePictures> Pictures(const std::string& path) const override {
    return OpenPagePictures(path);
  }
};

}  // namespace
}  // namespace ogpx::ingest

extern "C" __attribute__((visibility("default"))) const void* ogpx_ocr_module(const char* build) {
  static const ogpx::ingest::TesseractModule module;
  if (build == nullptr || std::strcmp(build, ogpx::ModuleBuild()) != 0) return nullptr;
  return static_cast<const ogpx::ingest::OcrModule*>(&module);
}
