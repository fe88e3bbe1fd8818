// datapackage.json of the CSV export: the Frictionless Tabular Data Package
// describing the tables of export/csv.h.
#include "base/text.h"
#include "export/csv.h"

namespace ogpx::exporter {

PackageInfo PackageInfoFor(const std::vector<model::Document>& docs, const std::string& ogpx_version) {
  PackageInfo info;
  info.ogpx_version = ogpx_version;
  for (const auto& d : docs)
    info.sources.push_back(text::EscapeInvalidUtf8(d.source.file) + " (sha256 " + d.source.sha256 + ")");
  return info;
}

nlohmann::ordered_json DataPackage(const std::vector<CsvTable>& tables, const PackageInfo& info) {
  using OJ = nlohmann::ordered_json;
  OJ pkg = OJ::object();
  pkg["profile"] = "tabular-data-package";
  pkg["name"] = "ogpx-export";
  pkg["title"] = "Open Government Partnership documents extracted by ogpx";
  pkg["version"] = info.ogpx_version.empty() ? "0" : info.ogpx_version;
  pkg["ogpx_version"] = info.ogpx_version;
  OJ license = {{"name", info.license}};
  if (!info.license_path.empty()) license["path"] = info.license_path;
  if (!info.license_title.empty()) license["title"] = info.license_title;
  pkg["licenses"] = OJ::array({license});
  OJ sources = OJ::array();
  for (const auto& s : info.sources) sources.push_back({{"title", s}});
  pkg["sources"] = sources;
  pkg["contributors"] = OJ::array({{{"title", "ogpx " + info.ogpx_version}, {"role", "author"}}});
  OJ resources = OJ::array();
  for (const auto& t : tables) {
    OJ r = OJ::object();
    r["name"] = t.name;
    r["path"] = t.name + ".csv";
    r["profile"] = "tabular-data-resource";
    r["description"] = t.description;
    r["format"] = "csv";
    r["mediatype"] = "text/csv";
    r["encoding"] = "utf-8";
    r["dialect"] = {{"delimiter", ","},
                    {"lineTerminator", "\r\n"},
                    {"quoteChar", "\""},
                    {"doubleQuote", true},
                    {"header", true}};
    OJ fields = OJ::array();
    for (const auto& c : t.columns) {
      OJ f = OJ::object();
      f["name"] = c.name;
      f["type"] = c.type;
      if (!c.description.empty()) f["description"] = c.description;
      fields.push_back(f);
    }
    OJ schema = OJ::object();
    schema["fields"] = fields;
    schema["missingValues"] = OJ::array({""});
    if (!t.primary_key.empty())
      schema["primaryKey"] = t.primary_key.size() == 1 ? OJ(t.primary_key[0]) : OJ(t.primary_key);
    if (!t.foreign_keys.empty()) {
      OJ fks = OJ::array();
      for (const auto& fk : t.foreign_keys)
        fks.push_back(
            {{"fields", fk.field}, {"reference", {{"resource", fk.resource}, {"fields", fk.target}}}});
      schema["foreignKeys"] = fks;
    }
    r["schema"] = schema;
    resources.push_back(r);
  }
  pkg["resources"] = resources;
  return pkg;
}

}  // namespace ogpx::exporter
