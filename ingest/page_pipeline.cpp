// The post-pass of Open(): legacy-font repair and OCR of pages without a
// usable text layer.
#include <vector>

#include "ingest/page_text.h"

namespace ogpx::ingest {

void RepairAndOcr(Document& doc, const Options& options) {
  for (Page& page : doc.pages) {
    if (page.has_text_layer && options.ocr != OcrMode::kAlways) continue;
    if (options.ocr == OcrMode::kNever) {
      if (!page.has_text_layer)
        page.warnings.push_back({page.number, "no_text_layer",
                                 "page has no usable text layer and OCR is off (--ocr never)"});
      continue;
    }
    page.warnings.push_back({page.number, "no_text_layer",
                             "page has no usable text layer and OCR is not available in this build"});
  }
}

}  // namespace ogpx::ingest
