// Small PDFs written by tests: the objects given (object 1 first, numbered
// in order), a cross-reference table with their offsets and a trailer whose
// /Root is object 1. Test helper only; pure.
#pragma once

#include <string>
#include <vector>

namespace ogpx::testing {

std::string PdfFromObjects(const std::vector<std::string>& objects);

}  // namespace ogpx::testing
