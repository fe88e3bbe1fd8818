// The PostgreSQL module's factory (pg_module.h): built into ogpx_pg.so, and
// into the programs that link the backend itself (pg_linked.cpp).
#include <cstring>

#include "base/module.h"
#include "model/pg_module.h"

namespace ogpx::model::sql {
namespace {

class LibpqModule final : public PgModule {
 public:
  Result<std::unique_ptr<Conn>> Connect(const std::string& url) const override { return ConnectLibpq(url); }
};

}  // namespace
}  // namespace ogpx::model::sql

extern "C" __attribute__((visibility("default"))) const void* ogpx_pg_module(const char* build) {
  static const ogpx::model::sql::LibpqModule module;
  if (build == nullptr || std::strcmp(build, ogpx::ModuleBuild()) != 0) return nullptr;
  return static_cast<const ogpx::model::sql::PgModule*>(&module);
}
