// The rows of an order's pages (layout/rows.h, built once per document by
// Structure::rows()) and the text block they make.
//
// Coordinates: PDF points, origin top-left. Pure functions.
#pragma once

#include <vector>

#include "layout/rows.h"

namespace ogpx::extract::order {

using Row = layout::TextRow;
using Segment = layout::RowSegment;

// Left and right edges of the text block of a page's rows (the median of the
// row starts / the largest row end), for "is this row centred" tests.
struct TextColumn {
  double left = 0, right = 0;
  double center() const { return (left + right) / 2; }
  double width() const { return right - left; }
};
TextColumn ColumnOf(const std::vector<Row>& rows);

}  // namespace ogpx::extract::order
