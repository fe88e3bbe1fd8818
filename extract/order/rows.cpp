// The text block of an order's rows (see rows.h).
#include "extract/order/rows.h"

#include <algorithm>

namespace ogpx::extract::order {

TextColumn ColumnOf(const std::vector<Row>& rows) {
  TextColumn col;
  std::vector<double> lefts;
  for (const auto& r : rows) {
    lefts.push_back(r.box.x0);
    col.right = std::max(col.right, r.box.x1);
  }
  if (!lefts.empty()) {
    std::sort(lefts.begin(), lefts.end());
    col.left = lefts[lefts.size() / 4];  // lower quartile: body text starts there
  }
  return col;
}

}  // namespace ogpx::extract::order
