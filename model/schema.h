// The schema of the ogpx store and its migrations (docs/schema.md): the SQLite
// side here; PostgreSQL's (the same migrations in its dialect) in
// model/schema_postgres.h.
//
// The schema version is PRAGMA user_version. kMigrations[i] turns version i
// into version i + 1; Migrate() applies the missing ones in order, each in its
// own transaction together with the user_version bump, so a database is never
// left between two versions. A database newer than this build is refused.
//
// Ownership: ogpx stamps its databases with PRAGMA application_id =
// kApplicationId. CheckOwner() accepts an empty database (no schema objects),
// a database with that application_id, and an older ogpx database
// (application_id 0, user_version >= 1 and ogpx's `documents` and
// `commitments` tables); anything else belongs to another program and is
// refused with an Error (kUsage) saying why, before anything is written.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>

#include "base/status.h"
#include "model/schema_sqlite.h"
#include "model/sql.h"

namespace ogpx::model::schema {

// PRAGMA application_id of an ogpx database: "OGPX" in ASCII (docs/schema.md).
inline constexpr int32_t kApplicationId = 0x4F475058;

// nullopt when `db` is empty or ogpx's (see above); reads only.
std::optional<Error> CheckOwner(sqlite3* db);

// Sets PRAGMA application_id = kApplicationId unless it is set already.
std::optional<Error> StampOwner(sqlite3* db);

// Version a fresh database gets (the number of migrations).
int LatestVersion();

// The SQL that turns version `version` - 1 into `version` (1..LatestVersion())
// on the backend `d` (model/dialect.h).
std::string MigrationSql(sql::Dialect d, int version);

// Current PRAGMA user_version of `db` (0 for an empty database).
Result<int> Version(sqlite3* db);

// Brings `db` to `target` (LatestVersion() by default). Error (kIo) when a
// migration fails (that migration is rolled back) or when the database
// already has a newer version than `target`.
std::optional<Error> Migrate(sqlite3* db, int target = -1);

}  // namespace ogpx::model::schema
