// Linked into programs that carry the OCR code themselves (the tests, the
// fuzz targets, bench/ocr_bench): the OCR module is this program's own
// (ocr_module.h), and no ogpx_ocr.so is opened.
#include "base/module.h"
#include "ingest/ocr_module.h"

namespace {

const bool g_linked = [] {
  ogpx::ingest::LinkOcrModule(static_cast<const ogpx::ingest::OcrModule*>(ogpx_ocr_module(ogpx::ModuleBuild())));
  return true;
}();

}  // namespace
