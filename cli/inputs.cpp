#include "cli/inputs.h"

#include <algorithm>
#include <filesystem>

namespace ogpx::cli {
namespace {

bool HasPdfExtension(const std::filesystem::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext == ".pdf";
}

void Expand(const std::string& p, std::vector<std::string>& out) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(p, ec)) {
    out.push_back(p);
    return;
  }
  std::vector<std::string> found;
  for (auto it = fs::recursive_directory_iterator(p, fs::directory_options::skip_permission_denied, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (!HasPdfExtension(it->path())) continue;
    std::error_code kind;
    if (it->is_regular_file(kind) || it->is_symlink(kind)) found.push_back(it->path().string());
  }
  std::sort(found.begin(), found.end());
  out.insert(out.end(), found.begin(), found.end());
}

}  // namespace

std::vector<std::string> ExpandInputs(const std::vector<std::string>& paths, std::istream& stdin_paths) {
  std::vector<std::string> out;
  for (const auto& p : paths) {
    if (p != "-") {
      Expand(p, out);
      continue;
    }
    for (std::string line; std::getline(stdin_paths, line);) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (!line.empty()) Expand(line, out);
    }
  }
  return out;
}

}  // namespace ogpx::cli
