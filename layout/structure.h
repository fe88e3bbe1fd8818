// The document's structure, built once per document (BuildStructure) and
// read by every reader: the pages' geometry, the tables of the whole
// document (continued tables joined) and its running headers and footers.
// Headings, lists and columns are found on the lines a reader holds
// (layout/headings.h, layout/lists.h, layout/columns.h).
//
// Pure; thread-safe. The structure refers to the document it was built from,
// which must outlive it.
#pragma once

#include <string>
#include <vector>

#include "ingest/ingest.h"
#include "layout/tables/tables.h"

namespace ogpx::layout {

struct Structure {
  const ingest::Document* doc = nullptr;
  std::vector<Table> tables;         // FindTables(*doc)
  std::vector<std::string> running;  // RunningTexts(*doc), most frequent first
};

Structure BuildStructure(const ingest::Document& doc);

}  // namespace ogpx::layout
