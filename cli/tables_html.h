// `ogpx tables --format html`: the tables of a PDF as one whole HTML page
// (export/html.h: charset, style, nothing fetched): each table under a
// heading with its index, pages, size and kind, cells with borders and their
// row and column spans, header rows as header cells, nested tables inside
// their cells; with `images`, beside each table the picture of each page
// region it covers with the cells' boxes drawn on it (PNG inside the page).
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "layout/tables/tables.h"
#include "ingest/ingest.h"

namespace ogpx::cli {

struct TablesHtml {
  bool images = false;  // draw each table's page regions (rendered from doc.path)
  int dpi = 110;        // of those pictures
};

void WriteTablesHtml(const ingest::Document& doc, const std::vector<layout::Table>& tables,
                     const TablesHtml& how, std::ostream& out);

}  // namespace ogpx::cli
