// Naming documents of a database (document_names.h).
#include "cli/document_names.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/sha256.h"

namespace ogpx::cli {
namespace {

bool IsHex(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  });
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return s;
}

}  // namespace

std::vector<const model::DocumentInfo*> ResolveDocuments(const std::vector<model::DocumentInfo>& docs,
                                                         const std::string& name) {
  std::vector<const model::DocumentInfo*> out;
  if (IsHex(name) && name.size() >= 8 && name.size() <= 64) {
    const std::string prefix = Lower(name);
    for (const auto& d : docs)
      if (d.sha256.rfind(prefix, 0) == 0) out.push_back(&d);
    if (out.size() == 1 || (!out.empty() && name.size() == 64)) return out;
    out.clear();
  }
  std::error_code ec;
  if (std::filesystem::is_regular_file(name, ec)) {
    std::ifstream in(name, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    const std::string sha = Sha256Hex(bytes.str());
    for (const auto& d : docs)
      if (d.sha256 == sha) out.push_back(&d);
    if (!out.empty()) return out;
  }
  const std::string base = std::filesystem::path(name).filename().string();
  for (const auto& d : docs)
    if (d.file_name == name || d.file_name == base) out.push_back(&d);
  return out;
}

}  // namespace ogpx::cli
