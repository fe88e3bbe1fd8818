// The SQLite schema of the ogpx store and its migrations (docs/schema.md).
//
// The schema version is PRAGMA user_version. kMigrations[i] turns version i
// into version i + 1; Migrate() applies the missing ones in order, each in its
// own transaction together with the user_version bump, so a database is never
// left between two versions. A database newer than this build is refused.
#pragma once

#include <sqlite3.h>

#include <optional>

#include "base/status.h"

namespace ogpx::model::schema {

// Version a fresh database gets (the number of migrations).
int LatestVersion();

// Current PRAGMA user_version of `db` (0 for an empty database).
Result<int> Version(sqlite3* db);

// Brings `db` to `target` (LatestVersion() by default). Error (kIo) when a
// migration fails (that migration is rolled back) or when the database
// already has a newer version than `target`.
std::optional<Error> Migrate(sqlite3* db, int target = -1);

}  // namespace ogpx::model::schema
