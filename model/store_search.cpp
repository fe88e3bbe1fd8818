// Store::Search: the index text_search (model/schema_views.cpp: FTS5 on
// SQLite, a view with word indexes on PostgreSQL) and the rows its matches
// come from.
#include "model/dialect.h"
#include "model/sql.h"
#include "model/schema_views.h"
#include "model/store.h"

namespace ogpx::model {
namespace {

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
  sql::Conn& db = *db_;
  const std::string match = fts_syntax ? query : dialect::AllWords(db.dialect(), query);
  if (match.empty()) return Error{ErrorKind::kUsage, "", std::nullopt, "search: no words to look for"};
  sql::Stmt st(db, dialect::SearchSql(db.dialect(), fts_syntax));
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
    if (st.user_error()) {
      e.kind = ErrorKind::kUsage;
      e.reason = "search: '" + query + "' is not a valid " +
                 (db.dialect() == sql::Dialect::kSqlite ? "FTS5" : "PostgreSQL text search") + " query (" +
                 e.reason + ")";
    }
    return e;
  }
  return out;
} catch (const std::exception& e) {
  return Error{ErrorKind::kInternal, "", std::nullopt, std::string("search: ") + e.what()};
}

}  // namespace ogpx::model
