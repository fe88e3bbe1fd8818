// Test helpers: the gold ogpx/1 files of samples/ as model::Document values.
#pragma once

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "export/json.h"
#include "base/status.h"
#include "model/domain.h"

namespace ogpx::testing {

inline std::string ReadText(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// Base names ("nap5-en.gold.json") of every gold file, sorted.
inline std::vector<std::string> GoldFiles() {
  std::vector<std::string> out;
  for (const auto& e : std::filesystem::directory_iterator(OGPX_SAMPLES_DIR)) {
    std::string name = e.path().filename().string();
    if (name.size() > 10 && name.ends_with(".gold.json")) out.push_back(name);
  }
  std::sort(out.begin(), out.end());
  return out;
}

inline nlohmann::json GoldJson(const std::string& name) {
  return nlohmann::json::parse(ReadText(std::filesystem::path(OGPX_SAMPLES_DIR) / name));
}

inline Result<model::Document> GoldDocument(const std::string& name) {
  return exporter::FromJson(GoldJson(name));
}

}  // namespace ogpx::testing
