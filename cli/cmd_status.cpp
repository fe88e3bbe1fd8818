// `ogpx status --db FILE.sqlite [filters] [--format text|csv|json]`: one row
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
#include "cli/status_output.h"
#include "export/csv.h"
#include "model/store.h"

namespace ogpx::cli {

extern const char kStatusHelp[] =
    "usage: ogpx status --db FILE.sqlite [--agency NAME] [--country NAME] [--plan N|FILE]\n"
    "                   [--overdue] [--unreported] [--as-of DATE] [--by-agency]\n"
    "                   [--format text|csv|json] [--all-copies] [--csv-raw]\n"
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
    "                  json (an object: as_of, filters, rows, agencies)\n"
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

// Keeps the rows that pass `f` (the copy choice is made before).
Result<std::vector<MilestoneStatus>> Filter(model::Store& store, std::vector<MilestoneStatus> rows,
                                            const StatusFilters& f) {
  std::set<int64_t> agencies;
  if (f.agency) {
    auto ids = store.MatchOrganisations(*f.agency);
    if (!ids) return ids.error();
    agencies.insert(ids->begin(), ids->end());
  }
  std::map<std::string, bool> countries;  // country as stored -> matches
  std::optional<int> plan_number;
  if (f.plan && !f.plan->empty() && f.plan->find_first_not_of("0123456789") == std::string::npos &&
      f.plan->size() < 6)
    plan_number = std::stoi(*f.plan);
  std::vector<MilestoneStatus> out;
  for (auto& m : rows) {
    if (f.overdue && !m.overdue) continue;
    if (f.unreported && !m.no_report) continue;
    if (f.plan && !(plan_number ? m.plan_number == plan_number : m.plan_file == *f.plan)) continue;
    if (f.agency) {
      bool led = false;
      for (int64_t id : m.lead_org_ids) led = led || agencies.count(id);
      if (!led) continue;
    }
    if (f.country) {
      if (!m.country) continue;
      auto it = countries.find(*m.country);
      if (it == countries.end()) {
        auto same = store.SameOrganisation(*m.country, *f.country);
        if (!same) return same.error();
        it = countries.emplace(*m.country, *same).first;
      }
      if (!it->second) continue;
    }
    out.push_back(std::move(m));
  }
  return out;
}

// Keeps, of each plan held by several files, the file with the most
// milestones (the first in the store's order on a tie); `copies` gets, per
// kept plan_id, the names of the files left out.
std::vector<MilestoneStatus> OneCopyPerPlan(std::vector<MilestoneStatus> rows,
                                            std::map<int64_t, std::vector<std::string>>& copies) {
  struct Plan {
    int64_t id;
    const MilestoneStatus* first;  // its first row
    std::size_t milestones;
  };
  std::vector<Plan> plans;  // in the store's order (rows come grouped by plan)
  for (const auto& m : rows) {
    if (plans.empty() || plans.back().id != m.plan_id) plans.push_back({m.plan_id, &m, 0});
    ++plans.back().milestones;
  }
  std::map<std::string, const Plan*> best;  // by MilestoneStatus::plan_key
  for (const Plan& p : plans) {
    auto [it, fresh] = best.emplace(p.first->plan_key, &p);
    if (!fresh && p.milestones > it->second->milestones) it->second = &p;
  }
  std::set<int64_t> kept;
  for (const Plan& p : plans) {
    const Plan* b = best[p.first->plan_key];
    if (b == &p) kept.insert(p.id);
    else copies[b->id].push_back(p.first->plan_file);
  }
  std::erase_if(rows, [&](const MilestoneStatus& m) { return !kept.count(m.plan_id); });
  return rows;
}

bool ValidAsOf(const std::string& s) {
  if (s.size() > 10) return false;
  static const std::regex kDate(R"(\d{4}(-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))?)");
  return std::regex_match(s, kDate);
}

}  // namespace

int RunStatus(const std::vector<std::string>& argv) {
  Args args({"db", "format", "as-of", "agency", "country", "plan"},
            {"all-copies", "csv-raw", "overdue", "unreported", "by-agency"});
  if (!args.Parse(argv) || !args.Has("db") || !args.positional().empty()) {
    PrintError(args.error().empty() ? "status: needs --db FILE.sqlite and no other argument (see ogpx status --help)"
                                    : "status: " + args.error());
    return kExitUsage;
  }
  const std::string format = args.Get("format", "text");
  if (format != "text" && format != "csv" && format != "json") {
    PrintError("status: --format must be text, csv or json, not '" + format + "'");
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
  auto fail = [&](const Error& e) {
    PrintError(e.ToString());
    return e.kind == ErrorKind::kUsage ? kExitUsage : kExitInputFailed;
  };
  auto as_of = model::Store::AsOfDay(as_of_arg);
  if (!as_of) return fail(as_of.error());
  auto all = store->MilestoneStatuses(*as_of);
  if (!all) return fail(all.error());
  std::map<int64_t, std::vector<std::string>> copies;
  if (!filters.all_copies) *all = OneCopyPerPlan(std::move(*all), copies);
  const bool any_plan = !all->empty();
  auto rows = Filter(*store, std::move(*all), filters);
  if (!rows) return fail(rows.error());
  auto orgs = store->Organisations();
  if (!orgs) return fail(orgs.error());
  std::map<int64_t, std::string> names;
  for (const auto& o : *orgs) names.emplace(o.id, o.name);
  const auto agencies = SummariseAgencies(*rows, names);
  const exporter::CsvOptions csv{.raw = args.Has("csv-raw")};
  std::ostringstream out;
  if (format == "csv") {
    if (args.Has("by-agency"))
      WriteAgenciesCsv(agencies, *as_of, csv, out);
    else
      WriteStatusCsv(*rows, *as_of, csv, out);
  } else if (format == "json") {
    WriteStatusJson(args.Has("by-agency") ? std::vector<MilestoneStatus>{} : *rows, agencies, *as_of,
                    filters, out);
  } else {
    if (!any_plan) std::cerr << "ogpx: status: no action plan in " << db << "\n";
    WriteStatusText(*rows, agencies, {*as_of, &filters, TerminalWidth(), &copies, args.Has("by-agency")},
                    out);
  }
  std::cout << out.str() << std::flush;
  return std::cout ? kExitOk : kExitInternal;
}

}  // namespace ogpx::cli
