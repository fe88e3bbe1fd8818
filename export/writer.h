// Output files that are never left half-written, and the database export.
//
// WriteFileAtomic writes to a temporary file in the destination's folder
// ("<name>.tmp-XXXXXX"), flushes it to disk and renames it over the
// destination, so a reader sees either the old file or the complete new one;
// on any failure the temporary file is removed and an Error (kIo) names the
// destination. ExportDatabase writes the documents of a Store:
//  - "json": one "<pdf name without .pdf>.json" per document (ToJsonText);
//    two documents with the same file name get "-<first 8 hex of sha256>";
//  - "csv": the tables of export/csv.h and datapackage.json.
// It returns the paths written, in order. Thread-safety: none needed (no
// shared state); do not export two databases into one folder at once.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "model/store.h"

namespace ogpx::exporter {

std::optional<Error> WriteFileAtomic(const std::string& path, std::string_view content);

Result<std::vector<std::string>> ExportDatabase(model::Store& store, const std::string& format,
                                                const std::string& out_dir);

// "<file name without a final .pdf (any case)>.json"; path separators in the
// stored name are replaced so the result is always a plain file name.
std::string JsonFileName(const std::string& pdf_file_name);

}  // namespace ogpx::exporter
