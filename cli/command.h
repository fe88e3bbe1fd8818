// One ogpx subcommand: parse its own arguments, run, return an exit code
// (docs/cli.md): 0 ok, 1 some inputs failed, 2 usage, 3 done with warnings,
// 4 output not written, 5 OCR language data missing.
// Each subcommand lives in its own cli/cmd_<name>.cpp; main.cpp lists them.
#pragma once

#include <string>
#include <vector>

namespace ogpx::cli {

enum ExitCode : int {
  kExitOk = 0,
  kExitInputFailed = 1,   // at least one input could not be read
  kExitUsage = 2,         // bad command line
  kExitWarnings = 3,      // done, but with warnings (only with --strict)
  kExitInternal = 4,      // database or output could not be written
  kExitOcrData = 5,       // OCR language data missing (checked before any document)
};

struct Command {
  const char* name;
  const char* summary;    // one line for `ogpx --help`
  const char* help;       // full text for `ogpx NAME --help`
  int (*run)(const std::vector<std::string>& args);
};

// Prints "ogpx: <message>" to stderr.
void PrintError(const std::string& message);

}  // namespace ogpx::cli
