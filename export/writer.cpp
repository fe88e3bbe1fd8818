#include "export/writer.h"

namespace ogpx::exporter {
namespace {

// The documents `options` choose, in the store's order.
Result<std::vector<const model::DocumentInfo*>> ChooseDocuments(const std::vector<model::DocumentInfo>& infos,
                                                                const ExportOptions& options) {
  for (const auto& k : options.kinds)
    if (!model::KindFromName(k))
      return Error{ErrorKind::kUsage, "", std::nullopt,
                   "unknown document kind '" + k + "' (action_plan, order, progress_report or other)"};
  auto named = [](const model::DocumentInfo& d, const std::string& name) {
    return d.file_name == name || (name.size() >= 8 && name.size() <= 64 && d.sha256.rfind(name, 0) == 0);
  };
  for (const auto& name : options.documents) {
    bool found = false;
    for (const auto& d : infos) found = found || named(d, name);
    if (!found) return Error{ErrorKind::kUsage, "", std::nullopt, "no document '" + name + "' in the database"};
  }
  std::vector<const model::DocumentInfo*> out;
  for (const auto& d : infos) {
    bool kind_ok = options.kinds.empty(), doc_ok = options.documents.empty();
    for (const auto& k : options.kinds) kind_ok = kind_ok || model::KindName(d.kind) == k;
    for (const auto& n : options.documents) doc_ok = doc_ok || named(d, n);
    if (kind_ok && doc_ok) out.push_back(&d);
  }
  return out;
}

}  // namespace

Result<std::vector<std::string>> ExportDatabase(model::Store& store, Exporter& exporter,
                                                const std::string& out_dir,
                                                const ExportOptions& options) try {
  auto infos = store.Documents();
  if (!infos) return infos.error();
  auto chosen = ChooseDocuments(*infos, options);
  if (!chosen) return chosen.error();
  auto orgs = store.Organisations();
  if (!orgs) return orgs.error();
  ExportSettings settings{.ogpx_version = options.ogpx_version, .csv_raw = options.csv_raw,
                          .organisations = std::move(orgs).value()};
  if (auto e = exporter.Begin(settings)) return *e;
  for (const auto* info : *chosen) {
    auto doc = store.Load(info->id);
    if (!doc) return doc.error();
    auto keys = store.Keys(info->id);
    if (!keys) return keys.error();
    if (auto e = exporter.Add(*doc, *keys)) return *e;
  }
  OutputFiles files(out_dir, options.keep);
  if (auto e = exporter.Commit(files)) return *e;
  return files.Commit();
} catch (const std::exception& e) {
  return Error{ErrorKind::kInternal, out_dir, std::nullopt, std::string("export: ") + e.what()};
}

Result<std::vector<std::string>> ExportDatabase(model::Store& store, const std::string& format,
                                                const std::string& out_dir, const ExportOptions& options) {
  auto exporter = MakeExporter(format);
  if (!exporter)
    return Error{ErrorKind::kUsage, "", std::nullopt,
                 "unknown export format '" + format + "' (" + ExportFormatNames() + ")"};
  return ExportDatabase(store, *exporter, out_dir, options);
}

}  // namespace ogpx::exporter
