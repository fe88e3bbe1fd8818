// --format csv: the tables of export/csv.h, one RFC 4180 file each, and the
// datapackage.json that describes them (docs/export.md, "CSV").
#include "export/csv.h"
#include "export/formats.h"

namespace ogpx::exporter {
namespace {

class CsvExporter : public CollectingExporter {
 public:
  std::optional<Error> Commit(OutputFiles& files) override {
    const std::vector<CsvTable> tables = BuildCsvTables(docs_, settings_.organisations, &keys_);
    std::vector<std::string> names;
    for (const auto& t : tables) names.push_back(t.name + ".csv");
    names.push_back("datapackage.json");
    if (auto e = files.Check(names)) return e;
    for (const auto& t : tables)
      if (auto e = files.Add(t.name + ".csv", t.Text({.raw = settings_.csv_raw}))) return e;
    const std::string package = DataPackage(tables, PackageInfoFor(docs_, settings_.ogpx_version))
                                    .dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    return files.Add("datapackage.json", package + "\n");
  }
};

}  // namespace

std::unique_ptr<Exporter> MakeCsvExporter() { return std::make_unique<CsvExporter>(); }

}  // namespace ogpx::exporter
