// Test oracles that read exported tables back: RFC 4180 CSV text, and an
// .xlsx workbook through tests/support/xlsx_to_json.py (python3, standard
// library only), independent of the code that wrote them.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace ogpx::testing {

// Rows of fields of RFC 4180 text (CRLF record ends, quoted fields may hold
// CR, LF, commas and doubled quotes).
std::vector<std::vector<std::string>> ReadCsv(const std::string& text);

// The workbook at `path` as xlsx_to_json.py prints it ({"properties",
// "sheets": [{"name", "frozen_rows", "autofilter", "widths", "rows"}]});
// null when the script fails, with its output in `*error`.
nlohmann::json ReadXlsx(const std::string& path, std::string* error = nullptr);

// The sheet named `name` of a workbook read by ReadXlsx; null if absent.
const nlohmann::json& Sheet(const nlohmann::json& workbook, const std::string& name);

}  // namespace ogpx::testing
