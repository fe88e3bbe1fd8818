// ResolveTessdata (ocr_engine.h): in ogpx itself (the language data check,
// ocr_languages.h) and in the OCR module.
#include <cstdlib>
#include <string>

#include "ingest/ocr_engine.h"

#ifndef OGPX_TESSDATA_HINT
#define OGPX_TESSDATA_HINT "/usr/share/tesseract-ocr/5/tessdata"
#endif

namespace ogpx::ingest {

std::string ResolveTessdata(const std::string& configured) {
  if (!configured.empty()) return configured;
  if (const char* env = std::getenv("TESSDATA_PREFIX"); env != nullptr && *env != '\0') return env;
  return OGPX_TESSDATA_HINT;
}

}  // namespace ogpx::ingest
