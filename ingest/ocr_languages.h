// ocr_languages: is the OCR language data a run may need installed? Checked
// once before any document is read (issue 18: fail fast, lose nothing).
//
// Which languages: none with OcrMode::kNever; with Options::ocr_lang forced,
// each part of it ("mon+eng" -> mon, eng) and osd (turned pages); otherwise
// the automatic choice's eng and mon, and osd. A language is installed when
// <tessdata>/<lang>.traineddata is a readable file, the tessdata directory
// being OcrOptions::tessdata_dir's rule (ResolveTessdata: $TESSDATA_PREFIX,
// else the build's). Pure file checks; thread-safe; never throws.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/status.h"
#include "ingest/ingest.h"

namespace ogpx::ingest {

// The Tesseract languages OCR with `options` may load, in a stable order.
std::vector<std::string> OcrLanguagesNeeded(const Options& options);

// Debian's package for a Tesseract language ("mon" -> "tesseract-ocr-mon").
std::string TesseractPackage(const std::string& lang);

// Nothing when every language OCR with `options` may need is installed in
// `tessdata_dir` ("" = the default directory); else an Error of kind
// kNotFound, no file, whose reason names each missing language, the
// directory, and the Debian packages to install. With OCR on, the OCR
// module's file (ingest/ocr_module.h) is looked for first (not opened): an
// Error of the same kind names where it was looked for when it is missing.
std::optional<Error> CheckOcrLanguages(const Options& options, const std::string& tessdata_dir = "");

}  // namespace ogpx::ingest
