// The post-pass of Open(): legacy-font repair of text layers, then OCR of the
// pages without a usable text layer (none, or garbled beyond repair).
#include <vector>

#include "ingest/legacy_fonts.h"
#include "ingest/ocr.h"
#include "ingest/ocr_module.h"
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
    if (page.over_limit) {  // said why; rendering it would hit the same limit
      if (options.on_page) options.on_page({page.number, 0, false});
      continue;
    }
    bool wanted = options.ocr == OcrMode::kAlways || (options.ocr == OcrMode::kAuto && !page.has_text_layer);
    if (page.blank && !page.has_text_layer) {
      page.warnings.push_back({page.number, "blank_page",
                               "the page draws nothing (empty content streams, no text, no paths); not OCR'd"});
    } else if (wanted && !page.render_over_limit.empty()) {
      page.warnings.push_back({page.number, "page_over_limit", page.render_over_limit});
    } else if (wanted) {
      to_ocr.push_back(page.number);
    } else if (!page.has_text_layer) {
      page.warnings.push_back({page.number, "no_text_layer",
                               "page has no usable text layer and OCR is off (--ocr never)"});
    }
    const bool queued = !to_ocr.empty() && to_ocr.back() == page.number;  // told when its OCR is done
    if (options.on_page && !queued) options.on_page({page.number, 0, false});
  }
  if (to_ocr.empty()) return;
  OcrOptions ocr;
  ocr.max_pixels = options.limits.max_ocr_pixels;
  ocr.seconds_per_page = options.limits.ocr_seconds_per_page;
  std::vector<Page> scanned = OcrPagesThroughModule(doc.path, to_ocr, options, ocr);
  for (Page& ocr : scanned) {
    for (Page& page : doc.pages) {
      if (page.number != ocr.number) continue;
      // Keep what the text pass learnt about the page (its warnings), take
      // the words, lines and rules of the image.
      ocr.warnings.insert(ocr.warnings.begin(), page.warnings.begin(), page.warnings.end());
      if (ocr.width <= 0) {
        ocr.width = page.width;
        ocr.height = page.height;
        ocr.rotation = page.rotation;
      }
      page = std::move(ocr);
      ReleaseSlack(page);
      break;
    }
  }
}

}  // namespace ogpx::ingest
