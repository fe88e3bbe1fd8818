// The export formats, in the order of `ogpx export --help`.
#include "export/exporter.h"

#include <array>

#include "export/formats.h"

namespace ogpx::exporter {
namespace {

const std::array<ExportFormat, 5> kFormats{{
    {"json", "one <pdf name without .pdf>.json per document, in ogpx/1 (docs/export-json.md)",
     MakeJsonExporter},
    {"jsonl", "ogpx.jsonl: the same documents, one compact ogpx/1 object a line", MakeJsonlExporter},
    {"csv", "CSV tables and a Frictionless datapackage.json with primary and foreign keys", MakeCsvExporter},
    {"xlsx", "ogpx.xlsx: the tables of the csv format, one sheet each", MakeXlsxExporter},
    {"ogp-csv", "ogp-commitments.csv: one row per commitment in the columns of OGP's commitment dataset",
     MakeOgpCsvExporter},
}};

}  // namespace

std::span<const ExportFormat> ExportFormats() { return kFormats; }

std::unique_ptr<Exporter> MakeExporter(std::string_view name) {
  for (const auto& f : kFormats)
    if (f.name == name) return f.make();
  return nullptr;
}

std::string ExportFormatNames() {
  std::string out;
  for (std::size_t i = 0; i < kFormats.size(); ++i)
    out += std::string(i == 0                     ? ""
                       : i + 1 == kFormats.size() ? " or "
                                                  : ", ") +
           std::string(kFormats[i].name);
  return out;
}

}  // namespace ogpx::exporter
