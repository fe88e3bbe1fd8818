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
#include <regex>
#include <sstream>

#include "cli/args.h"
#include "cli/command.h"
#include "cli/dashboard.h"
#include "cli/status_output.h"
#include "cli/status_rows.h"
#include "export/csv.h"
#include "model/store.h"

namespace ogpx::cli {

extern const char kStatusHelp[] =
    "usage: ogpx status --db FILE.sqlite [--agency NAME] [--country NAME] [--plan N|FILE]\n"
    "                   [--overdue] [--unreported] [--as-of DATE] [--by-agency]\n"
    "                   [--format text|csv|json|html] [--review DIR] [--all-copies]\n"
    "                   [--csv-raw]\n"
    "\n"
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
    "names the other files.\n"
    "\n"
    "  --db FILE       the database written by `ogpx ingest` (required)\n"
    "  --agency NAME   milestones led by this organisation: any of its names\n"
    "                  (English or Mongolian through the aliases) or a part of\n"
    "                  one, case and punctuation ignored (\"finance\")\n"
    "  --country NAME  plans of this country (aliases apply: \"Монгол Улс\")\n"
    "  --plan N|FILE   plans with this number, or from this file name\n"
    "  --overdue       only overdue milestones\n"
    "  --unreported    only milestones no report names\n"
    "  --as-of DATE    YYYY-MM-DD (or YYYY: its 1 January) used to decide what\n"
    "                  is overdue; default today (UTC); printed in every format\n"
    "  --by-agency     only the totals per lead agency (milestones, overdue,\n"
    "                  unreported, latest report period end)\n"
    "  --format F      text (default; one block per plan, fitted to the terminal\n"
    "                  width: COLUMNS, else the terminal's, else 100; milestone\n"
    "                  text wrapped at spaces, leads cut with an ellipsis),\n"
    "                  csv (RFC 4180: CRLF, header row; an as_of column) or\n"
    "                  json (an object: as_of, filters, rows, agencies) or\n"
    "                  html (a whole page that opens from disk: a completion chart\n"
    "                  per commitment, overdue milestones marked, totals per\n"
    "                  agency; docs/review.md)\n"
    "  --review DIR    html: link each milestone to its plan's page and each\n"
    "                  status to its report's page in the review site DIR\n"
    "                  written by `ogpx review` (a path as the browser will\n"
    "                  see it from where the page is saved)\n"
    "  --all-copies    list every file of a plan, not only the fullest\n"
    "  --csv-raw       csv cells exactly as stored: without it a cell starting\n"
    "                  with = + - @ TAB or CR that is not a number gets a\n"
    "                  leading ' so spreadsheets do not run it (docs/export.md)\n"
    "\n"
    "exit: 0 ok (also when no milestone matches); 1 the database cannot be read;\n"
    "      2 usage\n"
    "\n"
    "example: ogpx status --db ogpx.sqlite --agency \"Ministry of Finance\" --overdue --as-of 2026-01-01\n";

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

bool ValidAsOf(const std::string& s) {
  if (s.size() > 10) return false;
  static const std::regex kDate(R"(\d{4}(-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))?)");
  return std::regex_match(s, kDate);
}

}  // namespace

int RunStatus(const std::vector<std::string>& argv) {
  Args args({"db", "format", "as-of", "agency", "country", "plan", "review"},
            {"all-copies", "csv-raw", "overdue", "unreported", "by-agency"});
  if (!args.Parse(argv) || !args.Has("db") || !args.positional().empty()) {
    PrintError(args.error().empty() ? "status: needs --db FILE.sqlite and no other argument (see ogpx status --help)"
                                    : "status: " + args.error());
    return kExitUsage;
  }
  const std::string format = args.Get("format", "text");
  if (format != "text" && format != "csv" && format != "json" && format != "html") {
    PrintError("status: --format must be text, csv, json or html, not '" + format + "'");
    return kExitUsage;
  }
  std::optional<std::string> as_of_arg;
  if (args.Has("as-of")) {
    as_of_arg = args.Get("as-of");
    if (!ValidAsOf(*as_of_arg)) {
      PrintError("status: --as-of must be a date YYYY-MM-DD (or a year YYYY), not '" + *as_of_arg + "'");
      return kExitUsage;
    }
  }
  StatusFilters filters;
  for (auto [name, field] : {std::pair{"agency", &filters.agency}, std::pair{"country", &filters.country},
                             std::pair{"plan", &filters.plan}}) {
    if (!args.Has(name)) continue;
    *field = args.Get(name);
    if (field->value().empty()) {
      PrintError(std::string("status: --") + name + " needs a value");
      return kExitUsage;
    }
  }
  filters.overdue = args.Has("overdue");
  filters.unreported = args.Has("unreported");
  filters.all_copies = args.Has("all-copies");
  const std::string db = args.Get("db");
  int open_failed = kExitOk;
  auto store = OpenExistingStore(db, open_failed);
  if (!store) return open_failed;
  auto run = QueryStatus(*store, as_of_arg, filters);
  if (!run) {
    PrintError(run.error().ToString());
    return run.error().kind == ErrorKind::kUsage ? kExitUsage : kExitInputFailed;
  }
  const auto& rows = run->rows;
  const auto& agencies = run->agencies;
  const std::string& as_of = run->as_of;
  const exporter::CsvOptions csv{.raw = args.Has("csv-raw")};
  std::ostringstream out;
  if (format == "html") {
    std::map<int64_t, std::string> links;
    if (args.Has("review")) {
      std::string prefix = args.Get("review");
      if (!prefix.empty() && prefix.back() != '/') prefix += '/';
      auto found = ReviewLinks(*store, prefix);
      if (!found) {
        PrintError(found.error().ToString());
        return kExitInputFailed;
      }
      links = std::move(*found);
    }
    WriteDashboard(*run, filters, links, /*in_review_site=*/false, out);
  } else if (format == "csv") {
    if (args.Has("by-agency"))
      WriteAgenciesCsv(agencies, as_of, csv, out);
    else
      WriteStatusCsv(rows, as_of, csv, out);
  } else if (format == "json") {
    WriteStatusJson(args.Has("by-agency") ? std::vector<MilestoneStatus>{} : rows, agencies, as_of,
                    filters, out);
  } else {
    if (!run->any_plan) std::cerr << "ogpx: status: no action plan in " << db << "\n";
    WriteStatusText(rows, agencies, {as_of, &filters, TerminalWidth(), &run->copies, args.Has("by-agency")},
                    out);
  }
  std::cout << out.str() << std::flush;
  return std::cout ? kExitOk : kExitInternal;
}

}  // namespace ogpx::cli
