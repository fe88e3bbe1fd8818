// One export format behind one small interface (DESIGN.md: "one Exporter per
// format (Begin / Add / Commit, atomic)"), and the registry of formats that
// `ogpx export --format NAME` chooses from.
//
// The driver (ExportDatabase, export/writer.h) calls, on one exporter:
//   Begin(settings)        once, before any document;
//   Add(document, keys)    once per chosen document, in the database's order;
//   Commit(files)          once: the exporter stages every file it writes in
//                          `files` (OutputFiles, export/output_files.h).
// The driver then commits `files`, which renames the staged files into
// place. An exporter never writes anywhere else, so an Error from any step
// leaves the destination as it was: no file, no half file, no temporary file.
// Exporters keep what they need between Add and Commit (most need every
// document before they can name or write their files).
//
// Adding a format (e.g. an ODS workbook): a class implementing Exporter in
// its own file (export/<format>_exporter.cpp), its factory declared in
// export/formats.h, one entry in the table of export/registry.cpp, and a
// section in docs/export.md. Exporters are not thread-safe; use one per export.
#pragma once

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "export/output_files.h"
#include "model/domain.h"
#include "model/store.h"

namespace ogpx::exporter {

// What every exporter is told once, before the documents.
struct ExportSettings {
  std::string ogpx_version;  // the program's version (data package, workbook)
  bool csv_raw = false;      // CSV: no formula neutralisation (export/csv.h)
  std::vector<model::Organisation>
      organisations;  // Store::Organisations(): ids for agencies and stakeholders
};

class Exporter {
 public:
  virtual ~Exporter() = default;
  virtual std::optional<Error> Begin(const ExportSettings& settings) = 0;
  // `keys`: the database ids of the document's rows (Store::Keys), so that
  // tables can join; exporters that do not join ignore them.
  virtual std::optional<Error> Add(const model::Document& doc, const model::DocumentKeys& keys) = 0;
  virtual std::optional<Error> Commit(OutputFiles& files) = 0;
};

// An entry of the registry.
struct ExportFormat {
  std::string_view name;     // the --format value: "json", "csv", ...
  std::string_view summary;  // what it writes, one line (help, docs)
  std::unique_ptr<Exporter> (*make)();
};

// Every format, in the order of the help text.
std::span<const ExportFormat> ExportFormats();
// The exporter of format `name`; nullptr for a name that is not registered.
std::unique_ptr<Exporter> MakeExporter(std::string_view name);
// "json, jsonl, csv, xlsx or ogp-csv": for messages.
std::string ExportFormatNames();

}  // namespace ogpx::exporter
