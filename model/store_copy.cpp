// Store::CopyTo: every row of one database into another, either backend to
// either (`ogpx db copy`, docs/scale-out.md), verified by row counts and
// checksums of both sides.
#include <algorithm>
#include <cstdio>

#include "base/sha256.h"
#include "model/dialect.h"
#include "model/sql.h"
#include "model/store.h"

namespace ogpx::model {
namespace {

// Parents before children (foreign keys); text_search is not copied: SQLite
// fills its index through triggers, PostgreSQL's is a view.
constexpr const char* kTables[] = {
    "documents", "pages",   "organisations",  "org_aliases",    "plans",          "participants",
    "commitments", "milestones", "outputs",   "stakeholder_roles", "orders",     "order_clauses",
    "reports",   "report_entries", "report_evidence", "provenance", "warnings",    "alias_loads",
    "claims"};

Result<std::vector<std::string>> ColumnsOf(sql::Conn& db, const std::string& table) {
  sql::Stmt st(db, "SELECT * FROM " + table + " LIMIT 0");
  st.Step();
  if (st.error()) return *st.error();
  std::vector<std::string> out;
  for (int c = 0; c < st.Columns(); ++c) out.push_back(st.ColumnName(c));
  return out;
}

// One value as the same text whichever backend read it.
std::string Canonical(const sql::Stmt& st, int col) {
  switch (st.Type(col)) {
    case sql::ValueType::kNull: return "N";
    case sql::ValueType::kInt: return "i" + std::to_string(st.Int(col));
    case sql::ValueType::kReal: {
      char buf[40];
      std::snprintf(buf, sizeof buf, "r%.17g", st.Real(col));
      return buf;
    }
    case sql::ValueType::kText: {
      const std::string t = st.Text(col);
      return "t" + std::to_string(t.size()) + ":" + t;
    }
  }
  return "";
}

// Rows and checksum of `columns` of `table`: the SHA-256 of the sorted
// SHA-256s of its rows, so that row order does not matter.
Result<TableCopy> Checksum(sql::Conn& db, const std::string& table, const std::string& columns) {
  sql::Stmt st(db, "SELECT " + columns + " FROM " + table);
  std::vector<std::string> rows;
  while (st.Step()) {
    std::string row;
    for (int c = 0; c < st.Columns(); ++c) row += Canonical(st, c) + "|";
    rows.push_back(Sha256Hex(row));
  }
  if (st.error()) return *st.error();
  std::sort(rows.begin(), rows.end());
  std::string all;
  for (const auto& r : rows) all += r;
  return TableCopy{table, static_cast<int64_t>(rows.size()), Sha256Hex(all), columns};
}

std::optional<Error> CopyTable(sql::Conn& from, sql::Conn& to, const std::string& table, const std::string& columns,
                               std::size_t count) {
  std::string marks;
  for (std::size_t i = 0; i < count; ++i) marks += i ? ",?" : "?";
  sql::Stmt read(from, "SELECT " + columns + " FROM " + table + " ORDER BY 1");
  sql::Stmt write(to, "INSERT INTO " + table + " (" + columns + ") VALUES (" + marks + ")");
  while (read.Step()) {
    write.Reset();
    for (int c = 0; c < read.Columns(); ++c) {
      switch (read.Type(c)) {
        case sql::ValueType::kNull: write.BindNull(c + 1); break;
        case sql::ValueType::kInt: write.Bind(c + 1, read.Int(c)); break;
        case sql::ValueType::kReal: write.Bind(c + 1, read.Real(c)); break;
        case sql::ValueType::kText: write.Bind(c + 1, read.Text(c)); break;
      }
    }
    if (auto e = write.Run()) return e;
  }
  return read.error();
}

Error Named(Error e, const sql::Conn& db) {
  if (e.file.empty()) e.file = db.name();
  return e;
}

}  // namespace

Result<std::vector<TableCopy>> Store::CopyTo(Store& target) try {
  sql::Conn &from = *db_, &to = *target.db_;
  if (schema_version_ != target.schema_version_)
    return Error{ErrorKind::kUsage, to.name(), std::nullopt, "schema versions differ"};
  for (const char* table : kTables) {
    auto rows = sql::QueryInt(to, std::string("SELECT count(*) FROM ") + table);
    if (!rows) return Named(rows.error(), to);
    if (*rows > 0)
      return Error{ErrorKind::kUsage, to.name(), std::nullopt,
                   std::string("the target database is not empty (table ") + table + " has rows); nothing copied"};
  }
  // The source read as of one moment; the target written in one transaction.
  if (auto e = from.Exec(dialect::BeginSnapshot(from.dialect()))) return Named(*e, from);
  struct EndRead {
    sql::Conn& conn;
    ~EndRead() { conn.Exec("COMMIT"); }
  } end_read{from};
  sql::Transaction tx(to, /*serialize_writers=*/true);
  if (tx.begin_error()) return Named(*tx.begin_error(), to);
  std::vector<TableCopy> copied;
  for (const char* table : kTables) {
    auto source = ColumnsOf(from, table), dest = ColumnsOf(to, table);
    if (!source) return Named(source.error(), from);
    if (!dest) return Named(dest.error(), to);
    std::vector<std::string> common;
    for (const auto& c : *source)
      if (std::find(dest->begin(), dest->end(), c) != dest->end()) common.push_back(c);
    if (std::string(table) == "order_clauses" && std::find(common.begin(), common.end(), "rowid") == common.end())
      common.insert(common.begin(), "rowid");  // SQLite's hidden row id, PostgreSQL's column: the search refers to it
    std::string columns;
    for (const auto& c : common) columns += (columns.empty() ? "" : ", ") + c;
    if (auto e = CopyTable(from, to, table, columns, common.size())) return Named(*e, to);
    for (const auto& key : {"id", "rowid"})
      if (std::find(common.begin(), common.end(), key) != common.end())
        if (auto fix = dialect::AfterExplicitIds(to.dialect(), table, key); !fix.empty())
          if (auto e = to.Exec(fix)) return Named(*e, to);
    auto sum = Checksum(from, table, columns);
    if (!sum) return Named(sum.error(), from);
    copied.push_back(*sum);
  }
  if (auto e = tx.Commit()) return Named(*e, to);
  // Verified on the committed target: the same rows, value for value.
  for (const auto& c : copied) {
    auto sum = Checksum(to, c.table, c.columns);
    if (!sum) return Named(sum.error(), to);
    if (sum->rows != c.rows || sum->checksum != c.checksum)
      return Error{ErrorKind::kIo, to.name(), std::nullopt,
                   "table " + c.table + " differs after the copy: " + std::to_string(sum->rows) + " rows, checksum " +
                       sum->checksum.substr(0, 16) + " against " + std::to_string(c.rows) + " rows, " +
                       c.checksum.substr(0, 16)};
  }
  return copied;
} catch (const std::exception& e) {
  return Error{ErrorKind::kInternal, "", std::nullopt, std::string("copy: ") + e.what()};
}

}  // namespace ogpx::model
