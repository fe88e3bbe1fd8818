// Expanding command-line paths into the PDF files to process.
#pragma once

#include <string>
#include <vector>

namespace ogpx::cli {

// Files are taken as given; folders are searched recursively for *.pdf (any
// case), sorted by path so that batches are deterministic. Paths that do not
// exist are kept, so that reading them reports the error with their name.
std::vector<std::string> ExpandInputs(const std::vector<std::string>& paths);

}  // namespace ogpx::cli
