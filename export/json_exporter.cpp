// --format json: one ogpx/1 file per document (docs/export.md, "JSON").
#include <string>
#include <vector>

#include "export/file_names.h"
#include "export/formats.h"
#include "export/json.h"
#include "export/writer.h"

namespace ogpx::exporter {
namespace {

class JsonExporter : public CollectingExporter {
 public:
  std::optional<Error> Commit(OutputFiles& files) override {
    // File names (export/file_names.h): shortened with a hash when long, and
    // "-<first 8 hex of sha256>" for two documents with one name.
    std::vector<std::string> pdf_names, shas;
    for (const auto& d : docs_) {
      pdf_names.push_back(d.source.file);
      shas.push_back(d.source.sha256);
    }
    const std::vector<std::string> chosen = JsonFileNames(pdf_names, shas);
    if (auto e = files.Check(chosen)) return e;
    for (std::size_t i = 0; i < docs_.size(); ++i)
      if (auto e = files.Add(chosen[i], ToJsonText(docs_[i]))) return e;
    return std::nullopt;
  }
};

}  // namespace

std::unique_ptr<Exporter> MakeJsonExporter() { return std::make_unique<JsonExporter>(); }

}  // namespace ogpx::exporter
