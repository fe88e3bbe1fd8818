// The command line of every subcommand, on CLI11 (Debian libcli11-dev):
// ogpx's help layout (the same text `--help`, `ogpx help COMMAND` and the
// man pages show), validators whose messages name the value, unknown
// options reported first with a "did you mean", and the options shared by
// the commands that read PDFs.
#pragma once

#include <CLI/CLI.hpp>

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/command.h"
#include "ingest/ingest.h"

namespace ogpx::cli {

// The app of `ogpx NAME` as `command` defines it, with -h/--help, ogpx's
// help layout and unknown arguments kept for ParseCommandLine to report.
// `run` is set to what runs once it has parsed.
std::unique_ptr<CLI::App> MakeCommandApp(const Command& command, std::function<int()>& run);

// The full help of a command (usage line, description, options by group,
// notes), as `ogpx NAME --help` prints it.
std::string HelpText(const CLI::App& app);
std::shared_ptr<CLI::FormatterBase> MakeHelpFormatter();  // the layout HelpText uses
// "  name   text" a line, the texts aligned and wrapped at 80 columns (a
// list inside a command's description).
std::string HelpList(const std::vector<std::pair<std::string, std::string>>& items);

// Parses `args` (the words after the command's name). Returns nullopt when
// the command should run; kExitOk after printing the help (-h, --help);
// kExitUsage after printing one line "ogpx: NAME: reason (see ogpx NAME
// --help)": an unknown option first (with the closest name, "did you
// mean"), then a surplus argument, then a missing or bad value.
std::optional<int> ParseCommandLine(CLI::App& app, std::vector<std::string> args);

// The name in `names` closest to `word` (a typo: a few letters off, or the
// start of the name); "" when none is close.
std::string Suggest(const std::string& word, const std::vector<std::string>& names);

// Validators. Each checks the text of the value before it is converted and
// says what was wrong with it ("--dpi: must be a whole number from 50 to
// 1200, not 'x'").
// One of `names`, any case; the value becomes the name as written here.
CLI::Validator Choice(std::vector<std::string> names);
// A whole number from `min` to `max`.
CLI::Validator WholeNumber(long long min, long long max);
// A day of the calendar YYYY-MM-DD (2026-02-30 is refused, through
// std::chrono::year_month_day), or a year YYYY.
CLI::Validator DayOrYear();
// Refuses "-": `what` says what the option names ("a folder of files").
CLI::Validator NotStandardStream(const std::string& what);

// An option naming a database (`name` "--db", "--from", "--to"): a SQLite
// file or a PostgreSQL URL (model::IsPostgresUrl; docs/cli.md), required,
// never "-". `what` begins its description ("the database (required; never
// created)"); the rest says what it may be.
CLI::Option* AddDatabaseOption(CLI::App& app, const std::string& name, std::string& db, const std::string& what);

// The options shared by the commands that read PDFs: --page, --ocr, --lang,
// --dpi, -j/--jobs and the limits of docs/limits.md.
struct PdfOptions {
  int page = 0;
  std::string ocr = "auto";
  std::string lang;
  int dpi = 300;
  int jobs = 0;
  static constexpr std::size_t kLimits = 7;
  std::array<int, kLimits> limits{};
  std::array<CLI::Option*, kLimits> limit_options{};
};
// `jobs_help` describes --jobs for this command; `with_page` adds --page.
void AddPdfOptions(CLI::App& app, PdfOptions& options, const std::string& jobs_help, bool with_page = true);
ingest::Options ToIngestOptions(const PdfOptions& options);

// Before any document: the OCR language data `options` may need is
// installed (ingest/ocr_languages.h). Otherwise prints "ogpx: COMMAND: ..."
// naming the missing Debian packages and returns kExitMissingDependency.
std::optional<int> CheckOcrData(const std::string& command, const ingest::Options& options);

}  // namespace ogpx::cli
