// `ogpx remove --db FILE.sqlite FILE|SHA256...`: deletes documents and every
// row extracted from them, in one transaction (model::Store::Remove).
#include <iostream>
#include <set>

#include "cli/command_line.h"
#include "cli/document_names.h"
#include "model/store.h"

namespace ogpx::cli {

namespace {

struct RemoveArgs {
  std::string db;
  std::vector<std::string> names;
  bool dry_run = false;
};

int RunRemove(const RemoveArgs& a) {
  const std::string& db = a.db;
  int open_failed = kExitOk;
  auto store = OpenExistingStore(db, open_failed, model::Store::Access::kWrite);
  if (!store) return open_failed;
  auto docs = store->Documents();
  if (!docs) {
    PrintError(docs.error().ToString());
    return ExitCodeFor(docs.error(), Doing::kReading);
  }
  std::vector<const model::DocumentInfo*> chosen;
  std::set<int64_t> ids;
  for (const auto& name : a.names) {
    auto found = ResolveDocuments(*docs, name);
    if (found.empty()) {
      PrintError("remove: " + name + ": no such document in " + db + " (nothing removed)");
      return kExitInputFailed;
    }
    for (const auto* d : found)
      if (ids.insert(d->id).second) chosen.push_back(d);
  }
  if (!a.dry_run)
    if (auto e = store->Remove(std::vector<int64_t>(ids.begin(), ids.end()))) {
      e->file = db;
      PrintError(e->ToString());
      return ExitCodeFor(*e, Doing::kWriting);
    }
  for (const auto* d : chosen)
    std::cout << (a.dry_run ? "would remove " : "removed ") << d->sha256 << " " << d->file_name << "\n";
  return kExitOk;
}

std::function<int()> DefineRemove(CLI::App& app) {
  auto a = std::make_shared<RemoveArgs>();
  app.description(
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
      "removed. Prints one line per removed document: 'removed SHA256 FILE'.\n");
  AddDatabaseOption(app, "--db", a->db, "the database (required; never created)");
  app.add_option("FILE|SHA256", a->names, "the documents to remove")->required();
  app.add_flag("--dry-run", a->dry_run, "print what would be removed, remove nothing");
  app.footer(
      "exit: 0 removed; 1 a name matches no document (nothing removed) or the\n"
      "      database cannot be read; 2 usage; 4 the database could not be written\n"
      "\n"
      "example: ogpx remove --db ogpx.sqlite samples/nap5-en-scan.pdf\n");
  return [a] { return RunRemove(*a); };
}

}  // namespace

extern const Command kRemoveCommand{
    "remove", "delete documents (by file or SHA-256) and all their rows from a database", DefineRemove};

}  // namespace ogpx::cli
