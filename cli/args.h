// A small command-line parser shared by the subcommands: positional
// arguments, "--name value" / "--name=value" options and "--flag" switches.
// Unknown options are errors, so typos never pass silently.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "ingest/ingest.h"

namespace ogpx::cli {

class Args {
 public:
  // `with_value`: options that take a value; `flags`: switches.
  Args(std::set<std::string> with_value, std::set<std::string> flags)
      : with_value_(std::move(with_value)), flags_(std::move(flags)) {}

  // Parses `args`; on failure returns false and sets error().
  bool Parse(const std::vector<std::string>& args);

  const std::vector<std::string>& positional() const { return positional_; }
  bool Has(const std::string& name) const { return values_.count(name) > 0; }
  std::string Get(const std::string& name, const std::string& fallback = "") const;
  // An integer option; nullopt (and error()) when present but not a number.
  std::optional<int> GetInt(const std::string& name, int fallback);
  const std::string& error() const { return error_; }

 private:
  std::set<std::string> with_value_, flags_;
  std::vector<std::string> positional_;
  std::map<std::string, std::string> values_;
  std::string error_;
};

// Reads the options every PDF-reading command shares (--page N, --ocr MODE,
// --lang L, --dpi N, --jobs N) into ingest options; false and `error` on a
// bad value.
bool IngestOptionsFrom(Args& args, ingest::Options& options, std::string& error);

// The option names IngestOptionsFrom understands (for Args construction).
std::set<std::string> IngestOptionNames();

// The command line of a command that reads one PDF: FILE.pdf, the shared
// ingest options and the command's own `extra` options (with values) and
// `flags`. On a usage error it prints "ogpx: COMMAND: reason" and returns
// nullopt (exit with kExitUsage).
struct PdfCommandLine {
  Args args;
  ingest::Options options;
  std::string file;
};
std::optional<PdfCommandLine> ParsePdfCommandLine(const std::string& command,
                                                  const std::vector<std::string>& argv,
                                                  const std::set<std::string>& extra,
                                                  const std::set<std::string>& flags = {});

// Exit code for a failed ingest::Open.
int ExitCodeFor(const Error& error);

// Before any document: the OCR language data `options` may need is
// installed (ingest/ocr_languages.h). Otherwise prints "ogpx: COMMAND: ..."
// naming the missing Debian packages and returns kExitOcrData.
std::optional<int> CheckOcrData(const std::string& command, const ingest::Options& options);

}  // namespace ogpx::cli
