// CSV export of a set of documents, described by a Frictionless Data Package.
//
// Tables (one row per item, documents in the order given, lists in document
// order): commitments.csv, milestones.csv, stakeholders.csv (every lead and
// supporting stakeholder of a commitment or a milestone), report_entries.csv,
// organisations.csv. Fields follow RFC 4180: comma separated, CRLF line ends,
// a header row, fields containing a comma, a quote, CR or LF are quoted and
// quotes doubled. Absent values are empty fields. Multi-valued cells (lead,
// outputs, evidence, pages) hold their items joined by "\n" (quoted).
// datapackage.json names each resource with its columns and types
// (https://specs.frictionlessdata.io/tabular-data-package/).
//
// Formula neutralisation (OWASP "CSV injection"): unless CsvOptions::raw, a
// cell that starts with '=', '+', '-', '@', TAB or CR and is not a number
// ("-3", "+4.5", "-1e3" stay as they are) gets a leading "'", so that a
// spreadsheet shows it as text instead of running it (docs/export.md).
//
// Organisation ids come from `orgs` (Store::Organisations()), matched by
// org_key through the aliases; with no `orgs`, organisations.csv lists the
// distinct org_keys of the documents with ids numbered from 1.
// Thread-safety: pure functions; WriteCsv writes each file atomically.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "model/domain.h"
#include "model/store.h"

namespace ogpx::exporter {

struct CsvOptions {
  bool raw = false;  // true: cells as they are, no formula neutralisation
};

// True for a decimal number: optional sign, digits with an optional
// fraction (or a fraction alone), optional exponent. "-3", "+4.5", ".5", "1e-3".
bool IsCsvNumber(std::string_view value);
// `value` with a leading "'" when a spreadsheet would read it as a formula
// (see above); otherwise unchanged.
std::string NeutraliseFormula(std::string_view value);
// One field, neutralised (unless options.raw), then quoted when RFC 4180
// requires it.
std::string CsvField(std::string_view value, const CsvOptions& options = {});
// Fields joined by ',' and terminated by `eol` (CRLF by default).
std::string CsvLine(const std::vector<std::string>& fields, const CsvOptions& options = {},
                    const char* eol = "\r\n");

struct CsvColumn {
  std::string name;
  std::string type;         // Frictionless type: "string" or "integer"
  std::string description;
};

struct CsvTable {
  std::string name;         // resource name; the file is name + ".csv"
  std::string description;
  std::vector<CsvColumn> columns;
  std::vector<std::vector<std::string>> rows;
  std::string Text(const CsvOptions& options = {}) const;  // header + rows
};

std::vector<CsvTable> BuildCsvTables(const std::vector<model::Document>& docs,
                                     const std::vector<model::Organisation>& orgs);

nlohmann::ordered_json DataPackage(const std::vector<CsvTable>& tables);

// The names of the files WriteCsv writes, in order.
std::vector<std::string> CsvFileNames();

// Writes every table and datapackage.json into `out_dir` (created if needed);
// returns the paths written.
Result<std::vector<std::string>> WriteCsv(const std::vector<model::Document>& docs,
                                          const std::vector<model::Organisation>& orgs,
                                          const std::string& out_dir, const CsvOptions& options = {});

}  // namespace ogpx::exporter
