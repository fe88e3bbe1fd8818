// GeometryOutputDev: one Poppler pass per page that yields both the words
// (TextOutputDev's word boxes, fonts, reading order) and the ruling segments
// (stroked paths and thin filled rectangles, which is how Word, LibreOffice
// and Chromium draw table borders).
//
// Why this route: poppler-cpp's text_list() gives word boxes but no paths;
// vector paths are only visible to an OutputDev (libpoppler-private-dev, the
// route pdftotext/pdftohtml take). Subclassing TextOutputDev lets one
// displayPage() call feed both, instead of interpreting every content stream
// twice. Private to ingest/; not part of the public API.
#pragma once

#include <vector>

#include "ingest/ingest.h"
#include <poppler/TextOutputDev.h>

namespace ogpx::ingest {

class GeometryOutputDev : public TextOutputDev {
 public:
  GeometryOutputDev();

  void stroke(GfxState* state) override;
  void fill(GfxState* state) override;
  void eoFill(GfxState* state) override;

  // Path pieces collected since the last call, in device space (points,
  // origin top-left, rotation applied when displayPage ran at 72 dpi).
  std::vector<Rule> TakeRulePieces();
  // True when more pieces arrived than limits::kMaxRulesPerPage allows.
  bool rules_overflowed() const { return overflow_; }
  void ResetPage() { pieces_.clear(); overflow_ = false; }

 private:
  void CollectPath(GfxState* state, bool filled);
  void Add(const Rule& r);

  std::vector<Rule> pieces_;
  bool overflow_ = false;
};

}  // namespace ogpx::ingest
