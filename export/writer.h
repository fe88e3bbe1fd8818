// The database export: the chosen documents of a Store through one exporter
// of the registry (export/exporter.h), and the names of the JSON files.
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
//    two documents with the same file name get "-<first 8 hex of sha256>";
//    a name longer than kMaxFileNameBytes is shortened (JsonFileName);
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

// Longest export file name, in bytes (file systems allow 255; the rest is
// room for the temporary suffix of WriteFileAtomic).
inline constexpr std::size_t kMaxFileNameBytes = 200;

// "<file name without a final .pdf (any case)>.json"; path separators in the
// stored name are replaced so the result is always a plain file name, bytes
// that are not UTF-8 are escaped ("\xNN", text::EscapeInvalidUtf8), and
// `suffix` (e.g. "-1a2b3c4d") goes before ".json". A result longer than
// kMaxFileNameBytes keeps the longest start of the name that fits (cut
// between characters) followed by "-<first 8 hex of the SHA-256 of the whole
// name>", then `suffix` and ".json".
std::string JsonFileName(const std::string& pdf_file_name, const std::string& suffix = "");

}  // namespace ogpx::exporter
