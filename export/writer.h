// Output files that are never left half-written, and the database export.
//
// WriteFileAtomic writes to a temporary file in the destination's folder
// ("<name>.tmp-XXXXXX"), flushes it to disk and renames it over the
// destination, so a reader sees either the old file or the complete new one;
// on any failure the temporary file is removed and an Error (kIo) names the
// destination. ExportDatabase writes the documents of a Store:
//  - "json": one "<pdf name without .pdf>.json" per document (ToJsonText);
//    two documents with the same file name get "-<first 8 hex of sha256>";
//    a name longer than kMaxFileNameBytes is shortened (JsonFileName);
//  - "csv": the tables of export/csv.h and datapackage.json, with the rows'
//    database ids as keys (Store::Keys);
//  - "jsonl": ogpx.jsonl, one ogpx/1 document a line (compact);
//  - "ogp-csv": ogp-commitments.csv, OGP's commitment dataset columns
//    (export/ogp_csv.h).
// ExportOptions::kinds and ::documents choose the documents.
// Before writing anything it checks every path it would write against the
// files it must not write over (ExportOptions::keep, e.g. the database):
// one of them is an Error (kUsage) naming both paths and nothing is written.
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

// A file ogpx reads and must never write over: what it is ("database",
// "input", ...) and its path as the user gave it.
struct KeptFile {
  std::string role;
  std::string path;
};

// True when `a` and `b` name the same file: the same device and inode when
// both exist (links followed, so hard and symbolic links are caught), else
// the same absolute path once "." and ".." and the links of the existing
// part are resolved. Never throws.
bool SameFile(const std::string& a, const std::string& b);

// Error (kUsage, file = `output`) when `output` is the same file as one of
// `keep`: "is the same file as the database 'db.sqlite'; refusing to write
// over it". nullopt when it is none of them.
std::optional<Error> RefuseToOverwrite(const std::string& output, const std::vector<KeptFile>& keep);

// The files of the SQLite database at `path`: the file itself and its
// "-wal", "-shm" and "-journal" companions, all with role "database".
std::vector<KeptFile> DatabaseFiles(const std::string& path);

struct ExportOptions {
  bool csv_raw = false;            // CSV: no formula neutralisation (export/csv.h)
  std::vector<KeptFile> keep;      // never written over (checked before any write)
  std::vector<std::string> kinds;  // only documents of these kinds ("action_plan", ...); empty: all
  // Only these documents: file names as stored or SHA-256 (or a prefix of at
  // least 8 hex digits); empty: all. A name that matches nothing is an Error (kUsage).
  std::vector<std::string> documents;
  std::string ogpx_version;        // written into the CSV data package
};

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
