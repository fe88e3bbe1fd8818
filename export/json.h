// The ogpx/1 interchange JSON (docs/export-json.md) <-> model::Document.
//
// ToJson writes exactly the documented layout and key order: schema, source,
// kind, the kind's object (only the one matching `kind`, when present),
// warnings; absent scalars are null, absent lists []; a milestone's "group"
// is null or {number, title}, "due" null or {raw, start, end, start_date,
// end_date}; an order's "approves" null or {title, period}. Provenance is not
// part of ogpx/1. The optional fields come after the shared ones of their
// object (JsonOptions).
//
// FromJson reads the same layout (gold files, earlier exports). It is strict
// about types (a string where a number belongs is an Error naming the JSON
// path) and lenient about absent keys (absent = null / []); of the three
// kind objects only the one named by "kind" is read, so that
// FromJson(ToJson(FromJson(j))) == FromJson(j) for every accepted j. No exception
// escapes either function. Thread-safety: pure functions.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

#include "base/status.h"
#include "model/domain.h"

namespace ogpx::exporter {

inline constexpr const char* kSchemaId = "ogpx/1";

struct JsonOptions {
  // The optional fields added for other template generations, narrative
  // plans and self-assessment reports (docs/export-json.md, "Additions"):
  // written (null when absent) by default; without them the output is the
  // shared ogpx/1 layout only, byte for byte.
  bool optional_fields = true;
};

nlohmann::ordered_json ToJson(const model::Document& doc, const JsonOptions& options = {});

// ToJson dumped with 2-space indent, UTF-8 unescaped, and a trailing newline.
std::string ToJsonText(const model::Document& doc, const JsonOptions& options = {});

Result<model::Document> FromJson(const nlohmann::json& json);

}  // namespace ogpx::exporter
