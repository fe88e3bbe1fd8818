// Version 4 of the schema (docs/schema.md, "Views", "Full-text search",
// "Deletes from any client", "Backends"): documented views, an FTS5 index kept
// in step by triggers, cascade triggers so that a delete from a client with
// foreign keys OFF (the sqlite3 shell's default) leaves no orphans, and a
// one-time repair of the orphans such a delete left before. On PostgreSQL the
// same views (model/dialect.h) and its own text search: a view over the
// texts with a GIN index on each table's words; no triggers (its foreign keys
// hold on every connection).
//
// The overdue rule is written once, here (OverdueRule): the view
// milestone_status uses it with today's date (UTC), `ogpx status` with its
// --as-of date over the same view.
#pragma once

#include <string>
#include <string_view>

#include "model/sql.h"

namespace ogpx::model::schema {

// The SQL of migration 3 -> 4 for the backend `d`.
std::string V4Sql(sql::Dialect d);

// SQL expression, 1 or 0: a milestone_status row is overdue as of the ISO
// date `as_of_sql` (an SQL expression: "date('now')", "?1") when its due_date
// (the last day of the printed end period; 31 December of the end year when
// only a year is printed) is before that day and its latest status is not
// complete. Columns referenced: due_date, status.
std::string OverdueRule(std::string_view as_of_sql, sql::Dialect d = sql::Dialect::kSqlite);

// FTS5 rowid of an indexed text: (row id << 3) | kind code (docs/schema.md).
inline constexpr int kSearchCommitment = 1, kSearchMilestone = 2, kSearchResult = 3,
                     kSearchClause = 4;

}  // namespace ogpx::model::schema
