// Opening the OCR module on first use; see ocr_module.h.
#include "ingest/ocr_module.h"

#include "base/module.h"

namespace ogpx::ingest {
namespace {

LazyModule& Module() {
  static LazyModule module(kOcrModuleFile, kOcrModuleSymbol, "OCR module");
  return module;
}

}  // namespace

void LinkOcrModule(const OcrModule* module) { Module().Link(module); }

const OcrModule* GetOcrModule(std::string& error) { return static_cast<const OcrModule*>(Module().Get(error)); }

std::vector<Page> OcrPagesThroughModule(const std::string& path, const std::vector<int>& pages,
                                        const Options& options, const OcrOptions& ocr_options) {
  std::string error;
  if (const OcrModule* module = GetOcrModule(error)) return module->Ocr(path, pages, options, ocr_options);
  std::vector<Page> out(pages.size());
  for (std::size_t i = 0; i < pages.size(); ++i) {
    out[i].number = pages[i];
    out[i].source = PageSource::kOcr;
    out[i].has_text_layer = false;
    out[i].warnings.push_back({pages[i], "ocr_failed", "OCR failed: " + error});
    if (options.on_page) options.on_page({pages[i], 0, true});
  }
  return out;
}

std::optional<Error> CheckOcrModule() {
  if (Module().linked()) return std::nullopt;
  std::string error;
  if (!FindModule(kOcrModuleFile, error).empty()) return std::nullopt;
  return Error{ErrorKind::kNotFound, "", std::nullopt,
               "OCR module missing: " + error + "; reinstall ogpx, or run with --ocr never"};
}

}  // namespace ogpx::ingest
