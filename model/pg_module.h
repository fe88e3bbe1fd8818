// pg_module: the boundary between ogpx and its PostgreSQL module (internal to
// model/). The libpq backend (sql_postgres.cpp) is built into the shared
// module ogpx_pg.so, which the ogpx executable does not link: it is opened
// (base/module.h) by the first ConnectPostgres (sql.h), so that a run on a
// SQLite file never loads libpq and the TLS, Kerberos and LDAP libraries it
// brings (docs/performance.md "Start-up").
//
// Across the boundary: one C-linkage factory, ogpx_pg_module(build), and the
// interface below; the connections it makes are sql::Conn (sql.h), compiled
// from the same header on both sides. Programs that link the backend itself
// (tests: ogpx_pg_code) link pg_linked.cpp, which hands it to
// LinkPgModule() before main, and nothing is opened.
#pragma once

#include <memory>
#include <string>

#include "base/status.h"
#include "model/sql.h"

namespace ogpx::model::sql {

// What the module does for ogpx. Thread-safe.
class PgModule {
 public:
  virtual Result<std::unique_ptr<Conn>> Connect(const std::string& url) const = 0;

 protected:
  ~PgModule() = default;  // the module's own, never deleted
};

// The module's file name and its factory's symbol.
inline constexpr const char* kPgModuleFile = "ogpx_pg.so";
inline constexpr const char* kPgModuleSymbol = "ogpx_pg_module";

// Makes `module` the one ConnectPostgres uses, without opening any file
// (pg_linked.cpp, before main).
void LinkPgModule(const PgModule* module);

// The libpq connection to `url` (sql_postgres.cpp, in the module): what
// ConnectPostgres returns.
Result<std::unique_ptr<Conn>> ConnectLibpq(const std::string& url);

}  // namespace ogpx::model::sql

// The module's factory: its PgModule (as const void*) when `build` is the
// ModuleBuild() it was built with, else null.
extern "C" const void* ogpx_pg_module(const char* build);
