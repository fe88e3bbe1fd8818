// The post-pass of Open(): legacy-font repair of text layers, then OCR of the
// pages without a usable text layer (none, or garbled beyond repair).
#include <vector>

#include "ingest/legacy_fonts.h"
#include "ingest/page_text.h"

namespace ogpx::ingest {

void RepairAndOcr(Document& doc, const Options& options) {
  std::vector<int> to_ocr;
  for (Page& page : doc.pages) {
    if (page.has_text_layer) {
      RepairLegacyFonts(page);
      if (LooksGarbled(page)) {
        page.has_text_layer = false;
        page.warnings.push_back({page.number, "garbled_text_layer",
                                 "the text layer does not hold readable text; the page image is used"});
      }
    }
    bool wanted = options.ocr == OcrMode::kAlways || (options.ocr == OcrMode::kAuto && !page.has_text_layer);
    if (wanted) {
      to_ocr.push_back(page.number);
    } else if (!page.has_text_layer) {
      page.warnings.push_back({page.number, "no_text_layer",
                               "page has no usable text layer and OCR is off (--ocr never)"});
    }
  }
  for (Page& page : doc.pages)
    for (int n : to_ocr)
      if (n == page.number)
        page.warnings.push_back({page.number, "no_text_layer",
                                 "page has no usable text layer and OCR is not available in this build"});
}

}  // namespace ogpx::ingest
