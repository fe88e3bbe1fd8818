// What ogpx decided for one document, in lines a person reads (`ingest
// --verbose`, `--log-file`, `extract --verbose`): the kind with the claims
// and their evidence, per page where its words came from (text layer or
// OCR, and why), the tables found, and the warnings.
#pragma once

#include <string>
#include <vector>

#include "extract/extract.h"
#include "ingest/ingest.h"
#include "model/domain.h"

namespace ogpx::cli {

// One line each, without the file's name:
//   kind action_plan, confidence 0.93; claims: action_plan 0.95 (12 template labels), order 0.10 (...)
//   languages: en
//   page 2: OCR (no usable text layer), 380 words, 41 lines
//   table 1: 12 x 5, ruled, pages 3-4
//   warning page 5: kind_uncertain: ...
std::vector<std::string> Explain(const ingest::Document& doc, const model::Document& extracted,
                                 const extract::ExtractReport& report, ingest::OcrMode ocr);

}  // namespace ogpx::cli
