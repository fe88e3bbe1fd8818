// The database export: the chosen documents of a Store through one exporter
// of the registry (export/exporter.h).
//
// ExportDatabase loads the documents that ExportOptions::kinds and
// ::documents choose (in the store's order) with their database ids
// (Store::Keys) and the organisations, hands them to the exporter
// (Begin / Add / Commit) and commits the files it staged (OutputFiles,
// export/output_files.h): every file is written atomically, and nothing is
// written when any step fails. A file it would write that is one of
// ExportOptions::keep (e.g. the database) is an Error (kUsage) naming both
// paths, and nothing is written. It returns the paths written, in order.
// The formats (docs/export.md):
//  - "json": one "<pdf name without .pdf>.json" per document (ToJsonText);
//    names from export/file_names.h (JsonFileNames: a name longer than
//    kMaxFileNameBytes shortened with a hash, "-<first 8 hex of sha256>"
//    for two documents with one name);
//  - "jsonl": ogpx.jsonl, one ogpx/1 document a line (compact);
//  - "csv": the tables of export/csv.h and datapackage.json, with the rows'
//    database ids as keys;
//  - "xlsx": ogpx.xlsx, the same tables as sheets;
//  - "ogp-csv": ogp-commitments.csv, OGP's commitment dataset columns
//    (export/ogp_csv.h).
// Thread-safety: none needed (no shared state); do not export two databases
// into one folder at once.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "export/exporter.h"
#include "export/file_names.h"
#include "export/output_files.h"
#include "model/store.h"

namespace ogpx::exporter {

struct ExportOptions {
  bool csv_raw = false;            // CSV: no formula neutralisation (export/csv.h)
  std::vector<KeptFile> keep;      // never written over (checked before any write)
  std::vector<std::string> kinds;  // only documents of these kinds ("action_plan", ...); empty: all
  // Only these documents: file names as stored or SHA-256 (or a prefix of at
  // least 8 hex digits); empty: all. A name that matches nothing is an Error (kUsage).
  std::vector<std::string> documents;
  std::string ogpx_version;        // written into the CSV data package and the workbook
};

Result<std::vector<std::string>> ExportDatabase(model::Store& store, Exporter& exporter,
                                                const std::string& out_dir, const ExportOptions& options = {});
// The same with the exporter of the registry named `format`; an unknown name
// is an Error (kUsage) listing the formats.
Result<std::vector<std::string>> ExportDatabase(model::Store& store, const std::string& format,
                                                const std::string& out_dir,
                                                const ExportOptions& options = {});

}  // namespace ogpx::exporter
