// One ogpx subcommand: it declares its options on a CLI11 app
// (cli/command_line.h), runs, and returns an exit code (docs/cli.md).
// Each subcommand lives in its own cli/cmd_<name>.cpp; main.cpp lists them.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "base/status.h"
#include "model/store.h"

namespace CLI {
class App;
}

namespace ogpx::cli {

// The exit codes of every command (docs/cli.md, `ogpx --help`).
enum ExitCode : int {
  kExitOk = 0,
  kExitInputFailed = 1,        // at least one input could not be read
  kExitUsage = 2,              // bad command line (option, value, missing argument)
  kExitWarnings = 3,           // done, but with warnings (only with --strict)
  kExitOutputFailed = 4,       // the database or an output file could not be written
  kExitMissingDependency = 5,  // OCR language data missing (checked before any document)
  kExitInternal = 70,          // a bug in ogpx (sysexits' EX_SOFTWARE): please report it
  kExitSignalBase = 128,       // + the signal: 130 SIGINT, 143 SIGTERM (ingest stopped, cli/interrupt.h)
};

// What a command was doing when an Error came back: reading its inputs (the
// PDFs, the database it reads) or writing its outputs (the database it
// writes, the report, exported files).
enum class Doing { kReading, kWriting };

// The one mapping from an Error to an exit code: kUsage is a usage error (2)
// whatever the command was doing; otherwise a failed read is 1 and a failed
// write is 4.
int ExitCodeFor(const Error& error, Doing doing);

struct Command {
  const char* name;
  const char* summary;  // one line for `ogpx --help`
  // Declares the command's description, options and notes on `app`, and
  // returns what runs once `app` has parsed the command line.
  std::function<int()> (*define)(CLI::App& app);
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
