// Table reconstruction from page geometry (ingest/ingest.h).
//
// Ruled tables come from ruling segments (grid -> cells with row/col spans);
// tables with horizontal rules only, and unruled ("stream") tables, come from
// word alignment. A table nested inside a cell is returned inside that cell.
// FindTables(Document) also joins tables continued across pages: a row cut by
// a page break becomes one row (its cells' lines span both pages) and header
// rows repeated at the top of each page are dropped.
//
// Coordinates: PDF points, origin top-left of each page (as in ingest).
// Thread-safety: pure functions of their inputs.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "ingest/ingest.h"

namespace ogpx::layout {

// One visual line of text inside a cell.
// Fields ordered so the struct packs (96 bytes): the tables, the stream and
// every page's lines (layout/lines.h) hold one per line of text.
struct CellLine {
  int page = 0;               // 1-based page the line is on
  std::uint32_t color = 0;    // of the first word (0xRRGGBB)
  ingest::Box box;
  std::string text;           // words joined by single spaces (NFC)
  double font_size = 0;       // of the first word
  double baseline = 0;        // of the first word; 0 = unknown
  bool bold = false;          // all words bold
  bool ocr = false;           // read by OCR: its baseline may be a point or two off
};

// Where a table or a cell lies on one page.
struct Region {
  int page = 0;
  ingest::Box box;
};

struct Table;

struct Cell {
  int row = 0, col = 0;       // top-left grid position, 0-based
  int row_span = 1, col_span = 1;
  std::vector<Region> regions;   // one per page the cell covers (>1 when cut by a page break)
  std::vector<CellLine> lines;   // text outside nested tables, reading order, across pages
  std::string text;              // lines joined with single spaces
  std::vector<Table> nested;     // tables drawn inside this cell
};

struct Table {
  int rows = 0, cols = 0;
  bool ruled = true;             // false: found from alignment (stream)
  std::vector<Region> regions;   // one per page, in page order
  std::vector<Cell> cells;       // ordered by (row, col); spanned positions are not repeated
  int header_rows = 0;           // leading rows recognised as header (kept once)

  // The cell covering grid position (row, col), or nullptr.
  const Cell* At(int row, int col) const;
  int first_page() const { return regions.empty() ? 0 : regions.front().page; }
};

struct TableOptions {
  bool detect_stream = true;     // also look for unruled tables
  bool join_pages = true;        // Document overload only
};

// Tables on one page, top to bottom.
std::vector<Table> FindTables(const ingest::Page& page, const TableOptions& options = {});

// Tables of a whole document, with tables continued across pages joined.
std::vector<Table> FindTables(const ingest::Document& doc, const TableOptions& options = {});

}  // namespace ogpx::layout
