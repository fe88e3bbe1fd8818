// scan_cleanup: see scan_cleanup.h.
#include "ingest/scan_cleanup.h"

#include <leptonica/allheaders.h>

#include <algorithm>

#include "ingest/raster.h"

namespace ogpx::ingest {
namespace {

// A speck: a blob of ink at most kSpeckMax inches wide and tall with no
// other ink (bigger than a speck) within kSpeckIsolation inches. The dot of
// an "i", a full stop or a decimal point sits a pixel or two from its
// letters; a bullet of 7 pt type or more is bigger than a speck. Measured on
// the ladder's worn rung (with an edge-band step since left out): 0.025 /
// 0.04 in read it at 0.8155, 0.03 / 0.05 in at 0.7783, no speckle removal at
// 0.7256; as shipped, 0.8267 against 0.7230 (docs/ocr.md).
constexpr double kSpeckMax = 0.025;
constexpr double kSpeckIsolation = 0.04;
// Specks are removed only from a page that has at least this many per
// square inch: dust comes in numbers (the ladder's worn rung 1.3-1.6, the
// scanned report 1.3), while the few lone blobs of a clean page are more
// likely the bits of a stamp or a signature (order-120-en-scan p1: 0.1,
// whose signatory under the stamp reads differently without them).
constexpr double kSpecksPerSquareInch = 0.5;

}  // namespace

int RemoveSpeckle(Pix* grey, double dpi) {
  if (grey == nullptr || pixGetDepth(grey) != 8 || pixGetColormap(grey) != nullptr || dpi <= 0) return 0;
  PixPtr binary(pixConvertTo1(grey, kInkGrey));
  if (!binary) return 0;
  const int speck = std::max(1, static_cast<int>(kSpeckMax * dpi));
  // Small blobs, and everything else.
  PixPtr small(pixSelectBySize(binary.get(), speck, speck, 8, L_SELECT_IF_BOTH, L_SELECT_IF_LTE, nullptr));
  if (!small) return 0;
  PixPtr large(pixXor(nullptr, binary.get(), small.get()));
  if (!large) return 0;
  const int reach = 2 * std::max(1, static_cast<int>(kSpeckIsolation * dpi)) + 1;
  PixPtr near(pixDilateBrick(nullptr, large.get(), reach, reach));
  if (!near) return 0;
  // Small blobs that touch the neighbourhood of bigger ink stay: seeds are
  // their pixels inside it, filled out to the whole blob.
  PixPtr seed(pixAnd(nullptr, small.get(), near.get()));
  if (!seed) return 0;
  PixPtr kept(pixSeedfillBinary(nullptr, seed.get(), small.get(), 8));
  if (!kept) return 0;
  PixPtr isolated(pixXor(nullptr, small.get(), kept.get()));
  if (!isolated) return 0;
  l_int32 count = 0;
  if (pixCountConnComp(isolated.get(), 8, &count) != 0 || count == 0) return 0;
  const double square_inches = static_cast<double>(pixGetWidth(grey)) * pixGetHeight(grey) / (dpi * dpi);
  if (count < kSpecksPerSquareInch * square_inches) return 0;
  // The blob and its grey fringe (one pixel round it) become paper.
  PixPtr mask(pixDilateBrick(nullptr, isolated.get(), 3, 3));
  if (!mask || pixSetMasked(grey, mask.get(), 0xff) != 0) return 0;
  return count;
}

}  // namespace ogpx::ingest
