#include "support/table_read.h"

#include <sys/wait.h>

#include <cstdio>
#include <memory>

namespace ogpx::testing {

std::vector<std::vector<std::string>> ReadCsv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"')
        field += text[i++];
      else if (c == '"')
        quoted = false;
      else
        field += c;
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(std::move(field));
      field.clear();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      rows.back().push_back(std::move(field));
      field.clear();
      rows.emplace_back();
      ++i;
    } else {
      field += c;
    }
  }
  rows.pop_back();  // after the last CRLF
  return rows;
}

nlohmann::json ReadXlsx(const std::string& path, std::string* error) {
  const std::string cmd = "python3 '" OGPX_XLSX_READER "' '" + path + "' 2>&1";
  std::string out;
  {
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(::popen(cmd.c_str(), "r"), ::pclose);
    if (!pipe) {
      if (error) *error = "cannot run " + cmd;
      return nullptr;
    }
    char buf[65536];
    for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, pipe.get())) > 0;) out.append(buf, n);
    const int status = ::pclose(pipe.release());
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
      if (error) *error = cmd + ": " + out;
      return nullptr;
    }
  }
  auto parsed = nlohmann::json::parse(out, nullptr, false);
  if (parsed.is_discarded()) {
    if (error) *error = cmd + ": not JSON: " + out.substr(0, 400);
    return nullptr;
  }
  return parsed;
}

const nlohmann::json& Sheet(const nlohmann::json& workbook, const std::string& name) {
  static const nlohmann::json kNone;
  if (!workbook.is_object() || !workbook.contains("sheets")) return kNone;
  for (const auto& s : workbook.at("sheets"))
    if (s.value("name", "") == name) return s;
  return kNone;
}

}  // namespace ogpx::testing
