// `ogpx search --db FILE.sqlite TEXT...`: full-text search of the database's
// commitment, milestone, report result and order clause texts
// (model::Store::Search, the FTS5 table text_search).
#include <filesystem>
#include <iostream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cli/args.h"
#include "cli/command.h"
#include "model/store.h"

namespace ogpx::cli {

extern const char kSearchHelp[] =
    "usage: ogpx search --db FILE.sqlite [--limit N] [--fts] [--format text|json] TEXT...\n"
    "\n"
    "Finds commitments, milestones, report results and order clauses whose\n"
    "text has every word given (any case; accents and diacritics ignored;\n"
    "a word ending in * matches as a prefix: 'transparen*'), best match first.\n"
    "The index is the table text_search of the database (docs/schema.md),\n"
    "kept in step with the documents by triggers.\n"
    "\n"
    "  --db FILE       the database (required; never created)\n"
    "  --limit N       at most N hits (default 20)\n"
    "  --fts           TEXT is an FTS5 query: OR, NOT, NEAR(), \"a phrase\"\n"
    "  --format F      text (default: KIND FILE NUMBER: snippet, the matching\n"
    "                  words in [brackets]) or json (an array of objects)\n"
    "\n"
    "exit: 0 done (also with no hit); 1 the database cannot be read; 2 usage\n"
    "      (also a malformed --fts query)\n"
    "\n"
    "example: ogpx search --db ogpx.sqlite beneficial ownership\n";

int RunSearch(const std::vector<std::string>& argv) {
  Args args({"db", "limit", "format"}, {"fts"});
  if (!args.Parse(argv) || !args.Has("db") || args.positional().empty()) {
    PrintError(args.error().empty() ? "search: needs --db FILE.sqlite and TEXT (see ogpx search --help)"
                                    : "search: " + args.error());
    return kExitUsage;
  }
  auto limit = args.GetInt("limit", 20);
  if (!limit || *limit < 1) {
    PrintError("search: --limit must be a positive number");
    return kExitUsage;
  }
  const std::string format = args.Get("format", "text");
  if (format != "text" && format != "json") {
    PrintError("search: --format must be text or json, not '" + format + "'");
    return kExitUsage;
  }
  std::string query;
  for (const auto& p : args.positional()) query += (query.empty() ? "" : " ") + p;
  const std::string db = args.Get("db");
  int open_failed = kExitOk;
  auto store = OpenExistingStore(db, open_failed);
  if (!store) return open_failed;
  auto hits = store->Search(query, *limit, args.Has("fts"));
  if (!hits) {
    PrintError(hits.error().ToString());
    return hits.error().kind == ErrorKind::kUsage ? kExitUsage : kExitInputFailed;
  }
  std::ostringstream out;
  if (format == "json") {
    auto array = nlohmann::ordered_json::array();
    for (const auto& h : *hits)
      array.push_back({{"kind", h.kind}, {"file", h.file_name}, {"number", h.number},
                       {"document_id", h.document_id}, {"row_id", h.row_id}, {"snippet", h.snippet}});
    out << array.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
  } else {
    for (const auto& h : *hits)
      out << h.kind << "  " << h.file_name << "  " << h.number << ": " << h.snippet << "\n";
    if (hits->empty()) std::cerr << "ogpx: search: no match for '" << query << "'\n";
  }
  std::cout << out.str() << std::flush;
  return std::cout ? kExitOk : kExitInternal;
}

}  // namespace ogpx::cli
