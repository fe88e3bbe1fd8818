// One ogpx subcommand: parse its own arguments, run, return an exit code
// (docs/cli.md): 0 ok, 1 some inputs failed, 2 usage, 3 done with warnings,
// 4 output not written, 5 OCR language data missing.
// Each subcommand lives in its own cli/cmd_<name>.cpp; main.cpp lists them.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/store.h"

namespace ogpx::cli {

enum ExitCode : int {
  kExitOk = 0,
  kExitInputFailed = 1,   // at least one input could not be read
  kExitUsage = 2,         // bad command line
  kExitWarnings = 3,      // done, but with warnings (only with --strict)
  kExitInternal = 4,      // database or output could not be written
  kExitOcrData = 5,       // OCR language data missing (checked before any document)
  kExitSignalBase = 128,  // + the signal: 130 SIGINT, 143 SIGTERM (ingest stopped, cli/interrupt.h)
};

struct Command {
  const char* name;
  const char* summary;    // one line for `ogpx --help`
  const char* help;       // full text for `ogpx NAME --help`
  int (*run)(const std::vector<std::string>& args);
};

// Prints "ogpx: <message>" to stderr.
void PrintError(const std::string& message);

// Opens the database a command (status, search, remove) works on: it must
// exist (it is never created here) and be ogpx's; `access` kRead opens it
// read-only (a read-only file in a read-only folder works, model/store.h).
// On failure prints the reason naming the file, sets `exit_code` and
// returns nullopt.
std::optional<model::Store> OpenExistingStore(const std::string& db, int& exit_code,
                                              model::Store::Access access = model::Store::Access::kRead);

}  // namespace ogpx::cli
