#include "model/schema_postgres.h"

#include <string>

#include "model/schema.h"

namespace ogpx::model::schema {
namespace {

Result<bool> HasMeta(sql::Conn& db) {
  auto n = sql::QueryInt(db, "SELECT count(*) FROM information_schema.tables "
                             "WHERE table_schema = current_schema() AND table_name = 'ogpx_meta'");
  if (!n) return n.error();
  return *n > 0;
}

}  // namespace

std::optional<Error> CheckOwnerPostgres(sql::Conn& db) {
  auto tables = sql::QueryInt(db, "SELECT count(*) FROM information_schema.tables "
                                  "WHERE table_schema = current_schema()");
  if (!tables) return tables.error();
  if (*tables == 0) return std::nullopt;  // empty: ogpx creates its schema
  auto meta = HasMeta(db);
  if (!meta) return meta.error();
  if (*meta) {
    sql::Stmt app(db, "SELECT value FROM ogpx_meta WHERE key = 'application'");
    if (app.Step() && app.Text(0) == "ogpx") return std::nullopt;
    if (app.error()) return app.error();
  }
  return Error{ErrorKind::kUsage, "", std::nullopt,
               "not an ogpx database: its schema has " + std::to_string(*tables) +
                   " tables of another program (no ogpx_meta table naming ogpx); refusing to change it"};
}

Result<int> VersionPostgres(sql::Conn& db) {
  auto meta = HasMeta(db);
  if (!meta) return meta.error();
  if (!*meta) return 0;
  sql::Stmt st(db, "SELECT value FROM ogpx_meta WHERE key = 'schema_version'");
  if (st.Step()) return std::stoi(st.Text(0));
  if (st.error()) return *st.error();
  return 0;
}

std::optional<Error> MigratePostgres(sql::Conn& db) {
  const int target = LatestVersion();
  for (;;) {
    // Writers queue on the same lock as document writes (model/sql.h).
    sql::Transaction tx(db, /*serialize_writers=*/true);
    if (tx.begin_error()) return tx.begin_error();
    auto now = VersionPostgres(db);  // another worker may have migrated meanwhile
    if (!now) return now.error();
    if (*now > target)
      return Error{ErrorKind::kIo, "", std::nullopt,
                   "database schema version " + std::to_string(*now) + " is newer than this ogpx supports (" +
                       std::to_string(target) + ")"};
    if (*now == target) return std::nullopt;
    const int v = *now + 1;
    std::string sql = MigrationSql(sql::Dialect::kPostgres, v);
    if (v == 1)
      sql = "CREATE TABLE ogpx_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);\n"
            "INSERT INTO ogpx_meta VALUES ('application', 'ogpx'), ('schema_version', '0');\n" + sql;
    if (auto err = db.Exec(sql)) {
      err->reason = "migration to schema version " + std::to_string(v) + " failed: " + err->reason;
      return err;
    }
    if (auto err = db.Exec("UPDATE ogpx_meta SET value = '" + std::to_string(v) + "' WHERE key = 'schema_version'"))
      return err;
    if (auto err = tx.Commit()) return err;
  }
}

}  // namespace ogpx::model::schema
