#include "export/file_names.h"

#include <cctype>
#include <map>

#include "base/sha256.h"
#include "base/text.h"

namespace ogpx::exporter {

std::string JsonFileName(const std::string& pdf_file_name, const std::string& suffix) {
  std::string name = pdf_file_name;
  for (char& c : name)
    if (c == '/' || c == '\\') c = '_';
  name = text::EscapeInvalidUtf8(name);  // after: its "\\xNN" keeps the backslash
  if (name.size() >= 4) {
    std::string ext = name.substr(name.size() - 4);
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (ext == ".pdf") name.resize(name.size() - 4);
  }
  if (name.empty() || name == "." || name == "..") name = "document";
  const std::string tail = suffix + ".json";
  if (name.size() + tail.size() <= kMaxFileNameBytes) return name + tail;
  const std::string hash = "-" + Sha256Hex(pdf_file_name).substr(0, 8);
  const std::size_t room = kMaxFileNameBytes - std::min(kMaxFileNameBytes, hash.size() + tail.size());
  return std::string(text::Utf8Prefix(name, room)) + hash + tail;
}

std::vector<std::string> JsonFileNames(const std::vector<std::string>& file_names,
                                       const std::vector<std::string>& sha256s) {
  std::map<std::string, int> uses;
  for (const auto& f : file_names) ++uses[JsonFileName(f)];
  std::vector<std::string> out;
  for (std::size_t i = 0; i < file_names.size(); ++i) {
    std::string name = JsonFileName(file_names[i]);
    if (uses[name] > 1 && i < sha256s.size()) name = JsonFileName(file_names[i], "-" + sha256s[i].substr(0, 8));
    out.push_back(std::move(name));
  }
  return out;
}

}  // namespace ogpx::exporter
