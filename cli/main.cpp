// ogpx: a thin main. It finds the subcommand, runs it and returns its exit
// code (cli/command.h, docs/cli.md); all work is in the libraries.
#include <clocale>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <set>
#include <string>
#include <vector>

#include "cli/command.h"
#include "ingest/ingest.h"

namespace ogpx::cli {

extern const char kPagesHelp[], kTablesHelp[], kExtractHelp[], kIngestHelp[], kExportHelp[],
    kStatusHelp[], kWarningsHelp[], kRemoveHelp[], kSearchHelp[], kReviewHelp[], kDbHelp[];
int RunPages(const std::vector<std::string>& args);
int RunTables(const std::vector<std::string>& args);
int RunExtract(const std::vector<std::string>& args);
int RunIngest(const std::vector<std::string>& args);
int RunExport(const std::vector<std::string>& args);
int RunStatus(const std::vector<std::string>& args);
int RunWarnings(const std::vector<std::string>& args);
int RunRemove(const std::vector<std::string>& args);
int RunSearch(const std::vector<std::string>& args);
int RunReview(const std::vector<std::string>& args);
int RunDb(const std::vector<std::string>& args);

void PrintError(const std::string& message) { std::cerr << "ogpx: " << message << "\n"; }

std::optional<model::Store> OpenExistingStore(const std::string& db, int& exit_code, model::Store::Access access) {
  std::error_code ec;
  if (!model::IsPostgresUrl(db) && !std::filesystem::is_regular_file(db, ec)) {
    PrintError(db + ": no such database (create it with ogpx ingest)");
    exit_code = kExitInputFailed;
    return std::nullopt;
  }
  auto store = model::Store::Open(db, access);
  if (!store) {
    PrintError(store.error().ToString());
    exit_code = store.error().kind == ErrorKind::kUsage ? kExitUsage : kExitInputFailed;
    return std::nullopt;
  }
  return std::move(*store);
}

namespace {

const Command kCommands[] = {
    {"extract", "print one PDF's ogpx/1 JSON (no database)", kExtractHelp, RunExtract},
    {"ingest", "extract PDFs (files or folders) into a SQLite database", kIngestHelp, RunIngest},
    {"export", "write the database as ogpx/1 JSON or JSON Lines, CSV with a data package, XLSX, OGP CSV",
     kExportHelp, RunExport},
    {"status", "milestones with their latest status: who is late, what is unreported", kStatusHelp,
     RunStatus},
    {"review", "write a static HTML site to check what was read beside the page", kReviewHelp,
     RunReview},
    {"search", "full-text search of commitments, milestones, report results, clauses", kSearchHelp,
     RunSearch},
    {"remove", "delete documents (by file or SHA-256) and all their rows from a database", kRemoveHelp,
     RunRemove},
    {"db", "copy a database between SQLite and PostgreSQL, verified by counts and checksums", kDbHelp, RunDb},
    {"tables", "show the tables ogpx reconstructs from a PDF", kTablesHelp, RunTables},
    {"pages", "show the page geometry of a PDF (words, lines, ruling lines)", kPagesHelp, RunPages},
    {"warnings", "list every warning code with its meaning", kWarningsHelp, RunWarnings},
};

void PrintUsage(std::FILE* out) {
  std::fprintf(out,
               "ogpx %s: Open Government Partnership documents (action plans, orders,\n"
               "progress reports; English and Mongolian; born-digital or scanned) into data.\n\n"
               "usage: ogpx COMMAND [options]   (ogpx COMMAND --help for details)\n\ncommands:\n",
               OGPX_VERSION);
  for (const auto& c : kCommands) std::fprintf(out, "  %-9s %s\n", c.name, c.summary);
  std::fprintf(out,
               "\nexit codes: 0 ok; 1 some input could not be read; 2 usage error;\n"
               "            3 done with warnings (--strict); 4 output or database could not be written;\n"
               "            5 OCR language data missing; 130/143 ingest stopped by SIGINT/SIGTERM\n");
}

}  // namespace
}  // namespace ogpx::cli

int main(int argc, char** argv) {
  using namespace ogpx::cli;
  std::setlocale(LC_ALL, "C.UTF-8");
  if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h") ||
      !std::strcmp(argv[1], "help")) {
    PrintUsage(argc < 2 ? stderr : stdout);
    return argc < 2 ? kExitUsage : kExitOk;
  }
  if (!std::strcmp(argv[1], "--version")) {
    std::printf("ogpx %s\n", OGPX_VERSION);
    return kExitOk;
  }
  std::vector<std::string> args(argv + 2, argv + argc);
  for (const auto& c : kCommands) {
    if (std::strcmp(argv[1], c.name) != 0) continue;
    for (const auto& a : args)
      if (a == "--help" || a == "-h") {
        std::fputs(c.help, stdout);
        return kExitOk;
      }
    // Commands that may render pages for OCR: the font list is loaded now,
    // while there is one thread, so that Fontconfig's complaints about its
    // cache never reach stderr (ingest::LoadFonts).
    static const std::set<std::string> kReadsPdfs = {"extract", "ingest", "tables", "pages", "review"};
    if (kReadsPdfs.count(c.name)) ogpx::ingest::LoadFonts();
    try {
      return c.run(args);
    } catch (const std::exception& e) {  // a bug: say so, never a stack trace
      PrintError(std::string("internal error: ") + e.what());
      return kExitInternal;
    }
  }
  PrintError(std::string("unknown command '") + argv[1] + "' (see ogpx --help)");
  return kExitUsage;
}
