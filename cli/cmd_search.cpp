// `ogpx search --db FILE.sqlite TEXT...`: full-text search of the database's
// commitment, milestone, report result and order clause texts
// (model::Store::Search, the FTS5 table text_search).
#include <filesystem>
#include <iostream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cli/command_line.h"
#include "model/store.h"

namespace ogpx::cli {

namespace {

struct SearchArgs {
  std::string db, format = "text";
  int limit = 20;
  bool fts = false;
  std::vector<std::string> words;
};

int RunSearch(const SearchArgs& a) {
  std::string query;
  for (const auto& p : a.words) query += (query.empty() ? "" : " ") + p;
  int open_failed = kExitOk;
  auto store = OpenExistingStore(a.db, open_failed);
  if (!store) return open_failed;
  auto hits = store->Search(query, a.limit, a.fts);
  if (!hits) {
    PrintError(hits.error().ToString());
    return ExitCodeFor(hits.error(), Doing::kReading);
  }
  std::ostringstream out;
  if (a.format == "json") {
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
  return std::cout ? kExitOk : kExitOutputFailed;
}

std::function<int()> DefineSearch(CLI::App& app) {
  auto a = std::make_shared<SearchArgs>();
  app.description(
      "Finds commitments, milestones, report results and order clauses whose\n"
      "text has every word given (any case; accents and diacritics ignored;\n"
      "a word ending in * matches as a prefix: 'transparen*'), best match first.\n"
      "The index is the table text_search of the database (docs/schema.md),\n"
      "kept in step with the documents by triggers.\n");
  AddDatabaseOption(app, "--db", a->db, "the database (required; never created)");
  app.add_option("TEXT", a->words, "the words to find")->required();
  app.add_option("--limit", a->limit, "at most N hits (default 20)")
      ->type_name("N")
      ->check(WholeNumber(1, std::numeric_limits<int>::max()));
  app.add_flag("--fts", a->fts, "TEXT is an FTS5 query: OR, NOT, NEAR(), \"a phrase\"");
  app.add_option("--format", a->format,
                 "text (default: KIND FILE NUMBER: snippet, the matching words in [brackets]) or json (an array "
                 "of objects)")
      ->type_name("F")
      ->transform(Choice({"text", "json"}));
  app.footer(
      "exit: 0 done (also with no hit); 1 the database cannot be read; 2 usage\n"
      "      (also a malformed --fts query)\n"
      "\n"
      "example: ogpx search --db ogpx.sqlite beneficial ownership\n");
  return [a] { return RunSearch(*a); };
}

}  // namespace

extern const Command kSearchCommand{"search", "full-text search of commitments, milestones, report results, clauses",
                                    DefineSearch};

}  // namespace ogpx::cli
