// --format jsonl: ogpx.jsonl, one compact ogpx/1 document a line
// (docs/export.md, "JSON Lines").
#include "export/formats.h"
#include "export/json.h"

namespace ogpx::exporter {
namespace {

class JsonlExporter : public Exporter {
 public:
  std::optional<Error> Begin(const ExportSettings&) override { return std::nullopt; }
  std::optional<Error> Add(const model::Document& doc, const model::DocumentKeys&) override {
    // Invalid UTF-8 (which the pipeline should never produce) is replaced.
    text_ += ToJson(doc).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
    return std::nullopt;
  }
  std::optional<Error> Commit(OutputFiles& files) override { return files.Add("ogpx.jsonl", text_); }

 private:
  std::string text_;
};

}  // namespace

std::unique_ptr<Exporter> MakeJsonlExporter() { return std::make_unique<JsonlExporter>(); }

}  // namespace ogpx::exporter
