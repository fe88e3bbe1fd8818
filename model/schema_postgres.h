// The schema of the ogpx store on PostgreSQL (docs/schema.md, "Backends"):
// the same migrations as SQLite's (model/schema.h, MigrationSql) in
// PostgreSQL's dialect, in the connection's current schema (the first of its
// search_path, `public` by default).
//
// Version and ownership are kept in the table ogpx_meta(key, value):
// ('application', 'ogpx') and ('schema_version', N), the counterparts of
// SQLite's application_id and user_version. Each migration runs in its own
// transaction with the version bump (PostgreSQL's DDL is transactional),
// under a transaction advisory lock so that workers starting together
// migrate once.
#pragma once

#include <optional>

#include "base/status.h"
#include "model/sql.h"

namespace ogpx::model::schema {

// nullopt when the current schema has no tables or is ogpx's; an Error
// (kUsage) naming what was found otherwise. Reads only.
std::optional<Error> CheckOwnerPostgres(sql::Conn& db);

// The schema version (0 when there are no ogpx tables yet).
Result<int> VersionPostgres(sql::Conn& db);

// Brings the schema to LatestVersion(); Error (kIo) when a migration fails
// (rolled back) or the schema is newer than this ogpx.
std::optional<Error> MigratePostgres(sql::Conn& db);

}  // namespace ogpx::model::schema
