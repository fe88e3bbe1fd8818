// --format ogp-csv: ogp-commitments.csv in the columns of OGP's commitment
// dataset (export/ogp_csv.h, docs/export.md).
#include "export/formats.h"
#include "export/ogp_csv.h"

namespace ogpx::exporter {
namespace {

class OgpCsvExporter : public CollectingExporter {
 public:
  std::optional<Error> Commit(OutputFiles& files) override {
    return files.Add("ogp-commitments.csv", OgpCsvText(docs_, {.raw = settings_.csv_raw}));
  }
};

}  // namespace

std::unique_ptr<Exporter> MakeOgpCsvExporter() { return std::make_unique<OgpCsvExporter>(); }

}  // namespace ogpx::exporter
