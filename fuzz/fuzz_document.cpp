// A whole document from bytes: ingest::OpenBytes (Poppler, text layer,
// legacy-font repair; no OCR, which would only fuzz Tesseract slowly) and then
// extract::Extract, which classifies and reads it. Any input must give a
// Document or an Error naming the file, never a crash or a hang.
#include <string>

#include "extract/extract.h"
#include "fuzz/fuzz.h"
#include "ingest/ingest.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  ogpx::ingest::Options options;
  options.ocr = ogpx::ingest::OcrMode::kNever;
  options.last_page = 8;  // a long document only repeats the same parsers
  auto doc = ogpx::ingest::OpenBytes("fuzz.pdf", bytes, options);
  if (!doc) {
    if (doc.error().file != "fuzz.pdf" || doc.error().reason.empty()) std::abort();
    return 0;
  }
  (void)ogpx::extract::Extract(*doc);
  return 0;
}
