// `ogpx db copy --from DB --to DB`: moves a database between the backends
// (SQLite file <-> PostgreSQL URL), verified by counts and checksums
// (model::Store::CopyTo, docs/scale-out.md).
#include <iostream>

#include "cli/args.h"
#include "cli/command.h"
#include "model/store.h"

namespace ogpx::cli {

extern const char kDbHelp[] =
    "usage: ogpx db copy --from DB --to DB [--quiet]\n"
    "\n"
    "Copies every row of the database --from into the database --to, either\n"
    "of them a SQLite file or a PostgreSQL URL (postgresql://user@host/dbname;\n"
    "the PG* variables fill what it leaves out): SQLite to PostgreSQL to share\n"
    "a database with many workers, PostgreSQL to SQLite to take one away.\n"
    "--to is created (SQLite) or given the schema (PostgreSQL) and must hold no\n"
    "rows; it is written in one transaction, ids kept, and the source is read\n"
    "as of one moment (writers may go on). Then each table's row count and the\n"
    "checksum of its values (SHA-256 of the sorted SHA-256s of its rows) are\n"
    "compared on both sides. The search index is rebuilt by the target.\n"
    "\n"
    "  --from DB    the database to copy (required; never written)\n"
    "  --to DB      the empty database to copy into (required)\n"
    "  --quiet      no table of counts and checksums on stderr\n"
    "\n"
    "exit: 0 copied and verified; 1 --from cannot be opened; 2 usage (also: --to\n"
    "      holds rows, either is not an ogpx database); 4 --to could not be\n"
    "      written, or a count or checksum differs\n"
    "\n"
    "example: ogpx db copy --from ogpx.sqlite --to postgresql://ogpx@db.example/ogpx\n";

int RunDb(const std::vector<std::string>& argv) {
  Args args({"from", "to"}, {"quiet"});
  if (!args.Parse(argv) || args.positional().size() != 1 || args.positional()[0] != "copy" || !args.Has("from") ||
      !args.Has("to")) {
    PrintError(args.error().empty() ? "db: needs 'copy --from DB --to DB' (see ogpx db --help)" : "db: " + args.error());
    return kExitUsage;
  }
  if (args.Get("from") == args.Get("to")) {
    PrintError("db copy: --from and --to are the same database");
    return kExitUsage;
  }
  int exit_code = kExitOk;
  auto from = OpenExistingStore(args.Get("from"), exit_code);
  if (!from) return exit_code;
  auto to = model::Store::Open(args.Get("to"));
  if (!to) {
    PrintError(to.error().ToString());
    return to.error().kind == ErrorKind::kUsage ? kExitUsage : kExitInternal;
  }
  auto copied = from->CopyTo(*to);
  if (!copied) {
    PrintError("db copy: " + copied.error().ToString());
    return copied.error().kind == ErrorKind::kUsage ? kExitUsage : kExitInternal;
  }
  if (!args.Has("quiet")) {
    int64_t rows = 0;
    for (const auto& t : *copied) {
      std::cerr << "  " << t.table << ": " << t.rows << " rows, checksum " << t.checksum.substr(0, 16) << "\n";
      rows += t.rows;
    }
    std::cerr << "db copy: " << rows << " rows in " << copied->size() << " tables copied from " << from->backend()
              << " to " << to->backend() << "; counts and checksums equal\n";
  }
  return kExitOk;
}

}  // namespace ogpx::cli
