// `ogpx db copy --from DB --to DB`: moves a database between the backends
// (SQLite file <-> PostgreSQL URL), verified by counts and checksums
// (model::Store::CopyTo, docs/scale-out.md).
#include <iostream>

#include "cli/command_line.h"
#include "export/output_files.h"
#include "model/store.h"

namespace ogpx::cli {

namespace {

struct DbArgs {
  std::string action, from, to;
  bool quiet = false;
};

int RunCopy(const DbArgs& a) {
  if (a.from == a.to || (!model::IsPostgresUrl(a.from) && exporter::SameFile(a.from, a.to))) {
    PrintError("db copy: --from and --to are the same database");
    return kExitUsage;
  }
  int exit_code = kExitOk;
  auto from = OpenExistingStore(a.from, exit_code);
  if (!from) return exit_code;
  auto to = model::Store::Open(a.to);
  if (!to) {
    PrintError(to.error().ToString());
    return ExitCodeFor(to.error(), Doing::kWriting);
  }
  auto copied = from->CopyTo(*to);
  if (!copied) {
    PrintError("db copy: " + copied.error().ToString());
    return ExitCodeFor(copied.error(), Doing::kWriting);
  }
  if (!a.quiet) {
    int64_t rows = 0;
    for (const auto& t : *copied) {
      std::cerr << "  " << t.table << ": " << t.rows << " rows, checksum " << t.checksum.substr(0, 16)
                << "\n";
      rows += t.rows;
    }
    std::cerr << "db copy: " << rows << " rows in " << copied->size() << " tables copied from "
              << from->backend() << " to " << to->backend() << "; counts and checksums equal\n";
  }
  return kExitOk;
}

std::function<int()> DefineDb(CLI::App& app) {
  auto a = std::make_shared<DbArgs>();
  app.description(
      "Works on a whole database. ACTION is one of:\n" +
      HelpList({{"copy",
                 "copy every row of --from into --to, either of them a SQLite file or a PostgreSQL "
                 "database: SQLite to PostgreSQL to share a database with many workers, PostgreSQL "
                 "to SQLite to take one away"}}) +
      "\n"
      "--to is created (SQLite) or given the schema (PostgreSQL) and must hold no\n"
      "rows; it is written in one transaction, ids kept, and --from is read as of\n"
      "one moment (writers may go on). Then each table's row count and the\n"
      "checksum of its values (SHA-256 of the sorted SHA-256s of its rows) are\n"
      "compared on both sides, and printed. The search index is rebuilt by the\n"
      "target.\n");
  app.add_option("ACTION", a->action, "what to do: copy")->required()->transform(Choice({"copy"}));
  AddDatabaseOption(app, "--from", a->from, "the database to copy (required; never written)");
  AddDatabaseOption(app, "--to", a->to, "the empty database to copy into (required)");
  app.add_flag("-q,--quiet", a->quiet, "no table of counts and checksums on stderr");
  app.footer(
      "exit: 0 copied and verified; 1 --from cannot be read; 2 usage (also: --to\n"
      "      holds rows, either is not an ogpx database, both are one database);\n"
      "      4 --to could not be written, or a count or checksum differs\n"
      "\n"
      "example: ogpx db copy --from ogpx.sqlite --to postgresql://ogpx@db.example/ogpx\n");
  // ACTION is "copy", the only one (Choice refuses any other).
  return [a] { return RunCopy(*a); };
}

}  // namespace

extern const Command kDbCommand{"db", "copy a whole database between SQLite and PostgreSQL, verified",
                                DefineDb};

}  // namespace ogpx::cli
