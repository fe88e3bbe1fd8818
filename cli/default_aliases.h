// The organisation alias table ogpx ships (data/org-aliases-mn-en.tsv,
// "Mongolian name TAB English name"), embedded in the binary at build time
// (cmake/EmbedFile.cmake) and loaded by `ogpx ingest` unless
// --no-default-aliases. Also installed as share/ogpx/org-aliases-mn-en.tsv.
#pragma once

#include <cstddef>
#include <string_view>

namespace ogpx::embedded {
extern const char kOrgAliasesMnEn[];
extern const std::size_t kOrgAliasesMnEn_size;
}  // namespace ogpx::embedded

namespace ogpx::cli {

inline std::string_view DefaultAliases() {
  return {embedded::kOrgAliasesMnEn, embedded::kOrgAliasesMnEn_size};
}
inline constexpr const char* kDefaultAliasesName = "data/org-aliases-mn-en.tsv (built in)";

}  // namespace ogpx::cli
