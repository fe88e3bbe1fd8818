// `ogpx ingest --db FILE.sqlite PATH...`: extract every PDF found and store
// it. A batch goes on past a bad file; each document is one transaction.
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/args.h"
#include "cli/command.h"
#include "cli/inputs.h"
#include "extract/extract.h"
#include "ingest/sha256.h"
#include "model/store.h"

namespace ogpx::cli {

extern const char kIngestHelp[] =
    "usage: ogpx ingest --db FILE.sqlite [--aliases FILE.tsv] [--quiet] [--strict]\n"
    "                   [--ocr auto|always|never] [--lang L] [--dpi N] [--jobs N] PATH...\n"
    "\n"
    "Extracts every PDF named (folders are searched recursively for *.pdf) and\n"
    "stores the result in the SQLite database, created if needed. A file already\n"
    "ingested (same SHA-256) is skipped unless the extractor version changed, in\n"
    "which case its rows are replaced. Each document is written in one\n"
    "transaction, so a failure never leaves half a document. Report entries are\n"
    "linked to the plan's milestones whatever order the files come in.\n"
    "Progress goes to stderr, one line per file.\n"
    "\n"
    "  --db FILE       the database (required)\n"
    "  --aliases TSV   organisation aliases, 'Mongolian name<TAB>English name'\n"
    "                  (the project ships data/org-aliases-mn-en.tsv)\n"
    "  --quiet         no progress lines\n"
    "  --strict        exit 3 when any document has warnings\n"
    "\n"
    "exit: 0 all stored; 1 some file could not be read (the rest are stored);\n"
    "      2 usage; 3 warnings with --strict; 4 the database could not be written\n"
    "\n"
    "example: ogpx ingest --db ogpx.sqlite --aliases data/org-aliases-mn-en.tsv samples/\n";

namespace {

std::optional<std::string> FileSha256(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::stringstream ss;
  ss << in.rdbuf();
  return ingest::Sha256Hex(ss.str());
}

}  // namespace

int RunIngest(const std::vector<std::string>& argv) {
  auto names = IngestOptionNames();
  names.insert({"db", "aliases"});
  Args args(names, {"quiet", "strict"});
  if (!args.Parse(argv) || !args.Has("db") || args.positional().empty()) {
    PrintError(args.error().empty() ? "ingest: needs --db FILE.sqlite and at least one PATH (see ogpx ingest --help)"
                                    : "ingest: " + args.error());
    return kExitUsage;
  }
  ingest::Options options;
  std::string error;
  if (!IngestOptionsFrom(args, options, error)) {
    PrintError("ingest: " + error);
    return kExitUsage;
  }
  std::error_code ec;
  auto parent = std::filesystem::path(args.Get("db")).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  auto store = model::Store::Open(args.Get("db"));
  if (!store) {
    PrintError(store.error().ToString());
    return kExitInternal;
  }
  if (args.Has("aliases")) {
    auto n = store->LoadAliases(args.Get("aliases"));
    if (!n) {
      PrintError(n.error().ToString());
      return kExitUsage;
    }
  }
  bool quiet = args.Has("quiet");
  auto files = ExpandInputs(args.positional());
  if (files.empty()) {
    PrintError("ingest: no PDF files found in the given paths");
    return kExitInputFailed;
  }
  auto known = store->Documents();
  int failed = 0, warned = 0;
  for (std::size_t i = 0; i < files.size(); ++i) {
    const std::string& file = files[i];
    auto started = std::chrono::steady_clock::now();
    std::string prefix = "[" + std::to_string(i + 1) + "/" + std::to_string(files.size()) + "] " + file;
    // Same bytes, same extractor: nothing to do, and no need to read the PDF.
    if (known) {
      auto sha = FileSha256(file);
      bool same = false;
      for (const auto& d : *known)
        same |= sha && d.sha256 == *sha && d.extractor_version == extract::kExtractorVersion;
      if (same) {
        if (!quiet) std::cerr << prefix << ": unchanged, skipped\n";
        continue;
      }
    }
    auto doc = ingest::Open(file, options);
    if (!doc) {
      ++failed;
      PrintError(doc.error().ToString());
      continue;
    }
    model::Document extracted = extract::Extract(*doc);
    auto outcome = store->Ingest(extracted, extract::kExtractorVersion);
    if (!outcome) {
      PrintError(file + ": " + outcome.error().ToString());
      return kExitInternal;
    }
    if (!extracted.warnings.empty()) ++warned;
    if (!quiet) {
      double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
      char timing[32];
      std::snprintf(timing, sizeof timing, "%.1fs", secs);
      std::cerr << prefix << ": " << model::KindName(extracted.kind) << ", " << extracted.source.pages
                << " pages";
      if (!extracted.source.ocr_pages.empty()) std::cerr << " (" << extracted.source.ocr_pages.size() << " OCR)";
      std::cerr << ", " << model::IngestOutcomeName(*outcome);
      if (!extracted.warnings.empty()) std::cerr << ", " << extracted.warnings.size() << " warnings";
      std::cerr << ", " << timing << "\n";
    }
  }
  if (!quiet)
    std::cerr << "ingest: " << files.size() - failed << " of " << files.size() << " files stored in "
              << args.Get("db") << (failed ? ", " + std::to_string(failed) + " failed" : "") << "\n";
  if (failed) return kExitInputFailed;
  if (warned && args.Has("strict")) return kExitWarnings;
  return kExitOk;
}

}  // namespace ogpx::cli
