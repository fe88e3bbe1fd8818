// `ogpx export --db FILE.sqlite --format FORMAT --out DIR`: the exporter of
// the registry (export/exporter.h) named by --format.
#include <filesystem>
#include <iostream>
#include <memory>

#include "cli/args.h"
#include "cli/command.h"
#include "export/exporter.h"
#include "export/writer.h"
#include "model/store.h"

namespace ogpx::cli {

extern const char kExportHelp[] =
    "usage: ogpx export --db FILE.sqlite --format json|jsonl|csv|xlsx|ogp-csv --out DIR\n"
    "                   [--kind KIND[,KIND...]] [--document NAME[,NAME...]] [--csv-raw]\n"
    "\n"
    "Writes the documents of the database (docs/export.md):\n"
    "  json    one <pdf name without .pdf>.json per document, in the ogpx/1\n"
    "          interchange format (docs/export-json.md, docs/ogpx-1.schema.json)\n"
    "  jsonl   ogpx.jsonl: the same documents, one compact ogpx/1 object a line\n"
    "  csv     documents.csv, commitments.csv, milestones.csv, stakeholders.csv,\n"
    "          report_entries.csv, orders.csv, organisations.csv, warnings.csv and a\n"
    "          Frictionless datapackage.json describing them: a primary key on every\n"
    "          table, foreign keys between them (a report entry's milestone_row is\n"
    "          the milestone it reports on), typed columns, licence, sources and\n"
    "          the ogpx version\n"
    "  xlsx    ogpx.xlsx: the same tables, one sheet each, header frozen and\n"
    "          filtered, dates as dates, counts as numbers, text as text (never a\n"
    "          formula)\n"
    "  ogp-csv ogp-commitments.csv: one row per commitment in the columns of OGP's\n"
    "          commitment dataset (Commitment Unique Identifier, Country/Locality,\n"
    "          Action Plan Number, Commitment Number, Commitment Title, Full Text,\n"
    "          Start Date, End Date, Lead Institution, Supporting Institution(s))\n"
    "Every file is written to a temporary name and renamed when all are complete,\n"
    "so a failure never leaves a half-written file. The folder is created if needed.\n"
    "A file name longer than 200 bytes is shortened and given a hash suffix (the\n"
    "JSON keeps the full name). An output that is the database itself (the same\n"
    "file, links followed) is refused before anything is written (exit 2).\n"
    "\n"
    "  --kind K     only documents of these kinds: action_plan, order,\n"
    "               progress_report, other (comma separated); every format\n"
    "  --document D only these documents: file names as stored or SHA-256 (or a\n"
    "               prefix of 8+ hex digits), comma separated; one that matches\n"
    "               nothing is a usage error; every format\n"
    "  --csv-raw    CSV cells exactly as stored: without it a cell starting with\n"
    "               = + - @ TAB or CR that is not a number gets a leading ' so\n"
    "               that spreadsheets do not run it as a formula (docs/export.md)\n"
    "\n"
    "example: ogpx export --db ogpx.sqlite --format xlsx --out out/xlsx\n";

int RunExport(const std::vector<std::string>& argv) {
  Args args({"db", "format", "out", "kind", "document"}, {"quiet", "csv-raw"});
  if (!args.Parse(argv) || !args.Has("db") || !args.Has("out") || !args.positional().empty()) {
    PrintError(args.error().empty() ? "export: needs --db FILE.sqlite and --out DIR (see ogpx export --help)"
                                    : "export: " + args.error());
    return kExitUsage;
  }
  const std::string format = args.Get("format", "json");
  std::unique_ptr<exporter::Exporter> chosen = exporter::MakeExporter(format);  // the registry
  if (!chosen) {
    PrintError("export: --format must be " + exporter::ExportFormatNames() + ", not '" + format + "'");
    return kExitUsage;
  }
  if (!model::IsPostgresUrl(args.Get("db")) && !std::filesystem::exists(args.Get("db"))) {
    PrintError(args.Get("db") + ": no such database");
    return kExitInputFailed;
  }
  auto store = model::Store::Open(args.Get("db"), model::Store::Access::kRead);
  if (!store) {
    PrintError(store.error().ToString());
    return store.error().kind == ErrorKind::kUsage ? kExitUsage : kExitInputFailed;
  }
  auto list = [&](const char* name) {
    std::vector<std::string> out;
    std::string value = args.Get(name);
    for (std::size_t at = 0; args.Has(name) && at <= value.size();) {
      std::size_t comma = value.find(',', at);
      if (comma == std::string::npos) comma = value.size();
      if (comma > at) out.push_back(value.substr(at, comma - at));
      at = comma + 1;
    }
    return out;
  };
  exporter::ExportOptions options{.csv_raw = args.Has("csv-raw"),
                                  .keep = exporter::DatabaseFiles(args.Get("db")),
                                  .kinds = list("kind"),
                                  .documents = list("document"),
                                  .ogpx_version = OGPX_VERSION};
  auto written = exporter::ExportDatabase(*store, *chosen, args.Get("out"), options);
  if (!written) {
    PrintError(written.error().ToString());
    return written.error().kind == ErrorKind::kUsage ? kExitUsage : kExitInternal;
  }
  if (!args.Has("quiet"))
    std::cerr << "export: " << written->size() << " files written to " << args.Get("out") << "\n";
  return kExitOk;
}

}  // namespace ogpx::cli
