// CSV export of a set of documents, described by a Frictionless Data Package.
//
// Tables (one row per item, documents in the order given, lists in document
// order): documents.csv, commitments.csv, milestones.csv, stakeholders.csv
// (every lead and supporting stakeholder of a commitment or a milestone),
// report_entries.csv, orders.csv, organisations.csv, warnings.csv. Every
// table has a primary key and its references to the others are declared as
// foreign keys (docs/export.md); dates are typed "date", counts "integer". Fields follow RFC 4180: comma separated, CRLF line ends,
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
// The files are written by the csv exporter (export/csv_exporter.cpp) and
// the same tables become the sheets of the xlsx one. Thread-safety: pure functions.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

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
  std::string type;         // Frictionless type: "string", "integer" or "date" (YYYY-MM-DD)
  std::string description;
};

struct CsvForeignKey {
  std::string field;        // a column of this table
  std::string resource;     // the table it points into
  std::string target;       // that table's key column
};

struct CsvTable {
  std::string name;         // resource name; the file is name + ".csv"
  std::string description;
  std::vector<CsvColumn> columns;
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> primary_key;       // column names
  std::vector<CsvForeignKey> foreign_keys;
  std::string Text(const CsvOptions& options = {}) const;  // header + rows
};

// What datapackage.json says about the package as a whole.
struct PackageInfo {
  std::string ogpx_version;                    // the program's version
  std::string license = "CC-BY-4.0";           // SPDX id of the data's licence
  std::string license_title = "Creative Commons Attribution 4.0";
  std::string license_path = "https://creativecommons.org/licenses/by/4.0/";
  std::vector<std::string> sources;            // default: "<file> (sha256 <hex>)" per document
};

// `keys` (Store::Keys, one per document, same order): the database ids of the
// rows, so that report entries point at the milestone they are linked to and
// reports at their agency's organisation; without them rows are numbered
// from 1 in order and report entries link to nothing.
std::vector<CsvTable> BuildCsvTables(const std::vector<model::Document>& docs,
                                     const std::vector<model::Organisation>& orgs,
                                     const std::vector<model::DocumentKeys>* keys = nullptr);

// The package's description of `tables` (export/datapackage.cpp).
nlohmann::ordered_json DataPackage(const std::vector<CsvTable>& tables, const PackageInfo& info = {});

// PackageInfo with `ogpx_version` and one source per document:
// "<file> (sha256 <hex>)".
PackageInfo PackageInfoFor(const std::vector<model::Document>& docs, const std::string& ogpx_version);

}  // namespace ogpx::exporter
