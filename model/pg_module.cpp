// ConnectPostgres (sql.h) through the PostgreSQL module, opened on first use;
// see pg_module.h.
#include "model/pg_module.h"

#include "base/module.h"

namespace ogpx::model::sql {
namespace {

LazyModule& Module() {
  static LazyModule module(kPgModuleFile, kPgModuleSymbol, "PostgreSQL module");
  return module;
}

}  // namespace

void LinkPgModule(const PgModule* module) { Module().Link(module); }

Result<std::unique_ptr<Conn>> ConnectPostgres(const std::string& url) {
  std::string error;
  const auto* module = static_cast<const PgModule*>(Module().Get(error));
  if (module == nullptr)
    return Error{ErrorKind::kIo, PrintableUrl(url), std::nullopt, "cannot connect to PostgreSQL: " + error};
  return module->Connect(url);
}

}  // namespace ogpx::model::sql
