// Store::Search: the FTS5 index text_search (model/schema_views.cpp) and the
// rows its matches come from.
#include "model/schema_sqlite.h"
#include "model/schema_views.h"
#include "model/store.h"

namespace ogpx::model {
namespace {

// Words as FTS5 strings ("..." with quotes doubled), all required; a word
// ending in '*' stays a prefix query.
std::string QuoteWords(const std::string& query) {
  std::string out;
  std::size_t at = 0;
  while (at < query.size()) {
    std::size_t b = query.find_first_not_of(" \t\r\n", at);
    if (b == std::string::npos) break;
    std::size_t e = query.find_first_of(" \t\r\n", b);
    if (e == std::string::npos) e = query.size();
    std::string word = query.substr(b, e - b);
    at = e;
    bool prefix = word.size() > 1 && word.back() == '*';
    if (prefix) word.pop_back();
    std::string quoted = "\"";
    for (char c : word) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    out += (out.empty() ? "" : " ") + quoted + "\"" + (prefix ? "*" : "");
  }
  return out;
}

const char* LocateSql(int code) {
  switch (code) {
    case schema::kSearchCommitment:
      return "SELECT d.id, d.file_name, c.number FROM commitments c JOIN plans p ON p.id = c.plan_id "
             "JOIN documents d ON d.id = p.document_id WHERE c.id = ?";
    case schema::kSearchMilestone:
      return "SELECT d.id, d.file_name, m.number FROM milestones m JOIN commitments c "
             "ON c.id = m.commitment_id JOIN plans p ON p.id = c.plan_id "
             "JOIN documents d ON d.id = p.document_id WHERE m.id = ?";
    case schema::kSearchResult:
      return "SELECT d.id, d.file_name, e.milestone FROM report_entries e JOIN reports r "
             "ON r.id = e.report_id JOIN documents d ON d.id = r.document_id WHERE e.id = ?";
    default:
      return "SELECT d.id, d.file_name, k.position + 1 FROM order_clauses k JOIN orders o "
             "ON o.id = k.order_id JOIN documents d ON d.id = o.document_id WHERE k.rowid = ?";
  }
}

}  // namespace

Result<std::vector<SearchHit>> Store::Search(const std::string& query, int limit, bool fts_syntax) try {
  const std::string match = fts_syntax ? query : QuoteWords(query);
  if (match.empty()) return Error{ErrorKind::kUsage, "", std::nullopt, "search: no words to look for"};
  sqlite3* db = db_.get();
  sql::Stmt st(db,
               "SELECT rowid, kind, snippet(text_search, 1, '[', ']', '...', 16) FROM text_search "
               "WHERE text_search MATCH ? ORDER BY rank, rowid LIMIT ?");
  st.Bind(1, match).Bind(2, static_cast<int64_t>(limit));
  std::vector<SearchHit> out;
  while (st.Step()) {
    SearchHit h;
    const int64_t rowid = st.Int(0);
    h.row_id = rowid >> 3;
    h.kind = st.Text(1);
    h.snippet = st.Text(2);
    sql::Stmt where(db, LocateSql(static_cast<int>(rowid & 7)));
    where.Bind(1, h.row_id);
    if (where.Step()) {
      h.document_id = where.Int(0);
      h.file_name = where.Text(1);
      h.number = where.Text(2);
    }
    if (where.error()) return *where.error();
    out.push_back(std::move(h));
  }
  if (st.error()) {
    Error e = *st.error();
    // A query the FTS5 parser refuses ("fts5: syntax error", "unterminated
    // string", "no such column: x" for "x:word") is the user's to fix.
    if (const int code = sqlite3_errcode(db); code == SQLITE_ERROR) {
      e.kind = ErrorKind::kUsage;
      e.reason = "search: '" + query + "' is not a valid FTS5 query (" + e.reason + ")";
    }
    return e;
  }
  return out;
} catch (const std::exception& e) {
  return Error{ErrorKind::kInternal, "", std::nullopt, std::string("search: ") + e.what()};
}

}  // namespace ogpx::model
