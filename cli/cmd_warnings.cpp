// ogpx warnings: the registry of warning codes (base/diagnostics.h) as
// Markdown, the text of docs/warnings.md.
#include <iostream>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "cli/command.h"

namespace ogpx::cli {

extern const char kWarningsHelp[] =
    "usage: ogpx warnings\n"
    "\n"
    "Prints every warning code ogpx may write, with its meaning, as Markdown\n"
    "(the text of docs/warnings.md). Warnings are {page, code, message} in the\n"
    "database and in the ogpx/1 JSON: a loss is never silent.\n";

int RunWarnings(const std::vector<std::string>& args) {
  if (!args.empty()) {
    PrintError("warnings: takes no arguments (see ogpx warnings --help)");
    return kExitUsage;
  }
  std::cout << diag::Markdown();
  return kExitOk;
}

}  // namespace ogpx::cli
