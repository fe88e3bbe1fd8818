// Unruled tables from word alignment (see stream.h).
#include "extract/stream.h"

namespace ogpx::extract::stream {

std::vector<StreamTable> FindStreamTables(const ingest::Page& page, const std::vector<bool>& used,
                                          const std::vector<ingest::Box>& hints) {
  (void)page;
  (void)used;
  (void)hints;
  return {};
}

}  // namespace ogpx::extract::stream
