// A small JSON Schema (draft 2020-12) checker for the subset docs/ogpx-1.schema.json
// uses, so that every JSON export can be validated in tests without a network
// or a package: $ref (to "#/$defs/NAME"), type, const, enum, properties,
// required, additionalProperties (true/false), items, minimum, maximum,
// pattern (ECMAScript, std::regex), oneOf, allOf, if/then. Any other keyword
// is reported as an error, so the subset cannot silently grow.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace ogpx::testing {

// Every violation of `schema` by `value`, as "JSON pointer: reason"; empty
// when `value` is valid.
std::vector<std::string> CheckJsonSchema(const nlohmann::json& schema, const nlohmann::json& value);

// The violations of docs/ogpx-1.schema.json (read once) by the ogpx/1
// document `doc`, one "JSON pointer: reason" a line; "" when it validates.
std::string OgpxSchemaErrors(const nlohmann::json& doc);

}  // namespace ogpx::testing
