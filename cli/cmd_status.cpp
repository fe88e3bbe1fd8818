// `ogpx status --db FILE.sqlite [--format text|csv|json] [--as-of DATE]`:
// one row per milestone of every action plan in the database, with the
// latest status reported by the agencies (model::Store::MilestoneStatuses)
// and whether the milestone is overdue or has no report at all.
//
// Output is deterministic: rows in the store's order (plan, commitment
// position, milestone position), fixed column order, '\n' line ends, no
// locale-dependent formatting; the database is opened read-only in spirit
// (a missing file is an error, never created).
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <set>
#include <regex>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cli/args.h"
#include "cli/command.h"
#include "export/csv.h"
#include "model/store.h"

namespace ogpx::cli {

extern const char kStatusHelp[] =
    "usage: ogpx status --db FILE.sqlite [--format text|csv|json] [--as-of DATE]\n"
    "                   [--all-copies] [--csv-raw]\n"
    "\n"
    "Lists every milestone of every action plan in the database with its lead,\n"
    "due year and the latest status and percent reported for it (the report\n"
    "with the latest period end wins), from which report and period. A\n"
    "milestone is OVERDUE when the last day of its printed due period (\"Q2\n"
    "2026\" -> 2026-06-30, \"2025\" -> 2025-12-31) is before the as-of date and\n"
    "its latest status is not complete; NO-REPORT when no progress report\n"
    "entry names it.\n"
    "\n"
    "The same plan (plan number, and country through the alias table) held by\n"
    "several files (the original, a scan, a reprint, another language) is\n"
    "listed once, from the file with the most milestones; the text output\n"
    "names the other files.\n"
    "\n"
    "  --db FILE       the database written by `ogpx ingest` (required)\n"
    "  --format F      text (default; aligned columns, one block per plan),\n"
    "                  csv (RFC 4180, header row) or json (an array of objects)\n"
    "  --as-of DATE    YYYY-MM-DD (or YYYY) used to decide what is overdue;\n"
    "                  default today (UTC)\n"
    "  --all-copies    list every file of a plan, not only the fullest\n"
    "  --csv-raw       csv cells exactly as stored: without it a cell starting\n"
    "                  with = + - @ TAB or CR that is not a number gets a\n"
    "                  leading ' so spreadsheets do not run it (docs/export.md)\n"
    "\n"
    "exit: 0 ok; 1 the database cannot be read; 2 usage\n"
    "\n"
    "example: ogpx status --db ogpx.sqlite --as-of 2026-01-01 --format csv\n";

namespace {

using model::MilestoneStatus;

std::string Join(const std::vector<std::string>& items, const char* sep) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : sep) + s;
  return out;
}

std::string DueText(const MilestoneStatus& m) {
  if (!m.due) return "";
  if (m.due->start && m.due->end && *m.due->start != *m.due->end)
    return std::to_string(*m.due->start) + "-" + std::to_string(*m.due->end);
  if (m.due->end) return std::to_string(*m.due->end);
  if (m.due->start) return std::to_string(*m.due->start) + "-";
  return m.due->raw;
}

std::string StatusText(const MilestoneStatus& m) {
  return m.status ? model::StatusName(*m.status) : "";
}

std::string PercentText(const MilestoneStatus& m) {
  return m.progress_percent ? std::to_string(*m.progress_percent) : "";
}

std::string Flags(const MilestoneStatus& m) {
  std::vector<std::string> flags;
  if (m.overdue) flags.emplace_back("OVERDUE");
  if (m.no_report) flags.emplace_back("NO-REPORT");
  return Join(flags, " ");
}

// Display width of UTF-8 text: one column per code point.
std::size_t Width(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

std::string PlanTitle(const MilestoneStatus& m) {
  std::string title = m.plan_file;
  std::vector<std::string> parts;
  if (m.country) parts.push_back(*m.country);
  if (m.plan_number) parts.push_back("plan " + std::to_string(*m.plan_number));
  if (!parts.empty()) title += " (" + Join(parts, ", ") + ")";
  return title;
}

void WriteText(const std::vector<MilestoneStatus>& rows,
               const std::map<int64_t, std::vector<std::string>>& copies, std::ostream& out) {
  const std::vector<std::string> header{"MILESTONE", "DUE", "STATUS", "%", "PERIOD", "REPORT", "FLAGS", "LEAD"};
  std::size_t i = 0;
  while (i < rows.size()) {
    std::size_t end = i;
    while (end < rows.size() && rows[end].plan_id == rows[i].plan_id) ++end;
    std::vector<std::vector<std::string>> table{header};
    for (std::size_t r = i; r < end; ++r) {
      const auto& m = rows[r];
      table.push_back({m.number, DueText(m), StatusText(m), PercentText(m), m.period_label.value_or(""),
                       m.report_file.value_or(""), Flags(m), Join(m.lead, "; ")});
    }
    std::vector<std::size_t> widths(header.size(), 0);
    for (const auto& row : table)
      for (std::size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], Width(row[c]));
    if (i > 0) out << "\n";
    out << "plan: " << PlanTitle(rows[i]) << "\n";
    if (auto c = copies.find(rows[i].plan_id); c != copies.end())
      out << "same plan also in: " << Join(c->second, ", ") << "\n";
    for (const auto& row : table) {
      std::string line;
      for (std::size_t c = 0; c < row.size(); ++c) {
        line += row[c];
        if (c + 1 < row.size()) line += std::string(widths[c] - Width(row[c]) + 2, ' ');
      }
      while (!line.empty() && line.back() == ' ') line.pop_back();
      out << line << "\n";
    }
    std::size_t overdue = 0, missing = 0;
    for (std::size_t r = i; r < end; ++r) {
      overdue += rows[r].overdue ? 1 : 0;
      missing += rows[r].no_report ? 1 : 0;
    }
    out << (end - i) << " milestones, " << overdue << " overdue, " << missing << " with no report\n";
    i = end;
  }
}

void WriteCsv(const std::vector<MilestoneStatus>& rows, const exporter::CsvOptions& options, std::ostream& out) {
  out << "plan_file,country,plan_number,commitment,milestone,lead,due,due_start,due_end,status,"
         "progress_percent,report_file,period_label,period_end,overdue,no_report\n";
  for (const auto& m : rows) {
    const std::vector<std::string> fields{
        m.plan_file, m.country.value_or(""), m.plan_number ? std::to_string(*m.plan_number) : "",
        m.commitment, m.number, Join(m.lead, "; "), m.due ? m.due->raw : "",
        m.due && m.due->start ? std::to_string(*m.due->start) : "",
        m.due && m.due->end ? std::to_string(*m.due->end) : "", StatusText(m), PercentText(m),
        m.report_file.value_or(""), m.period_label.value_or(""), m.period_end.value_or(""),
        m.overdue ? "true" : "false", m.no_report ? "true" : "false"};
    out << exporter::CsvLine(fields, options, "\n");
  }
}

template <typename T>
nlohmann::ordered_json OrNull(const std::optional<T>& v) {
  return v ? nlohmann::ordered_json(*v) : nlohmann::ordered_json(nullptr);
}

void WriteJson(const std::vector<MilestoneStatus>& rows, std::ostream& out) {
  auto array = nlohmann::ordered_json::array();
  for (const auto& m : rows) {
    nlohmann::ordered_json j;
    j["plan_file"] = m.plan_file;
    j["country"] = OrNull(m.country);
    j["plan_number"] = OrNull(m.plan_number);
    j["commitment"] = m.commitment;
    j["milestone"] = m.number;
    j["lead"] = m.lead;
    if (m.due) {
      j["due"] = {{"raw", m.due->raw}, {"start", OrNull(m.due->start)}, {"end", OrNull(m.due->end)}};
    } else {
      j["due"] = nullptr;
    }
    j["status"] = m.status ? nlohmann::ordered_json(model::StatusName(*m.status)) : nlohmann::ordered_json(nullptr);
    j["progress_percent"] = OrNull(m.progress_percent);
    j["report_file"] = OrNull(m.report_file);
    j["period_label"] = OrNull(m.period_label);
    j["period_end"] = OrNull(m.period_end);
    j["overdue"] = m.overdue;
    j["no_report"] = m.no_report;
    array.push_back(std::move(j));
  }
  out << array.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
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
  Args args({"db", "format", "as-of"}, {"all-copies", "csv-raw"});
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
  std::optional<std::string> as_of;
  if (args.Has("as-of")) {
    as_of = args.Get("as-of");
    if (!ValidAsOf(*as_of)) {
      PrintError("status: --as-of must be a date YYYY-MM-DD (or a year YYYY), not '" + *as_of + "'");
      return kExitUsage;
    }
  }
  const std::string db = args.Get("db");
  std::error_code ec;
  if (!std::filesystem::is_regular_file(db, ec)) {
    PrintError(db + ": no such database (create it with ogpx ingest)");
    return kExitInputFailed;
  }
  auto store = model::Store::Open(db);
  if (!store) {
    PrintError(store.error().ToString());
    return store.error().kind == ErrorKind::kUsage ? kExitUsage : kExitInputFailed;
  }
  auto rows = store->MilestoneStatuses(as_of);
  if (!rows) {
    PrintError(rows.error().ToString());
    return rows.error().kind == ErrorKind::kUsage ? kExitUsage : kExitInputFailed;
  }
  std::map<int64_t, std::vector<std::string>> copies;
  if (!args.Has("all-copies")) *rows = OneCopyPerPlan(std::move(*rows), copies);
  std::ostringstream out;
  if (format == "csv") {
    WriteCsv(*rows, {.raw = args.Has("csv-raw")}, out);
  } else if (format == "json") {
    WriteJson(*rows, out);
  } else {
    if (rows->empty()) std::cerr << "ogpx: status: no action plan in " << db << "\n";
    WriteText(*rows, copies, out);
  }
  std::cout << out.str() << std::flush;
  return std::cout ? kExitOk : kExitInternal;
}

}  // namespace ogpx::cli
