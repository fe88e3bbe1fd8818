// The signature block of an order: the signatory's position (in capitals,
// often over several lines) and name, found from the bottom of the order's
// rows. Internal to the order reader (extract/order.cpp).
//
// Scans put a stamp and a signature over the block: fragments that are small
// and away from the left edge of the text ("MIA", "(5)", "000") are stamp
// debris and are skipped; a name whose initials the stamp hides is kept as
// the surname alone. Pure function of its inputs.
#pragma once

#include <cstddef>
#include <vector>

#include "extract/order/rows.h"
#include "extract/order/rules.h"
#include "model/domain.h"

namespace ogpx::extract::order {

struct Signature {
  bool found = false;
  std::size_t first = 0;  // first row of the block (the top position line)
  std::size_t last = 0;   // the row holding the name (or the last position row)
  model::Signatory who;   // position in normal case, name as printed
};

// Searches rows[from, rows.size()) from the bottom. `col` is the text column
// of the order's rows.
Signature FindSignature(const std::vector<Row>& rows, std::size_t from, Lang lang, const TextColumn& col);

// A small fragment away from the text's left edge: stamp or signature ink
// read by OCR, not text of the order.
bool IsDebris(const Row& row, const TextColumn& col);

}  // namespace ogpx::extract::order
