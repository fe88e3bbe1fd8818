// Every difference between the SQL of SQLite and of PostgreSQL that the store
// meets, in one place (private to model/). The rest of model/ writes SQL both
// accept (model/sql.h) and asks here for the pieces that differ. For SQLite
// each piece is exactly the text the store always used, so SQLite databases
// are created as before.
#pragma once

#include <string>
#include <string_view>

#include "model/sql.h"

namespace ogpx::model::dialect {

// DDL written for SQLite, for `d`: on PostgreSQL "INTEGER PRIMARY KEY" is a
// BIGINT identity column, INTEGER is BIGINT and REAL is DOUBLE PRECISION
// (SQLite's are 64-bit integers and doubles).
std::string Ddl(sql::Dialect d, std::string_view sqlite_ddl);

// `a IS b` (equal, NULLs equal).
std::string Same(sql::Dialect d, std::string_view a, std::string_view b);
// `a IS NOT b` (different, NULLs equal).
std::string NotSame(sql::Dialect d, std::string_view a, std::string_view b);
// The values of `expr` joined by `separator` (an aggregate).
std::string JoinAgg(sql::Dialect d, std::string_view expr, std::string_view separator);
// "YYYY-12-31" of the integer year `expr`.
std::string YearEnd(sql::Dialect d, std::string_view expr);
// Today's date (UTC) as "YYYY-MM-DD".
std::string Today(sql::Dialect d);
// The character of code `n` (char(9), chr(9)).
std::string Char(sql::Dialect d, int n);
// A boolean expression as the integer 1 or 0.
std::string AsInt(sql::Dialect d, std::string_view boolean);
// Alias of a sub-query in FROM: PostgreSQL 15 needs one, SQLite none.
std::string SubqueryAlias(sql::Dialect d, std::string_view alias);
// 1-based position of `needle` in `text`, 0 when absent.
std::string Position(sql::Dialect d, std::string_view text, std::string_view needle);
// Appended to a SELECT that claims rows: PostgreSQL locks them and skips
// rows other workers hold; SQLite's BEGIN IMMEDIATE holds the whole database.
std::string LockSkipLocked(sql::Dialect d);

// Starts a read transaction that sees one moment of the database (SQLite: a
// deferred BEGIN; PostgreSQL: REPEATABLE READ, READ ONLY).
std::string BeginSnapshot(sql::Dialect d);
// After rows were inserted with explicit values in the identity column
// `column` of `table`: the SQL that moves its sequence past them (PostgreSQL;
// "" for SQLite, whose rowids follow the largest).
std::string AfterExplicitIds(sql::Dialect d, std::string_view table, std::string_view column);

// Full-text search, docs/schema.md "Full-text search" (the index itself is
// migration 4, model/schema_views.cpp). `tsvector` of a text on PostgreSQL:
// words lower-cased and without accents (ogpx_fold), no stemming.
std::string PostgresWords(std::string_view text);
// The query: parameter 1 is the MATCH/tsquery text, 2 the limit; columns
// rowid, kind, snippet (matches in [brackets]).
std::string SearchSql(sql::Dialect d, bool websearch);
// The words of `query` as a query all must match (any case, accents
// ignored, a trailing '*' a prefix), in the backend's syntax.
std::string AllWords(sql::Dialect d, const std::string& query);

}  // namespace ogpx::model::dialect
