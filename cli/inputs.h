// Expanding command-line paths into the PDF files to process.
#pragma once

#include <istream>
#include <string>
#include <vector>

namespace ogpx::cli {

// Files are taken as given; folders are searched recursively for *.pdf (any
// case), sorted by path so that batches are deterministic; "-" stands for the
// paths read from `stdin_paths`, one a line (blank lines ignored), each
// expanded the same way. Symbolic links to folders are not followed (a link
// loop cannot make the search endless); a *.pdf entry that is a dangling or
// looping link is kept, like paths that do not exist, so that reading it
// reports the error with its name.
std::vector<std::string> ExpandInputs(const std::vector<std::string>& paths, std::istream& stdin_paths);

}  // namespace ogpx::cli
