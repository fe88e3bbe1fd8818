// `ogpx ingest --db DB PATH...`: extract every PDF found and store it
// (cli/batch.h; one batch over many workers: cli/split.h). A batch goes on past a bad file; each document is one
// transaction. This file parses the command line and shows the outcome.
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>

#include "base/files.h"
#include "cli/batch.h"
#include "cli/batch_output.h"
#include "cli/command_line.h"
#include "cli/default_aliases.h"
#include "cli/inputs.h"
#include "cli/interrupt.h"
#include "cli/split.h"
#include "export/writer.h"
#include "model/store.h"

namespace ogpx::cli {

namespace {

struct IngestArgs {
  std::string db, aliases, report, log_file;
  std::vector<std::string> paths;
  bool quiet = false, verbose = false, strict = false, force = false, replace = false, no_default_aliases = false;
  PdfOptions pdf;
  SplitOptions split;
};

// An output file of ingest (--report, --log-file) that would replace an input
// or the database, or a device, FIFO or folder standing where it goes (it is
// written aside and renamed; /dev/stdout as root): a usage error, exit 2.
std::optional<int> RefuseOutput(const std::string& option, const std::string& path,
                                const std::vector<exporter::KeptFile>& kept) {
  if (path.empty()) return std::nullopt;
  if (auto e = exporter::RefuseToOverwrite(path, kept)) {
    PrintError("ingest: " + option + " " + e->ToString());
    return kExitUsage;
  }
  std::error_code ec;
  const auto type = std::filesystem::status(path, ec).type();
  if (!ec && type != std::filesystem::file_type::regular && type != std::filesystem::file_type::not_found) {
    PrintError("ingest: " + option + " " + path + ": is not a regular file; refusing to replace it");
    return kExitUsage;
  }
  return std::nullopt;
}

int RunIngest(const IngestArgs& args) {
  if (args.paths.empty() && args.aliases.empty()) {
    PrintError("ingest: needs at least one PATH (or --aliases FILE.tsv alone) (see ogpx ingest --help)");
    return kExitUsage;
  }
  // From here on Ctrl-C stops the batch cleanly (cli/interrupt.h).
  InterruptWatch interrupt;
  BatchOptions options;
  options.ingest = ToIngestOptions(args.pdf);
  options.ingest.cancel = &interrupt.flag();
  options.force = args.force;
  options.replace = args.replace;
  options.stored_warnings = args.strict;
  options.explain = args.verbose || !args.log_file.empty();
  if (auto code = CheckOcrData("ingest", options.ingest)) return *code;
  const auto started = std::chrono::steady_clock::now();
  const std::string& db = args.db;
  options.database = db;
  auto files = ExpandInputs(args.paths, std::cin);
  // Nothing ogpx writes may be a file it reads: checked before anything is
  // opened or written, links followed (docs/cli.md, "Outputs never over inputs").
  std::vector<exporter::KeptFile> inputs;
  for (const auto& f : files) inputs.push_back({"input", f});
  if (!args.aliases.empty()) inputs.push_back({"aliases file", args.aliases});
  std::vector<exporter::KeptFile> kept = exporter::DatabaseFiles(db);
  kept.insert(kept.end(), inputs.begin(), inputs.end());
  for (const auto& out : exporter::DatabaseFiles(db))
    if (auto e = exporter::RefuseToOverwrite(out.path, inputs)) {
      PrintError("ingest: --db " + e->ToString());
      return kExitUsage;
    }
  const bool report_to_stdout = args.report == "-";
  if (!report_to_stdout)
    if (auto code = RefuseOutput("--report", args.report, kept)) return *code;
  if (auto code = RefuseOutput("--log-file", args.log_file, kept)) return *code;
  // The database's folder must exist: a typo in it is not a folder to make.
  std::error_code ec;
  const auto folder = std::filesystem::path(db).parent_path();
  if (!model::IsPostgresUrl(db) && !folder.empty() && !std::filesystem::is_directory(folder, ec)) {
    PrintError("ingest: --db " + db + ": the folder " + folder.string() + " does not exist (create it first)");
    return kExitUsage;
  }
  auto store = model::Store::Open(db);
  if (!store) {
    PrintError(store.error().ToString());
    return ExitCodeFor(store.error(), Doing::kWriting);
  }
  if (!args.no_default_aliases) {
    auto n = store->LoadAliasesText(DefaultAliases(), kDefaultAliasesName);
    if (!n) {
      PrintError(n.error().ToString());
      return ExitCodeFor(n.error(), Doing::kWriting);
    }
  }
  if (!args.aliases.empty()) {
    auto n = store->LoadAliases(args.aliases);
    if (!n) {  // a table that cannot be read is an input that failed; a bad line is a usage error
      PrintError(n.error().ToString());
      return ExitCodeFor(n.error(), Doing::kReading);
    }
    if (args.paths.empty()) {
      if (!args.quiet) std::cerr << "ingest: " << *n << " alias pairs in " << args.aliases << "\n";
      return kExitOk;
    }
  }
  const bool quiet = args.quiet;
  if (files.empty()) {
    PrintError("ingest: no PDF files found in the given paths");
    return kExitInputFailed;
  }

  // With --shard, this worker's files only (an empty shard is done: exit 0).
  if (args.split.shard) files = FilesInShard(files, *args.split.shard);
  // Inputs that cannot be read (missing, a folder, no permission) are named
  // before the work starts; the batch records them when their turn comes.
  std::set<std::string> announced;
  for (const auto& f : files)
    if (auto e = CheckRegularFile(f)) {
      PrintError(e->ToString());
      announced.insert(f);
    }
  std::ofstream log;
  if (!args.log_file.empty()) {
    log.open(args.log_file, std::ios::trunc);
    if (!log) {
      PrintError("ingest: --log-file " + args.log_file + ": cannot be written");
      return kExitOutputFailed;
    }
    log << "ogpx " << OGPX_VERSION << " ingest --db " << db << ": " << files.size() << " files\n" << std::flush;
  }
  ProgressLine line(!quiet && ::isatty(STDERR_FILENO));
  std::vector<FileOutcome> outcomes;
  std::size_t reported = 0;
  // Each file's error and (with --verbose, --log-file) what was decided,
  // in the input order (with --claim, in the order this worker handled them).
  auto tell = [&] {
    for (; reported < outcomes.size(); ++reported) {
      const FileOutcome& o = outcomes[reported];
      if (o.error && !announced.count(o.file)) {
        line.Clear();
        PrintError(o.error->ToString());
      }
      if (!options.explain) continue;
      for (const auto& text : OutcomeLines(o)) {
        if (args.verbose) {
          line.Clear();
          std::cerr << text << "\n";
        }
        if (log.is_open()) log << text << "\n";
      }
      log.flush();
    }
  };
  auto observe = [&](const BatchProgress& progress) {
    tell();
    line.Show(progress);
  };
  auto failure = RunSplitBatch(*store, files, options, args.split, outcomes, observe);
  tell();
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
    exit_code = ExitCodeFor(*failure, Doing::kWriting);
  } else if (interrupt.signal() != 0) {
    PrintError("ingest: " + stopped + "; the documents written are stored, a rerun completes the batch");
    exit_code = kExitSignalBase + interrupt.signal();
  } else if (failed) {
    exit_code = kExitInputFailed;
  } else if (warned && args.strict) {
    exit_code = kExitWarnings;
  }
  if (report_to_stdout) {
    std::cout << ReportJson(outcomes, db, stopped) << std::flush;
    if (!std::cout) {
      PrintError("ingest: --report -: standard output: cannot write");
      exit_code = kExitOutputFailed;
    }
  } else if (!args.report.empty()) {
    if (auto e = exporter::WriteFileAtomic(args.report, ReportJson(outcomes, db, stopped))) {
      PrintError(e->ToString());
      exit_code = ExitCodeFor(*e, Doing::kWriting);
    }
  }
  const std::string summary =
      Summary(outcomes, std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
  if (!quiet) std::cerr << summary;
  if (log.is_open()) {
    log << summary << "exit " << exit_code << "\n" << std::flush;
    if (!log) {
      PrintError("ingest: --log-file " + args.log_file + ": cannot be written");
      if (exit_code == kExitOk) exit_code = kExitOutputFailed;
    }
  }
  return exit_code;
}

std::function<int()> DefineIngest(CLI::App& app) {
  auto a = std::make_shared<IngestArgs>();
  app.description(
      "Extracts every PDF named and stores the result in the database (a SQLite file,\n"
      "created if needed, or a PostgreSQL database, given the schema). PATH is a\n"
      "file, a folder (searched recursively for *.pdf; links to folders are not\n"
      "followed) or '-' for paths read from stdin, one a line. Documents are read in\n"
      "parallel and written one at a time in the order given, each in one\n"
      "transaction: a failure or a kill never leaves half a document, and a rerun\n"
      "completes the batch. A file whose bytes (SHA-256) and extractor version are in\n"
      "the database already is skipped without being read again; a new extractor\n"
      "version replaces its rows. A file that cannot be read gets one line 'ogpx:\n"
      "FILE: reason' and the batch goes on (a file that does not exist is named\n"
      "before the work starts); so does a file whose OCR failed on a page: it is not\n"
      "stored, and the next run reads it again. Several ingests and readers may use\n"
      "one database at once (SQLite in WAL mode: writers wait for each other;\n"
      "PostgreSQL: many machines, docs/scale-out.md); with --shard or --claim,\n"
      "workers given the same PATHs share one batch. Report entries are linked to the\n"
      "plan's milestones whatever order the files come in.\n"
      "\n"
      "On a terminal a progress line shows files done/total, pages, rate, ETA and\n"
      "the files being read; on a pipe there is none. At the end a summary on stderr:\n"
      "files ingested, skipped, failed (by reason) and warnings by code.\n"
      "\n"
      "The database must be empty or ogpx's own (SQLite application_id, PostgreSQL\n"
      "table ogpx_meta; docs/schema.md): another program's database is refused,\n"
      "never changed.\n");
  AddDatabaseOption(app, "--db", a->db, "the database (required; a file is created, but not its folder)");
  app.add_option("PATH", a->paths, "PDF files, folders, or '-' for paths on stdin");
  app.add_option("--aliases", a->aliases,
                 "more organisation aliases, 'Mongolian name<TAB>English name' a line; with --aliases, PATH may "
                 "be left out to load the table alone")
      ->type_name("TSV");
  app.add_flag("--no-default-aliases", a->no_default_aliases,
               "do not load the aliases ogpx ships (data/org-aliases-mn-en.tsv, built in; loaded once per "
               "database, again only when a new ogpx ships a changed table)");
  app.add_flag("--force", a->force, "read and replace files already in the database");
  app.add_flag("--replace", a->replace,
               "a file replaces the documents stored under its file name with other bytes (a corrected edition), "
               "in the same transaction as its own rows ('replaced' in the report)");
  app.add_option("--report", a->report,
                 "write the outcome of every file as JSON (docs/cli.md); '-' is stdout (never over the database "
                 "or an input: exit 2)")
      ->type_name("FILE");
  app.add_flag("-q,--quiet", a->quiet, "no progress line and no summary (errors still print)");
  app.add_flag("-v,--verbose", a->verbose,
               "say what was decided for each file, in the input order: its kind with the claims and their "
               "evidence, per page the text layer or OCR and why, the tables found, the warnings, how it was "
               "stored (docs/cli.md)");
  app.add_option("--log-file", a->log_file, "write the same lines as --verbose there, with the summary")
      ->type_name("FILE")
      ->check(NotStandardStream("a log file"));
  app.add_flag("--strict", a->strict,
               "exit 3 when any document has warnings (also one skipped as unchanged: its stored warnings count)");
  AddPdfOptions(app, a->pdf, "threads for reading documents and their OCR (default: the number of cores)",
                /*with_page=*/false);
  AddSplitOptions(app, a->split);
  app.footer(
      "Ctrl-C (SIGINT) or SIGTERM stops the batch cleanly: the documents written\n"
      "are stored, the summary and the report list every file ('not_done' for\n"
      "those not written); a second signal ends ogpx at once.\n"
      "\n"
      "exit: 0 all stored or skipped; 1 some file could not be read (the rest are\n"
      "      stored; also a folder, FIFO or device given as a file, an --aliases\n"
      "      table that cannot be read); 2 usage (also: --report or --db is an\n"
      "      input, the database is not ogpx's or its folder does not exist, a bad\n"
      "      --aliases line); 3 warnings with --strict; 4 the database or the report\n"
      "      could not be written (also: a PostgreSQL server that cannot be\n"
      "      reached); 5 OCR language data missing (checked before any file is\n"
      "      read; the message names the Debian package); 130/143 stopped by\n"
      "      SIGINT/SIGTERM\n"
      "\n"
      "example: ogpx ingest --db ogpx.sqlite samples/\n"
      "         find inbox -name '*.pdf' -newer last-run | ogpx ingest --db db.sqlite -\n"
      "         ogpx ingest --db postgresql://ogpx@db/ogpx --shard 3/8 archive/\n");
  return [a] { return RunIngest(*a); };
}

}  // namespace

extern const Command kIngestCommand{"ingest", "extract PDFs (files or folders) into a SQLite or PostgreSQL database",
                                    DefineIngest};

}  // namespace ogpx::cli
