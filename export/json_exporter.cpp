// --format json: one ogpx/1 file per document (docs/export.md, "JSON").
#include <set>

#include "export/formats.h"
#include "export/json.h"
#include "export/writer.h"

namespace ogpx::exporter {
namespace {

class JsonExporter : public CollectingExporter {
 public:
  std::optional<Error> Commit(OutputFiles& files) override {
    // File names (JsonFileName, export/writer.h): two documents with the same
    // name get "-<first 8 hex of sha256>".
    std::multiset<std::string> names;
    for (const auto& d : docs_) names.insert(JsonFileName(d.source.file));
    std::vector<std::string> chosen;
    for (const auto& d : docs_) {
      std::string name = JsonFileName(d.source.file);
      if (names.count(name) > 1) name = JsonFileName(d.source.file, "-" + d.source.sha256.substr(0, 8));
      chosen.push_back(name);
    }
    if (auto e = files.Check(chosen)) return e;
    for (std::size_t i = 0; i < docs_.size(); ++i)
      if (auto e = files.Add(chosen[i], ToJsonText(docs_[i]))) return e;
    return std::nullopt;
  }
};

}  // namespace

std::unique_ptr<Exporter> MakeJsonExporter() { return std::make_unique<JsonExporter>(); }

}  // namespace ogpx::exporter
