// `ogpx status --db FILE.sqlite [filters] [--format text|csv|json|html]`: one row
// per milestone of every action plan in the database, from the view
// milestone_status (model::Store::MilestoneStatuses, docs/schema.md), with the
// latest status reported by the agencies, whether the milestone is overdue as
// of a day or has no report at all, and totals per lead agency.
//
// Output is deterministic: rows in the store's order (plan, commitment
// position, milestone position), fixed column order, no locale-dependent
// formatting; text fits the terminal (COLUMNS, else the terminal's width,
// else 100 columns); the database is never created.
#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include "cli/command_line.h"
#include "cli/dashboard.h"
#include "cli/status_output.h"
#include "cli/status_rows.h"
#include "export/csv.h"
#include "model/store.h"

namespace ogpx::cli {

namespace {

using model::MilestoneStatus;

// Width of the terminal text is written for: COLUMNS, else the terminal's,
// else 100 (a pipe or a file).
std::size_t TerminalWidth() {
  if (const char* c = std::getenv("COLUMNS")) {
    char* end = nullptr;
    long v = std::strtol(c, &end, 10);
    if (end != c && *end == '\0' && v >= 20 && v <= 10000) return static_cast<std::size_t>(v);
  }
  winsize ws{};
  if (::isatty(STDOUT_FILENO) && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 20)
    return ws.ws_col;
  return 100;
}

struct StatusArgs {
  std::string db, format = "text", as_of, review;
  StatusFilters filters;
  bool csv_raw = false, by_agency = false;
};

int RunStatus(const StatusArgs& a) {
  const StatusFilters& filters = a.filters;
  for (auto [name, field] : {std::pair{"agency", &filters.agency}, std::pair{"country", &filters.country},
                             std::pair{"plan", &filters.plan}})
    if (field->has_value() && field->value().empty()) {
      PrintError(std::string("status: --") + name + " needs a value");
      return kExitUsage;
    }
  std::optional<std::string> as_of_arg;
  if (!a.as_of.empty()) as_of_arg = a.as_of;
  const std::string& db = a.db;
  int open_failed = kExitOk;
  auto store = OpenExistingStore(db, open_failed);
  if (!store) return open_failed;
  auto run = QueryStatus(*store, as_of_arg, filters);
  if (!run) {
    PrintError(run.error().ToString());
    return ExitCodeFor(run.error(), Doing::kReading);
  }
  const auto& rows = run->rows;
  const auto& agencies = run->agencies;
  const std::string& as_of = run->as_of;
  const exporter::CsvOptions csv{.raw = a.csv_raw};
  std::ostringstream out;
  if (a.format == "html") {
    std::map<int64_t, std::string> links;
    if (!a.review.empty()) {
      std::string prefix = a.review;
      if (!prefix.empty() && prefix.back() != '/') prefix += '/';
      auto found = ReviewLinks(*store, prefix);
      if (!found) {
        PrintError(found.error().ToString());
        return ExitCodeFor(found.error(), Doing::kReading);
      }
      links = std::move(*found);
    }
    WriteDashboard(*run, filters, links, /*in_review_site=*/false, out);
  } else if (a.format == "csv") {
    if (a.by_agency)
      WriteAgenciesCsv(agencies, as_of, csv, out);
    else
      WriteStatusCsv(rows, as_of, csv, out);
  } else if (a.format == "json") {
    WriteStatusJson(a.by_agency ? std::vector<MilestoneStatus>{} : rows, agencies, as_of,
                    filters, out);
  } else {
    if (!run->any_plan) std::cerr << "ogpx: status: no action plan in " << db << "\n";
    WriteStatusText(rows, agencies, {as_of, &filters, TerminalWidth(), &run->copies, a.by_agency},
                    out);
  }
  std::cout << out.str() << std::flush;
  return std::cout ? kExitOk : kExitOutputFailed;
}

// --agency, --country, --plan: an optional string each.
void AddFilter(CLI::App& app, const char* name, std::optional<std::string>& field, const char* value,
               const char* help) {
  app.add_option_function<std::string>(name, [&field](const std::string& v) { field = v; }, help)
      ->type_name(value);
}

std::function<int()> DefineStatus(CLI::App& app) {
  auto a = std::make_shared<StatusArgs>();
  app.description(
      "Lists every milestone of every action plan in the database with its lead,\n"
      "due date, text and the latest status and percent reported for it (the\n"
      "report with the latest period end wins), from which report and period,\n"
      "then totals per lead agency. A milestone is OVERDUE when the last day of\n"
      "its printed due period (\"Q2 2026\" -> 2026-06-30, \"2025\" -> 2025-12-31;\n"
      "the DUE column) is before the as-of date and its latest status is not\n"
      "complete; NO-REPORT when no progress report entry names it. The same rule\n"
      "is the view milestone_status of the database (docs/schema.md).\n"
      "\n"
      "The same plan (plan number, and country through the alias table) held by\n"
      "several files (the original, a scan, a reprint, another language) is\n"
      "listed once, from the file with the most milestones; the text output\n"
      "names the other files.\n");
  AddDatabaseOption(app, "--db", a->db, "the database written by `ogpx ingest` (required; never created)");
  AddFilter(app, "--agency", a->filters.agency, "NAME",
            "milestones led by this organisation: any of its names (English or Mongolian through the aliases) "
            "or a part of one, case and punctuation ignored (\"finance\")");
  AddFilter(app, "--country", a->filters.country, "NAME", "plans of this country (aliases apply: \"Монгол Улс\")");
  AddFilter(app, "--plan", a->filters.plan, "N|FILE", "plans with this number, or from this file name");
  app.add_flag("--overdue", a->filters.overdue, "only overdue milestones");
  app.add_flag("--unreported", a->filters.unreported, "only milestones no report names");
  app.add_option("--as-of", a->as_of,
                 "YYYY-MM-DD (or YYYY: its 1 January) used to decide what is overdue; default today (UTC); "
                 "printed in every format")
      ->type_name("DATE")
      ->check(DayOrYear());
  app.add_flag("--by-agency", a->by_agency,
               "only the totals per lead agency (milestones, overdue, unreported, latest report period end)");
  app.add_option("--format", a->format,
                 "text (default; one block per plan, fitted to the terminal width: COLUMNS, else the terminal's, "
                 "else 100; milestone text wrapped at spaces, leads cut with an ellipsis), csv (RFC 4180: CRLF, "
                 "header row; an as_of column), json (an object: as_of, filters, rows, agencies) or html (a whole "
                 "page that opens from disk: a completion chart per commitment, overdue milestones marked, totals "
                 "per agency; docs/review.md)")
      ->type_name("F")
      ->transform(Choice({"text", "csv", "json", "html"}));
  app.add_option("--review", a->review,
                 "html: link each milestone to its plan's page and each status to its report's page in the review "
                 "site DIR written by `ogpx review` (a path as the browser will see it from where the page is "
                 "saved)")
      ->type_name("DIR");
  app.add_flag("--all-copies", a->filters.all_copies, "list every file of a plan, not only the fullest");
  app.add_flag("--csv-raw", a->csv_raw,
               "csv cells exactly as stored: without it a cell starting with = + - @ TAB or CR that is not a "
               "number gets a leading ' so spreadsheets do not run it (docs/export.md)");
  app.footer(
      "exit: 0 ok (also when no milestone matches); 1 the database cannot be read;\n"
      "      2 usage\n"
      "\n"
      "example: ogpx status --db ogpx.sqlite --agency \"Ministry of Finance\" --overdue \\\n"
      "             --as-of 2026-01-01\n");
  return [a] { return RunStatus(*a); };
}

}  // namespace

extern const Command kStatusCommand{"status", "milestones with their latest status: who is late, what is unreported",
                                    DefineStatus};

}  // namespace ogpx::cli
