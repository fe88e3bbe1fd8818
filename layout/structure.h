// The document's structure, built once per document (BuildStructure) and
// read by every reader: the pages' geometry, the tables of the whole
// document (continued tables joined), its running headers and footers, and,
// built on first use, the document in reading order (stream(): table rows
// and free lines, layout/stream.h), the outline of its free text (outline():
// headings with their numbering and level, body size, bullet marks;
// layout/outline.h), the text lines of every page as ingest grouped them
// (pages(): layout/lines.h) and every page's visual rows cut into segments
// at tab stops (rows(): layout/rows.h). Lists and columns are found on the
// lines a reader holds (layout/lists.h, layout/columns.h).
//
// Thread-safe: stream(), outline(), pages() and rows() are each built once,
// whichever thread asks first (include layout/stream.h, layout/outline.h,
// layout/lines.h and layout/rows.h to read them). The structure refers to
// the document it was built from, which must outlive it; the stream points
// into `tables` (moving the vector keeps its elements where they are;
// changing it after stream() does not).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "ingest/ingest.h"
#include "layout/tables/tables.h"

namespace ogpx::layout {

struct StreamItem;  // layout/stream.h
struct Outline;     // layout/outline.h
struct PageText;    // layout/lines.h
struct PageRowList; // layout/rows.h
struct PageLine;    // layout/lines.h

class Structure {
 public:
  Structure();
  Structure(Structure&&) noexcept;
  Structure& operator=(Structure&&) noexcept;
  ~Structure();

  const ingest::Document* doc = nullptr;
  std::vector<Table> tables;         // FindTables(*doc)
  std::vector<std::string> running;  // RunningTexts(*doc), most frequent first

  // The reading-order stream of the tables, their short cells refilled
  // (RefillEmptyCells), and of the free lines (BuildStream); built on the
  // first call.
  const std::vector<StreamItem>& stream() const;
  // BuildOutline(stream()); built on the first call.
  const Outline& outline() const;
  // BuildPageTexts(*doc, tables); built on the first call.
  const std::vector<PageText>& pages() const;
  // BuildPageRows(*doc); built on the first call.
  const std::vector<PageRowList>& rows() const;
  // The title block of the first pages (layout/title.h FindTitleBlock of
  // pages()): pointers into pages(); built on the first call.
  const std::vector<const PageLine*>& title() const;

 private:
  struct Derived;  // what stream(), outline(), pages() and rows() build, and their once flags
  std::unique_ptr<Derived> derived_;
};

Structure BuildStructure(const ingest::Document& doc);

// The structure of `doc` with tables and running texts found elsewhere (a
// test's tables, a caller that found them with other options).
Structure BuildStructure(const ingest::Document& doc, std::vector<Table> tables,
                         std::vector<std::string> running);

}  // namespace ogpx::layout
