// Linked into programs that carry the PostgreSQL backend themselves (the
// tests, the fuzz targets): the module is this program's own
// (pg_module.h), and no ogpx_pg.so is opened.
#include "base/module.h"
#include "model/pg_module.h"

namespace {

const bool g_linked = [] {
  ogpx::model::sql::LinkPgModule(static_cast<const ogpx::model::sql::PgModule*>(ogpx_pg_module(ogpx::ModuleBuild())));
  return true;
}();

}  // namespace
