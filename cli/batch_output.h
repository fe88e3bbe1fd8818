// What `ogpx ingest` shows of a batch (cli/batch.h): the progress line on a
// terminal, the one-line errors, the end summary and the --report JSON.
#pragma once

#include <string>
#include <vector>

#include "cli/batch.h"

namespace ogpx::cli {

// One line on stderr redrawn in place ("\r", erase to end of line), cut to the
// terminal's width: "[12/40] 310 pages (36 OCR), 2.1 pages/s, ETA 1:35, a.pdf 12/36".
// Disabled (every call does nothing) when `enabled` is false: stderr is not a
// terminal, or --quiet.
class ProgressLine {
 public:
  explicit ProgressLine(bool enabled) : enabled_(enabled) {}
  void Show(const BatchProgress& progress);
  void Clear();  // before anything else is printed on stderr
 private:
  bool enabled_;
  bool shown_ = false;
};

// "[12/40] 310 pages (36 OCR), 2.1 pages/s, ETA 1:35, a.pdf 12/36, b.pdf"
// (no width limit): files finished of all, pages read (OCR'd among them),
// pages read a second, the time left at that rate for the pages left
// (BatchProgress::pages_left), and the files being read with their pages
// read so far.
std::string ProgressText(const BatchProgress& progress);

// The end summary, one to three lines each ending in "\n":
//   ingest: 17 files: 15 ingested (2 replaced), 1 skipped (unchanged), 1 failed; 412 pages in 63.0 s
// (", N not done" after "failed" when the batch stopped before its end)
//     failed: 1 not_pdf
//     warnings: 12 no_text_layer, 3 pdf_syntax
// (the last two only when there is something to count; codes sorted).
std::string Summary(const std::vector<FileOutcome>& outcomes, double seconds);

// The lines of --verbose and --log-file for one file, "FILE: line" each:
// FileOutcome::log, then "FILE: failed: reason" or "FILE: not done".
std::vector<std::string> OutcomeLines(const FileOutcome& outcome);

// The per-file outcome as JSON (docs/cli.md, "ingest report"). `stopped`
// says why the batch stopped before its end ("interrupted by SIGINT", the
// database error); "" (null in the JSON) when it ran to the end.
std::string ReportJson(const std::vector<FileOutcome>& outcomes, const std::string& database,
                       const std::string& stopped = "");

}  // namespace ogpx::cli
