// BuildStructure (see structure.h).
#include "layout/structure.h"

#include "layout/running.h"

namespace ogpx::layout {

Structure BuildStructure(const ingest::Document& doc) {
  Structure s;
  s.doc = &doc;
  s.tables = FindTables(doc);
  s.running = RunningTexts(doc);
  return s;
}

}  // namespace ogpx::layout
