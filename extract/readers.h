// Readers as plugins: each kind of document has a reader that claims a
// document by the evidence it shows (extract/evidence.h) and reads it from
// its structure (layout/structure.h). Extract() asks every reader for its
// claim, lets the strongest read, and asks it whether its reading holds the
// kind's structure (which raises the confidence).
//
// A new kind of document is a new Reader added to Readers(); a new language
// is a vocabulary file (lang/data), no reader changes.
#pragma once

#include <algorithm>
#include <span>

#include "extract/evidence.h"
#include "extract/extract.h"
#include "layout/structure.h"

namespace ogpx::extract {

class DocumentReader {
 public:
  virtual ~DocumentReader() = default;
  virtual model::Kind kind() const = 0;
  // How well the document fits this reader (strength 0: no claim).
  [[nodiscard]] virtual Claim ClaimDocument(const Evidence& e) const = 0;
  // Reads the document into `out`: the kind's object, warnings, provenance.
  virtual void Read(const layout::Structure& s, model::Document& out) const = 0;
  // True when `read` (what Read() gave) holds the kind's structure.
  [[nodiscard]] virtual bool Holds(const model::Document& read) const = 0;
};

// The readers of each kind (extract/plan, extract/report, extract/order, and
// the reader of letters, responses and decisions).
const DocumentReader& PlanReader();
const DocumentReader& ReportReader();
const DocumentReader& OrderReader();
const DocumentReader& OtherReader();

// Every reader, in the order that breaks ties between equal claims.
std::span<const DocumentReader* const> Readers();

// So many commitments, or report entries with a status, make a reading that
// holds its kind's structure.
inline constexpr std::size_t kCorroboratingItems = 2;

// True when at least kCorroboratingItems items of `items` are `good`.
template <class Items, class Good>
bool Corroborating(const Items& items, Good good) {
  return static_cast<std::size_t>(std::count_if(items.begin(), items.end(), good)) >= kCorroboratingItems;
}

}  // namespace ogpx::extract
