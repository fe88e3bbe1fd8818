// The ogpx/1 reader (export/json.h) on arbitrary JSON; what it accepts must
// write back and read again to the same document.
#include <string>

#include <nlohmann/json.hpp>

#include "export/json.h"
#include "fuzz/fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  auto json = nlohmann::json::parse(data, data + size, nullptr, /*allow_exceptions=*/false);
  if (json.is_discarded()) return 0;
  auto doc = ogpx::exporter::FromJson(json);
  if (!doc.ok()) return 0;
  auto again = ogpx::exporter::FromJson(nlohmann::json::parse(ogpx::exporter::ToJsonText(*doc)));
  if (!again.ok() || !(*again == *doc)) std::abort();
  return 0;
}
