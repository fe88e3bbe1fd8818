// ogpx: a thin main. It finds the subcommand, lets it parse its command line
// (cli/command_line.h), runs it and returns its exit code (cli/command.h,
// docs/cli.md); all work is in the libraries.
#include <clocale>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <set>
#include <string>
#include <vector>

#include "cli/command_line.h"
#include "ingest/ingest.h"

namespace ogpx::cli {

extern const Command kExtractCommand, kIngestCommand, kExportCommand, kStatusCommand, kReviewCommand,
    kSearchCommand, kRemoveCommand, kDbCommand, kTablesCommand, kPagesCommand, kWarningsCommand;

void PrintError(const std::string& message) { std::cerr << "ogpx: " << message << "\n"; }

int ExitCodeFor(const Error& error, Doing doing) {
  if (error.kind == ErrorKind::kUsage) return kExitUsage;
  return doing == Doing::kReading ? kExitInputFailed : kExitOutputFailed;
}

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
    exit_code = ExitCodeFor(store.error(), Doing::kReading);
    return std::nullopt;
  }
  return std::move(*store);
}

namespace {

const Command* const kCommands[] = {&kExtractCommand, &kIngestCommand, &kExportCommand, &kStatusCommand,
                                    &kReviewCommand,  &kSearchCommand, &kRemoveCommand, &kDbCommand,
                                    &kTablesCommand,  &kPagesCommand,  &kWarningsCommand};

const Command* Find(const std::string& name) {
  for (const Command* c : kCommands)
    if (name == c->name) return c;
  return nullptr;
}

void PrintUsage(std::FILE* out) {
  std::fprintf(out,
               "ogpx %s: Open Government Partnership documents (action plans, orders,\n"
               "progress reports; English and Mongolian; born-digital or scanned) into data.\n\n"
               "usage: ogpx COMMAND [options] [--] [ARGUMENTS]\n"
               "       ogpx help COMMAND      the command's options (also ogpx COMMAND --help,\n"
               "                              man ogpx-COMMAND)\n"
               "       ogpx -V, --version     the version\n\ncommands:\n",
               OGPX_VERSION);
  for (const Command* c : kCommands) std::fprintf(out, "  %-9s %s\n", c->name, c->summary);
  std::fprintf(out,
               "\nexit codes: 0 ok; 1 some input could not be read; 2 usage error;\n"
               "  3 done with warnings (--strict); 4 output or database could not be written;\n"
               "  5 OCR language data missing; 70 internal error (a bug: please report it);\n"
               "  130/143 ingest stopped by SIGINT/SIGTERM\n");
}

// "ogpx: unknown command 'x'; did you mean 'y'? (see ogpx --help)", exit 2.
int UnknownCommand(const std::string& name) {
  std::vector<std::string> names;
  for (const Command* c : kCommands) names.push_back(c->name);
  std::string near = Suggest(name, names);
  PrintError("unknown command '" + name + "'" + (near.empty() ? "" : "; did you mean '" + near + "'?") +
             " (see ogpx --help)");
  return kExitUsage;
}

int Run(const Command& command, const std::vector<std::string>& args) {
  std::function<int()> run;
  auto app = MakeCommandApp(command, run);
  if (auto code = ParseCommandLine(*app, args)) return *code;
  // Commands that may render pages for OCR: the font list is loaded now,
  // while there is one thread, so that Fontconfig's complaints about its
  // cache never reach stderr (ingest::LoadFonts).
  static const std::set<std::string> kReadsPdfs = {"extract", "ingest", "tables", "pages", "review"};
  if (kReadsPdfs.count(command.name)) ingest::LoadFonts();
  return run();
}

int Main(const std::vector<std::string>& argv) {
  if (argv.empty()) {
    PrintUsage(stderr);
    return kExitUsage;
  }
  const std::string& first = argv[0];
  if (first == "--help" || first == "-h" || (first == "help" && argv.size() == 1)) {
    PrintUsage(stdout);
    return kExitOk;
  }
  if (first == "--version" || first == "-V") {
    std::printf("ogpx %s\n", OGPX_VERSION);
    return kExitOk;
  }
  if (first == "help") {
    const Command* c = Find(argv[1]);
    if (c == nullptr) return UnknownCommand(argv[1]);
    return Run(*c, {"--help"});
  }
  const Command* c = Find(first);
  if (c == nullptr) return UnknownCommand(first);
  return Run(*c, std::vector<std::string>(argv.begin() + 1, argv.end()));
}

}  // namespace
}  // namespace ogpx::cli

int main(int argc, char** argv) {
  std::setlocale(LC_ALL, "C.UTF-8");
  try {
    return ogpx::cli::Main(std::vector<std::string>(argv + 1, argv + argc));
  } catch (const std::exception& e) {  // a bug: say so, never a stack trace
    ogpx::cli::PrintError(std::string("internal error: ") + e.what() + " (please report it)");
    return ogpx::cli::kExitInternal;
  }
}
