// `ogpx export --db FILE.sqlite --format json|csv --out DIR`.
#include <filesystem>
#include <iostream>

#include "cli/args.h"
#include "cli/command.h"
#include "export/writer.h"
#include "model/store.h"

namespace ogpx::cli {

extern const char kExportHelp[] =
    "usage: ogpx export --db FILE.sqlite --format json|csv --out DIR [--csv-raw]\n"
    "\n"
    "Writes the documents of the database:\n"
    "  json   one <pdf name without .pdf>.json per document, in the ogpx/1\n"
    "         interchange format (docs/export-json.md)\n"
    "  csv    commitments.csv, milestones.csv, stakeholders.csv, report_entries.csv,\n"
    "         organisations.csv and a Frictionless datapackage.json describing them\n"
    "Every file is written to a temporary name and renamed when complete, so a\n"
    "failure never leaves a half-written file. The folder is created if needed.\n"
    "A file name longer than 200 bytes is shortened and given a hash suffix (the\n"
    "JSON keeps the full name). An output that is the database itself (the same\n"
    "file, links followed) is refused before anything is written (exit 2).\n"
    "\n"
    "  --csv-raw    CSV cells exactly as stored: without it a cell starting with\n"
    "               = + - @ TAB or CR that is not a number gets a leading ' so\n"
    "               that spreadsheets do not run it as a formula (docs/export.md)\n"
    "\n"
    "example: ogpx export --db ogpx.sqlite --format json --out out/json\n";

int RunExport(const std::vector<std::string>& argv) {
  Args args({"db", "format", "out"}, {"quiet", "csv-raw"});
  if (!args.Parse(argv) || !args.Has("db") || !args.Has("out") || !args.positional().empty()) {
    PrintError(args.error().empty() ? "export: needs --db FILE.sqlite and --out DIR (see ogpx export --help)"
                                    : "export: " + args.error());
    return kExitUsage;
  }
  std::string format = args.Get("format", "json");
  if (format != "json" && format != "csv") {
    PrintError("export: --format must be json or csv, not '" + format + "'");
    return kExitUsage;
  }
  if (!std::filesystem::exists(args.Get("db"))) {
    PrintError(args.Get("db") + ": no such database");
    return kExitInputFailed;
  }
  auto store = model::Store::Open(args.Get("db"));
  if (!store) {
    PrintError(store.error().ToString());
    return store.error().kind == ErrorKind::kUsage ? kExitUsage : kExitInputFailed;
  }
  exporter::ExportOptions options{.csv_raw = args.Has("csv-raw"), .keep = exporter::DatabaseFiles(args.Get("db"))};
  auto written = exporter::ExportDatabase(*store, format, args.Get("out"), options);
  if (!written) {
    PrintError(written.error().ToString());
    return written.error().kind == ErrorKind::kUsage ? kExitUsage : kExitInternal;
  }
  if (!args.Has("quiet"))
    std::cerr << "export: " << written->size() << " files written to " << args.Get("out") << "\n";
  return kExitOk;
}

}  // namespace ogpx::cli
