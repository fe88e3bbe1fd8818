// `ogpx remove --db FILE.sqlite FILE|SHA256...`: deletes documents and every
// row extracted from them, in one transaction (model::Store::Remove).
#include <iostream>
#include <set>

#include "cli/args.h"
#include "cli/command.h"
#include "cli/document_names.h"
#include "model/store.h"

namespace ogpx::cli {

extern const char kRemoveHelp[] =
    "usage: ogpx remove --db FILE.sqlite [--dry-run] FILE|SHA256...\n"
    "\n"
    "Deletes documents from the database with every row extracted from them\n"
    "(commitments, milestones, report entries, warnings, ...), all in one\n"
    "transaction: either every named document goes or none does. Reports that\n"
    "pointed at a removed plan are linked again (to another copy of the plan,\n"
    "or to nothing). Organisations and their aliases stay.\n"
    "\n"
    "A document is named by the SHA-256 of its bytes (64 hex digits, or a\n"
    "prefix of at least 8 that only one document has), by the path of the PDF\n"
    "(its bytes are hashed), or by its file name as stored (every document\n"
    "with that name). A name that matches nothing is an error and nothing is\n"
    "removed.\n"
    "\n"
    "  --db FILE    the database (required; never created)\n"
    "  --dry-run    print what would be removed, remove nothing\n"
    "\n"
    "Prints one line per removed document: 'removed SHA256 FILE'.\n"
    "\n"
    "exit: 0 removed; 1 a name matches no document (nothing removed) or the\n"
    "      database cannot be read; 2 usage; 4 the database could not be written\n"
    "\n"
    "example: ogpx remove --db ogpx.sqlite samples/nap5-en-scan.pdf\n";

int RunRemove(const std::vector<std::string>& argv) {
  Args args({"db"}, {"dry-run"});
  if (!args.Parse(argv) || !args.Has("db") || args.positional().empty()) {
    PrintError(args.error().empty() ? "remove: needs --db FILE.sqlite and at least one FILE or SHA256 (see ogpx remove --help)"
                                    : "remove: " + args.error());
    return kExitUsage;
  }
  const std::string db = args.Get("db");
  int open_failed = kExitOk;
  auto store = OpenExistingStore(db, open_failed, model::Store::Access::kWrite);
  if (!store) return open_failed;
  auto docs = store->Documents();
  if (!docs) {
    PrintError(docs.error().ToString());
    return kExitInputFailed;
  }
  std::vector<const model::DocumentInfo*> chosen;
  std::set<int64_t> ids;
  for (const auto& name : args.positional()) {
    auto found = ResolveDocuments(*docs, name);
    if (found.empty()) {
      PrintError("remove: " + name + ": no such document in " + db + " (nothing removed)");
      return kExitInputFailed;
    }
    for (const auto* d : found)
      if (ids.insert(d->id).second) chosen.push_back(d);
  }
  if (!args.Has("dry-run"))
    if (auto e = store->Remove(std::vector<int64_t>(ids.begin(), ids.end()))) {
      e->file = db;
      PrintError(e->ToString());
      return kExitInternal;
    }
  for (const auto* d : chosen)
    std::cout << (args.Has("dry-run") ? "would remove " : "removed ") << d->sha256 << " " << d->file_name << "\n";
  return kExitOk;
}

}  // namespace ogpx::cli
