// scan_cleanup: see scan_cleanup.h.
#include "ingest/scan_cleanup.h"

#include <leptonica/allheaders.h>

#include <algorithm>

#include "ingest/raster.h"

namespace ogpx::ingest {
namespace {

// A speck: a blob of ink at most kSpeckMax inches wide and tall (2.5 pt,
// under the x-height of 8 pt type) with no other ink (bigger than a speck)
// within kSpeckIsolation inches (1.8 pt). The dot of an "i", a full stop or a
// decimal point sits within a point of its letters. Measured on the ladder's
// worn rung (docs/ocr.md; the rest of the pipeline as of issue 18's second
// session): 0.025 / 0.04 in (the first version) read it at 0.8407, 0.035 /
// 0.04 at 0.9167, 0.035 / 0.025 at 0.9593, 0.04 / 0.025 at 0.9593, 0.03 /
// 0.025 at 0.9469, 0.035 / 0.02 at 0.9268: the first version left the bigger
// specks of dust (a JPEG fringe round them) and those a word's space from a
// letter, read as ":", "*", "i" and a heading's "1." as "1,".
constexpr double kSpeckMax = 0.035;
constexpr double kSpeckIsolation = 0.025;
// Specks are removed only from a page that has at least this many dots
// (specks round and solid as dust is, below) per square inch: dust comes in
// numbers (the ladder's skew2-noise rung 0.86-1.02, worn 2.3-2.7, the
// scanned report 1.4-1.6), while the few lone blobs of a clean page are
// more likely the bits of a stamp or a signature (order-120-en-scan p1:
// 0.28 dots, 0.45 specks of any shape, whose signatory under the stamp reads
// differently without them; nap5-en-scan at most 0.12).
constexpr double kSpecksPerSquareInch = 0.5;
// A dot of dust fills at least kDotFill of its box (a disc: 0.79) and is
// no more than kDotElongation times as wide as tall or tall as wide.
constexpr float kDotFill = 0.6f;
constexpr float kDotElongation = 2.0f;


// The blobs of `binary` no bigger than `size` pixels either way with no
// other ink within `isolation` pixels; null on failure.
PixPtr IsolatedBlobs(Pix* binary, int size, int isolation) {
  // Small blobs, and everything else.
  PixPtr small(pixSelectBySize(binary, size, size, 8, L_SELECT_IF_BOTH, L_SELECT_IF_LTE, nullptr));
  if (!small) return nullptr;
  PixPtr large(pixXor(nullptr, binary, small.get()));
  if (!large) return nullptr;
  const int reach = 2 * isolation + 1;
  PixPtr near(pixDilateBrick(nullptr, large.get(), reach, reach));
  if (!near) return nullptr;
  // Small blobs that touch the neighbourhood of bigger ink stay: seeds are
  // their pixels inside it, filled out to the whole blob.
  PixPtr seed(pixAnd(nullptr, small.get(), near.get()));
  if (!seed) return nullptr;
  PixPtr kept(pixSeedfillBinary(nullptr, seed.get(), small.get(), 8));
  if (!kept) return nullptr;
  return PixPtr(pixXor(nullptr, small.get(), kept.get()));
}

// The number of blobs of `blobs` that are round and solid as a speck of dust
// is (not a stroke of a signature or the arc of a stamp); -1 on failure.
int CountDots(Pix* blobs) {
  PixPtr solid(pixSelectByAreaFraction(blobs, kDotFill, 8, L_SELECT_IF_GTE, nullptr));
  PixPtr flat(solid ? pixSelectByWidthHeightRatio(solid.get(), kDotElongation, 8, L_SELECT_IF_LTE, nullptr) : nullptr);
  PixPtr round(flat ? pixSelectByWidthHeightRatio(flat.get(), 1.0f / kDotElongation, 8, L_SELECT_IF_GTE, nullptr)
                    : nullptr);
  l_int32 count = 0;
  if (!round || pixCountConnComp(round.get(), 8, &count) != 0) return -1;
  return count;
}

}  // namespace

int RemoveSpeckle(Pix* grey, double dpi, PixPtr* ink) {
  if (ink != nullptr) ink->reset();
  if (grey == nullptr || pixGetDepth(grey) != 8 || pixGetColormap(grey) != nullptr || dpi <= 0) return 0;
  PixPtr binary = BinaryBelow(grey, kInkGrey);
  if (!binary) return 0;
  // Hands `binary` on as the ink of the page as it is left.
  auto left = [&](int removed) {
    if (ink != nullptr) *ink = std::move(binary);
    return removed;
  };
  auto pixels = [dpi](double inches) { return std::max(1, static_cast<int>(inches * dpi)); };
  PixPtr isolated = IsolatedBlobs(binary.get(), pixels(kSpeckMax), pixels(kSpeckIsolation));
  l_int32 count = 0;
  if (!isolated || pixCountConnComp(isolated.get(), 8, &count) != 0 || count == 0) return left(0);
  const int dots = CountDots(isolated.get());
  const double square_inches = static_cast<double>(pixGetWidth(grey)) * pixGetHeight(grey) / (dpi * dpi);
  if (dots < kSpecksPerSquareInch * square_inches) return left(0);
  // The blob and its grey fringe (one pixel round it) become paper.
  PixPtr mask(pixDilateBrick(nullptr, isolated.get(), 3, 3));
  if (!mask || pixSetMasked(grey, mask.get(), 0xff) != 0) return 0;
  // Paper (255) is no ink: the ink left is the binary image without the mask.
  if (pixSubtract(binary.get(), binary.get(), mask.get()) == nullptr) binary.reset();
  return left(count);
}

}  // namespace ogpx::ingest
