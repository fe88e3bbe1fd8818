// `ogpx ingest --db FILE.sqlite PATH...`: extract every PDF found and store
// it (cli/batch.h). A batch goes on past a bad file; each document is one
// transaction. This file parses the command line and shows the outcome.
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <iostream>

#include "cli/args.h"
#include "cli/batch.h"
#include "cli/batch_output.h"
#include "cli/command.h"
#include "cli/default_aliases.h"
#include "cli/inputs.h"
#include "cli/interrupt.h"
#include "cli/split.h"
#include "export/writer.h"
#include "model/store.h"

namespace ogpx::cli {

extern const char kIngestHelp[] =
    "usage: ogpx ingest --db FILE.sqlite|postgresql://... [--aliases FILE.tsv] [--no-default-aliases]\n"
    "                   [--jobs N] [--force] [--replace] [--shard K/N | --claim [--lease S]]\n"
    "                   [--report FILE.json] [--quiet] [--strict]\n"
    "                   [--ocr auto|always|never] [--lang L] [--dpi N] [limits] PATH...\n"
    "\n"
    "Extracts every PDF named and stores the result in the SQLite database,\n"
    "created if needed. PATH is a file, a folder (searched recursively for *.pdf;\n"
    "links to folders are not followed) or '-' for paths read from stdin, one a\n"
    "line. Documents are read in parallel and written one at a time in the order\n"
    "given, each in one transaction: a failure or a kill never leaves half a\n"
    "document, and a rerun completes the batch. A file whose bytes (SHA-256) and\n"
    "extractor version are in the database already is skipped without being read\n"
    "again; a new extractor version replaces its rows. A file that cannot be read\n"
    "gets one line 'ogpx: FILE: reason' and the batch goes on; so does a file whose\n"
    "OCR failed on a page: it is not stored, and the next run reads it again.\n"
    "Several ingests and readers may use one database at once (WAL mode; writers\n"
    "wait for each other).\n"
    "Report entries are linked to the plan's milestones whatever order the files\n"
    "come in.\n"
    "\n"
    "  --db FILE|URL      the database (required): a SQLite file, or a PostgreSQL\n"
    "                     database postgresql://user@host/dbname (the PG* variables\n"
    "                     fill what the URL leaves out; docs/scale-out.md)\n"
    "  --aliases TSV      more organisation aliases, 'Mongolian name<TAB>English\n"
    "                     name' a line; with --aliases, PATH may be left out to\n"
    "                     load the table alone\n"
    "  --no-default-aliases  do not load the aliases ogpx ships (data/org-aliases-\n"
    "                     mn-en.tsv, built in; loaded once per database, again\n"
    "                     only when a new ogpx ships a changed table)\n"
    "  --jobs N           threads for reading documents and their OCR (default: cores)\n"
    "  --force            read and replace files already in the database\n"
    "  --replace          a file replaces the documents stored under its file name\n"
    "                     with other bytes (a corrected edition), in the same\n"
    "                     transaction as its own rows ('replaced' in the report)\n"
    "  --report FILE      write the outcome of every file as JSON (docs/cli.md)\n"
    "                     (never over the database or an input: exit 2)\n"
    "  --quiet            no progress line and no summary (errors still print)\n"
    "  --strict           exit 3 when any document has warnings\n"
    "  --shard K/N        only the files in shard K of N (0 <= K < N): the first 16\n"
    "                     hex digits of the file's SHA-256 as a number, modulo N,\n"
    "                     equal K; N workers with K = 0..N-1 cover every file once\n"
    "  --claim            workers given the same PATHs share them through the\n"
    "                     database: each claims the next unread file (docs/scale-out.md)\n"
    "  --lease S          a claim not finished within S seconds (default 600, renewed\n"
    "                     while the worker lives) is taken over by another worker\n"
    "\n"
    "On a terminal a progress line shows files done/total, pages, rate, ETA and\n"
    "the files being read; on a pipe there is none. At the end a summary on stderr:\n"
    "files ingested, skipped, failed (by reason) and warnings by code.\n"
    "\n"
    "limits (docs/limits.md; a document over one fails, a page over one is skipped):\n"
    "  --max-pages N        pages per document (2000)\n"
    "  --max-page-side PT   points per page side (14400 = 200 in)\n"
    "  --max-ocr-pixels N   pixels of a page rendered for OCR (60000000)\n"
    "  --ocr-seconds N      OCR seconds per page (120)\n"
    "  --doc-seconds N      seconds per document, 0 = no limit (1800)\n"
    "  --max-stream-bytes N decompressed content streams per page (268435456)\n"
    "  --max-image-pixels N pixels of one image on a page (400000000)\n"
    "\n"
    "The database must be empty or ogpx's own (SQLite application_id, see\n"
    "docs/schema.md): another program's database is refused, never changed.\n"
    "\n"
    "Ctrl-C (SIGINT) or SIGTERM stops the batch cleanly: the documents written\n"
    "are stored, the summary and the report list every file ('not_done' for\n"
    "those not written); a second signal ends ogpx at once.\n"
    "\n"
    "exit: 0 all stored or skipped; 1 some file could not be read (the rest are\n"
    "      stored; also a folder, FIFO or device given as a file, an --aliases\n"
    "      table that cannot be read); 2 usage (also: --report or --db is an\n"
    "      input, the database is not ogpx's, a bad --aliases line); 3 warnings\n"
    "      with --strict; 4 the database or the report could not be written;\n"
    "      5 OCR language data missing (checked before any file is read; the\n"
    "      message names the Debian package); 130/143 stopped by SIGINT/SIGTERM\n"
    "\n"
    "example: ogpx ingest --db ogpx.sqlite samples/\n"
    "         find inbox -name '*.pdf' -newer last-run | ogpx ingest --db ogpx.sqlite -\n";

int RunIngest(const std::vector<std::string>& argv) {
  auto names = IngestOptionNames();
  names.insert({"db", "aliases", "report"});
  names.merge(SplitOptionNames());
  std::set<std::string> flags = {"quiet", "strict", "force", "replace", "no-default-aliases"};
  flags.merge(SplitFlagNames());
  Args args(names, flags);
  if (!args.Parse(argv) || !args.Has("db") || (args.positional().empty() && !args.Has("aliases"))) {
    PrintError(args.error().empty() ? "ingest: needs --db FILE.sqlite and at least one PATH (see ogpx ingest --help)"
                                    : "ingest: " + args.error());
    return kExitUsage;
  }
  // From here on Ctrl-C stops the batch cleanly (cli/interrupt.h).
  InterruptWatch interrupt;
  BatchOptions options;
  options.ingest.cancel = &interrupt.flag();
  options.force = args.Has("force");
  options.replace = args.Has("replace");
  std::string error;
  SplitOptions split;
  if (!IngestOptionsFrom(args, options.ingest, error) || !SplitOptionsFrom(args, split, error)) {
    PrintError("ingest: " + error);
    return kExitUsage;
  }
  if (auto code = CheckOcrData("ingest", options.ingest)) return *code;
  const auto started = std::chrono::steady_clock::now();
  const std::string db = args.Get("db");
  options.database = db;
  auto files = ExpandInputs(args.positional(), std::cin);
  // Nothing ogpx writes may be a file it reads: checked before anything is
  // opened or written, links followed (docs/cli.md, "Outputs never over inputs").
  std::vector<exporter::KeptFile> inputs;
  for (const auto& f : files) inputs.push_back({"input", f});
  if (args.Has("aliases")) inputs.push_back({"aliases file", args.Get("aliases")});
  std::vector<exporter::KeptFile> kept = exporter::DatabaseFiles(db);
  kept.insert(kept.end(), inputs.begin(), inputs.end());
  for (const auto& out : exporter::DatabaseFiles(db))
    if (auto e = exporter::RefuseToOverwrite(out.path, inputs)) {
      PrintError("ingest: --db " + e->ToString());
      return kExitUsage;
    }
  if (args.Has("report")) {
    if (auto e = exporter::RefuseToOverwrite(args.Get("report"), kept)) {
      PrintError("ingest: --report " + e->ToString());
      return kExitUsage;
    }
    // The report replaces a file (written aside, then renamed): never a
    // device, a FIFO or a folder standing where it goes (/dev/stdout as root).
    std::error_code ec;
    const auto type = std::filesystem::status(args.Get("report"), ec).type();
    if (!ec && type != std::filesystem::file_type::regular && type != std::filesystem::file_type::not_found) {
      PrintError("ingest: --report " + args.Get("report") + ": is not a regular file; refusing to replace it");
      return kExitUsage;
    }
  }
  std::error_code ec;
  auto parent = std::filesystem::path(db).parent_path();
  if (!parent.empty() && !model::IsPostgresUrl(db)) std::filesystem::create_directories(parent, ec);
  auto store = model::Store::Open(db);
  if (!store) {
    PrintError(store.error().ToString());
    return store.error().kind == ErrorKind::kUsage ? kExitUsage : kExitInternal;
  }
  if (!args.Has("no-default-aliases")) {
    auto n = store->LoadAliasesText(DefaultAliases(), kDefaultAliasesName);
    if (!n) {
      PrintError(n.error().ToString());
      return kExitInternal;
    }
  }
  if (args.Has("aliases")) {
    auto n = store->LoadAliases(args.Get("aliases"));
    if (!n) {  // a table that cannot be read is an input that failed; a bad line is a usage error
      PrintError(n.error().ToString());
      return n.error().kind == ErrorKind::kUsage ? kExitUsage : ExitCodeFor(n.error());
    }
    if (args.positional().empty()) {
      if (!args.Has("quiet")) std::cerr << "ingest: " << *n << " alias pairs in " << args.Get("aliases") << "\n";
      return kExitOk;
    }
  }
  const bool quiet = args.Has("quiet");
  if (files.empty()) {
    PrintError("ingest: no PDF files found in the given paths");
    return kExitInputFailed;
  }

  ProgressLine line(!quiet && ::isatty(STDERR_FILENO));
  std::vector<FileOutcome> outcomes;
  std::size_t reported = 0;
  auto observe = [&](const BatchProgress& progress) {
    for (; reported < outcomes.size(); ++reported)
      if (const auto& e = outcomes[reported].error) {
        line.Clear();
        PrintError(e->ToString());
      }
    line.Show(progress);
  };
  auto failure = RunSplitBatch(*store, files, options, split, outcomes, observe);
  line.Clear();
  std::string stopped;
  if (failure) stopped = failure->ToString();
  else if (interrupt.signal() != 0) stopped = "interrupted by " + interrupt.name();
  int exit_code = kExitOk;
  bool failed = false, warned = false;
  for (const auto& o : outcomes) {
    failed |= o.status == FileStatus::kFailed;
    warned |= !o.warnings.empty();
  }
  if (failure) {
    PrintError(failure->ToString());
    exit_code = kExitInternal;
  } else if (interrupt.signal() != 0) {
    PrintError("ingest: " + stopped + "; the documents written are stored, a rerun completes the batch");
    exit_code = kExitSignalBase + interrupt.signal();
  } else if (failed) {
    exit_code = kExitInputFailed;
  } else if (warned && args.Has("strict")) {
    exit_code = kExitWarnings;
  }
  if (args.Has("report")) {
    if (auto e = exporter::WriteFileAtomic(args.Get("report"), ReportJson(outcomes, db, stopped))) {
      PrintError(e->ToString());
      exit_code = kExitInternal;
    }
  }
  if (!quiet)
    std::cerr << Summary(outcomes, std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
  return exit_code;
}

}  // namespace ogpx::cli
