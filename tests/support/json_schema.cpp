#include "support/json_schema.h"

#include <algorithm>
#include <fstream>
#include <regex>
#include <set>

namespace ogpx::testing {
namespace {

using nlohmann::json;

class Checker {
 public:
  explicit Checker(const json& root) : root_(root) {}

  void Check(const json& s, const json& v, const std::string& at, std::vector<std::string>& out) const {
    static const std::set<std::string> kKnown = {
        "$schema", "$id", "$defs", "title", "description", "$ref", "type", "const", "enum", "properties",
        "required", "additionalProperties", "items", "minimum", "maximum", "pattern", "oneOf", "allOf",
        "if", "then"};
    if (s.is_boolean()) {
      if (!s.get<bool>()) out.push_back(at + ": not allowed");
      return;
    }
    for (const auto& [k, _] : s.items())
      if (!kKnown.count(k)) out.push_back(at + ": schema keyword '" + k + "' is not supported by the checker");
    if (s.contains("$ref")) {
      const std::string ref = s["$ref"];
      const std::string prefix = "#/$defs/";
      if (ref.rfind(prefix, 0) != 0 || !root_["$defs"].contains(ref.substr(prefix.size())))
        out.push_back(at + ": unresolved $ref " + ref);
      else
        Check(root_["$defs"][ref.substr(prefix.size())], v, at, out);
    }
    if (s.contains("type") && !TypeOk(s["type"], v)) out.push_back(at + ": expected type " + s["type"].dump() + ", got " + v.dump().substr(0, 60));
    if (s.contains("const") && v != s["const"]) out.push_back(at + ": expected " + s["const"].dump());
    if (s.contains("enum")) {
      bool any = false;
      for (const auto& e : s["enum"]) any = any || e == v;
      if (!any) out.push_back(at + ": " + v.dump().substr(0, 60) + " is not one of " + s["enum"].dump());
    }
    if (v.is_number()) {
      if (s.contains("minimum") && v.get<double>() < s["minimum"].get<double>()) out.push_back(at + ": below minimum");
      if (s.contains("maximum") && v.get<double>() > s["maximum"].get<double>()) out.push_back(at + ": above maximum");
    }
    if (v.is_string() && s.contains("pattern") &&
        !std::regex_search(v.get<std::string>(), std::regex(s["pattern"].get<std::string>())))
      out.push_back(at + ": '" + v.get<std::string>().substr(0, 60) + "' does not match " + s["pattern"].get<std::string>());
    if (v.is_object()) {
      if (s.contains("required"))
        for (const auto& r : s["required"])
          if (!v.contains(r.get<std::string>())) out.push_back(at + ": missing " + r.get<std::string>());
      for (const auto& [k, item] : v.items()) {
        if (s.contains("properties") && s["properties"].contains(k))
          Check(s["properties"][k], item, at + "/" + k, out);
        else if (s.contains("additionalProperties"))
          Check(s["additionalProperties"], item, at + "/" + k, out);
      }
    }
    if (v.is_array() && s.contains("items"))
      for (std::size_t i = 0; i < v.size(); ++i) Check(s["items"], v[i], at + "/" + std::to_string(i), out);
    if (s.contains("allOf"))
      for (const auto& sub : s["allOf"]) Check(sub, v, at, out);
    if (s.contains("oneOf")) {
      int passing = 0;
      std::vector<std::string> inner;  // errors of the branches of the value's type
      for (const auto& sub : s["oneOf"]) {
        std::vector<std::string> errors;
        Check(sub, v, at, errors);
        passing += errors.empty();
        const bool wrong_type = std::any_of(errors.begin(), errors.end(), [&](const std::string& e) {
          return e.rfind(at + ": expected type", 0) == 0;
        });
        if (!wrong_type) inner.insert(inner.end(), errors.begin(), errors.end());
      }
      if (passing != 1) {
        out.push_back(at + ": matches " + std::to_string(passing) + " of oneOf, not exactly 1");
        if (passing == 0) out.insert(out.end(), inner.begin(), inner.end());
      }
    }
    if (s.contains("if")) {
      std::vector<std::string> errors;
      Check(s["if"], v, at, errors);
      if (errors.empty() && s.contains("then")) Check(s["then"], v, at, out);
    }
  }

 private:
  static bool OneType(const std::string& t, const json& v) {
    if (t == "null") return v.is_null();
    if (t == "boolean") return v.is_boolean();
    if (t == "integer") return v.is_number_integer();
    if (t == "number") return v.is_number();
    if (t == "string") return v.is_string();
    if (t == "array") return v.is_array();
    if (t == "object") return v.is_object();
    return false;
  }
  static bool TypeOk(const json& type, const json& v) {
    if (type.is_string()) return OneType(type, v);
    for (const auto& t : type)
      if (OneType(t, v)) return true;
    return false;
  }
  const json& root_;
};

}  // namespace

std::vector<std::string> CheckJsonSchema(const json& schema, const json& value) {
  std::vector<std::string> out;
  Checker(schema).Check(schema, value, "", out);
  return out;
}

std::string OgpxSchemaErrors(const nlohmann::json& doc) {
  static const json schema = [] {
    std::ifstream in(OGPX_SCHEMA_FILE);
    return json::parse(in);
  }();
  std::string out;
  for (const auto& e : CheckJsonSchema(schema, doc)) out += e + "\n";
  return out;
}

}  // namespace ogpx::testing
