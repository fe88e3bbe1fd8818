// The batch behind `ogpx ingest`: documents read in parallel, written one at
// a time in the order given, each in one transaction (model::Store::Ingest).
//
// RunBatch reads up to `jobs` documents at once on worker threads (Open and
// Extract) and writes them from the calling thread in input order, so that a
// batch gives the same database whatever --jobs is. A file whose SHA-256 and
// extractor version are already in the store is skipped without being parsed
// (unless `force`). A file that cannot be read gets a FileOutcome with its
// Error and the batch goes on. A database failure stops the batch and is
// returned: the file being written is kFailed with that error, the files
// after it kNotDone. So is `options.ingest.cancel` becoming true (Ctrl-C):
// the document being written is committed (each is one transaction), the
// documents being read are abandoned, and every file not written is
// kNotDone; RunBatch then returns nullopt. `outcomes` always ends with one
// entry per file, in input order.
//
// `observe` is called on the calling thread, for progress display, after
// every change (a page read, a file finished or written) and about twice a
// second while waiting.
#pragma once

#include <atomic>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "ingest/ingest.h"
#include "model/store.h"

namespace ogpx::cli {

enum class FileStatus { kInserted, kReplaced, kSkipped, kFailed, kNotDone };
// "inserted", "replaced", "skipped", "failed", "not_done"
const char* FileStatusName(FileStatus status);

struct FileOutcome {
  std::string file;                // as given
  FileStatus status = FileStatus::kFailed;
  std::string sha256;              // "" when the file could not be read
  std::string kind;                // model::KindName; "" unless extracted
  int pages = 0;
  int ocr_pages = 0;
  std::vector<Warning> warnings;   // of the extracted document
  std::optional<Error> error;      // set when kFailed
  double seconds = 0;              // reading and writing it
  std::vector<std::string> log;    // what was decided (cli/explain.h), with BatchOptions::explain
};

// A file being read now: its pages read so far, of `pages` (-1: not open yet).
struct Reading {
  std::string file;
  int pages_read = 0;
  int pages = -1;
};

struct BatchProgress {
  std::size_t done = 0, total = 0;  // files finished (read, skipped or failed), in whatever order
  int pages = 0;                    // pages read: an OCR'd page once its OCR is finished
  int ocr_pages = 0;                // of those, OCR'd
  double pages_left = -1;           // pages still to read (the documents not open yet counted at the
                                    // mean of those open); -1 until a document is open
  double elapsed_seconds = 0;
  std::vector<Reading> reading;     // files being read now
};

struct BatchOptions {
  ingest::Options ingest;          // its `jobs` is the document workers (0 = cores); its `cancel` stops the batch
  std::string database;            // the database's path, to name it in its errors
  bool force = false;              // re-extract files already in the store
  bool replace = false;            // a file replaces the documents of its file name (other bytes)
  bool stored_warnings = false;    // a file skipped as unchanged gets the warnings stored with it (--strict)
  bool explain = false;            // fill FileOutcome::log (--verbose, --log-file)
};

// One file read as RunBatch reads it: the skip test on its bytes against
// `known` (sha256 -> extractor version of the documents stored), then Open
// and Extract with `per_document` options. Never throws.
// The threads of a batch: --jobs, else one per core. As many documents are
// read at once, each allowed all of them for its OCR'd pages, which share the
// batch's PageSlots (as many): a long scan's pages spread over every core
// while short documents finish around it.
struct BatchThreads {
  BatchThreads(const ingest::Options& options, std::size_t documents);
  std::size_t budget = 1;
  std::size_t workers = 1;  // documents read at once: the budget, at most `documents`
  ingest::PageSlots page_slots;
  // `options` reading one document of the batch.
  ingest::Options PerDocument(const ingest::Options& options);
};

// The documents of `store` by SHA-256, with the extractor version that
// stored each: a file found here with the current version is skipped.
Result<std::map<std::string, int>> StoredVersions(model::Store& store);

struct ReadFile {
  FileOutcome outcome;
  std::optional<model::Document> document;  // to store; none when skipped or failed
};
ReadFile ReadBatchFile(const std::string& file, const std::map<std::string, int>& known,
                       const BatchOptions& options, const ingest::Options& per_document);

// Stores `read.document` (one transaction) and sets the outcome's status
// (with `explain`, a "stored: ..." line in its log). A database failure is
// returned (naming the database) and the file is kFailed with it. Nothing to
// store: nothing written (a file skipped as unchanged gets its stored
// warnings with `stored_warnings`).
std::optional<Error> StoreBatchFile(model::Store& store, ReadFile& read, const BatchOptions& options);

std::optional<Error> RunBatch(model::Store& store, const std::vector<std::string>& files,
                              const BatchOptions& options, std::vector<FileOutcome>& outcomes,
                              const std::function<void(const BatchProgress&)>& observe);

}  // namespace ogpx::cli
