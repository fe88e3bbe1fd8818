// `ogpx export --db FILE.sqlite --format FORMAT --out DIR`: the exporter of
// the registry (export/exporter.h) named by --format.
#include <filesystem>
#include <iostream>
#include <memory>

#include "cli/command_line.h"
#include "export/exporter.h"
#include "export/writer.h"
#include "model/store.h"

namespace ogpx::cli {

namespace {

struct ExportArgs {
  std::string db, format = "json", out, kind, document;
  bool quiet = false, csv_raw = false;
};

// "a,b" -> {"a", "b"}
std::vector<std::string> CommaList(const std::string& value) {
  std::vector<std::string> out;
  for (std::size_t at = 0; at <= value.size();) {
    std::size_t comma = value.find(',', at);
    if (comma == std::string::npos) comma = value.size();
    if (comma > at) out.push_back(value.substr(at, comma - at));
    at = comma + 1;
  }
  return out;
}

int RunExport(const ExportArgs& a) {
  std::unique_ptr<exporter::Exporter> chosen = exporter::MakeExporter(a.format);  // the registry
  int open_failed = kExitOk;
  auto store = OpenExistingStore(a.db, open_failed);
  if (!store) return open_failed;
  exporter::ExportOptions options{.csv_raw = a.csv_raw,
                                  .keep = exporter::DatabaseFiles(a.db),
                                  .kinds = CommaList(a.kind),
                                  .documents = CommaList(a.document),
                                  .ogpx_version = OGPX_VERSION};
  auto written = exporter::ExportDatabase(*store, *chosen, a.out, options);
  if (!written) {
    PrintError(written.error().ToString());
    return ExitCodeFor(written.error(), Doing::kWriting);
  }
  if (!a.quiet) std::cerr << "export: " << written->size() << " files written to " << a.out << "\n";
  return kExitOk;
}

std::function<int()> DefineExport(CLI::App& app) {
  auto a = std::make_shared<ExportArgs>();
  std::vector<std::string> formats;
  std::vector<std::pair<std::string, std::string>> described;
  for (const auto& f : exporter::ExportFormats()) {
    formats.emplace_back(f.name);
    described.emplace_back(f.name, f.summary);
  }
  app.description(
      "Writes the documents of the database to DIR (docs/export.md) in one of the\n"
      "formats (--format):\n" +
      HelpList(described) +
      "\n"
      "Every file is written to a temporary name and renamed when all are complete,\n"
      "so a failure never leaves a half-written file. The folder is created if\n"
      "needed. A file name longer than 200 bytes is shortened and given a hash\n"
      "suffix (the JSON keeps the full name). An output that is the database\n"
      "itself (the same file, links followed) is refused before anything is\n"
      "written (exit 2). The CSV tables are documents, commitments, milestones,\n"
      "stakeholders, report_entries, orders, organisations and warnings, described\n"
      "by a Frictionless datapackage.json: a primary key on every table, foreign\n"
      "keys between them, typed columns, licence, sources and the ogpx version.\n");
  AddDatabaseOption(app, "--db", a->db, "the database written by `ogpx ingest` (required; never created)");
  app.add_option("-o,--out", a->out, "the folder to write to (required; created if needed)")
      ->type_name("DIR")
      ->required()
      ->check(NotStandardStream("a folder of files"));
  app.add_option("--format", a->format, "one of the formats above (default json)")
      ->type_name("F")
      ->transform(Choice(formats));
  app.add_option("--kind", a->kind,
                 "only documents of these kinds: action_plan, order, progress_report, other (comma separated)")
      ->type_name("K[,K...]");
  app.add_option("--document", a->document,
                 "only these documents: file names as stored or SHA-256 (or a prefix of 8+ hex digits), comma "
                 "separated; one that matches nothing is a usage error")
      ->type_name("D[,D...]");
  app.add_flag("--csv-raw", a->csv_raw,
               "CSV cells exactly as stored: without it a cell starting with = + - @ TAB or CR that is not a "
               "number gets a leading ' so that spreadsheets do not run it as a formula (docs/export.md)");
  app.add_flag("-q,--quiet", a->quiet, "no line saying what was written");
  app.footer(
      "exit: 0 written; 1 the database cannot be read; 2 usage (also: an output is\n"
      "      the database, --document matches nothing); 4 a file could not be written\n"
      "\n"
      "example: ogpx export --db ogpx.sqlite --format xlsx --out out/xlsx\n");
  return [a] { return RunExport(*a); };
}

}  // namespace

extern const Command kExportCommand{
    "export", "write the database as ogpx/1 JSON or JSON Lines, CSV with a data package, XLSX, OGP CSV",
    DefineExport};

}  // namespace ogpx::cli
