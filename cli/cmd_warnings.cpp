// ogpx warnings: the registry of warning codes (base/diagnostics.h) as
// Markdown, the text of docs/warnings.md.
#include <iostream>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "cli/command_line.h"

namespace ogpx::cli {

namespace {

std::function<int()> DefineWarnings(CLI::App& app) {
  app.description(
      "Prints every warning code ogpx may write, with its meaning, as Markdown\n"
      "(the text of docs/warnings.md). Warnings are {page, code, message} in the\n"
      "database and in the ogpx/1 JSON: a loss is never silent.\n");
  app.footer("exit: 0 done; 2 usage\n");
  return [] {
    std::cout << diag::Markdown();
    return kExitOk;
  };
}

}  // namespace

extern const Command kWarningsCommand{"warnings", "list every warning code with its meaning", DefineWarnings};

}  // namespace ogpx::cli
