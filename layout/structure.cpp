// BuildStructure and the parts of the structure built on first use (see
// structure.h).
#include "layout/structure.h"

#include <utility>

#include "layout/running.h"

namespace ogpx::layout {

const std::vector<StreamItem>& Structure::stream() const {
  std::call_once(derived_->stream_once, [&] {
    derived_->refilled = RefillEmptyCells(*doc, tables);
    derived_->stream = BuildStream(*doc, derived_->refilled.all, running);
  });
  return derived_->stream;
}

const Outline& Structure::outline() const {
  std::call_once(derived_->outline_once, [&] { derived_->outline = BuildOutline(stream()); });
  return derived_->outline;
}

Structure BuildStructure(const ingest::Document& doc) {
  return BuildStructure(doc, FindTables(doc), RunningTexts(doc));
}

Structure BuildStructure(const ingest::Document& doc, std::vector<Table> tables,
                         std::vector<std::string> running) {
  Structure s;
  s.doc = &doc;
  s.tables = std::move(tables);
  s.running = std::move(running);
  return s;
}

}  // namespace ogpx::layout
