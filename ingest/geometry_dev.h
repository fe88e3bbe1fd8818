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

#include <atomic>
#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "base/limits.h"
#include "ingest/ingest.h"
#include <poppler/TextOutputDev.h>

namespace ogpx::ingest {

// The budget of one page's text pass: past one of them the pass stops
// (displayPage is aborted, Poppler's text layout is not built) and the page
// is skipped with the reason. `max_path_points` does not stop the pass: it
// only says the page is too heavy to render for OCR.
struct PageBudget {
  std::size_t max_chars = limits::kMaxPageChars;
  int max_nesting = limits::kMaxGraphicsNesting;
  long long max_path_points = limits::kMaxRenderPathPoints;
  std::optional<std::chrono::steady_clock::time_point> deadline;  // the document's
  const std::atomic<bool>* cancel = nullptr;
};

class GeometryOutputDev : public TextOutputDev {
 public:
  explicit GeometryOutputDev(const PageBudget& budget = {});

  void stroke(GfxState* state) override;
  void fill(GfxState* state) override;
  void eoFill(GfxState* state) override;
  void drawChar(GfxState* state, double x, double y, double dx, double dy, double origin_x, double origin_y,
                CharCode c, int n_bytes, const Unicode* u, int u_len) override;
  void saveState(GfxState* state) override;
  void restoreState(GfxState* state) override;
  void endPage() override;  // builds the text layout only when the pass was not stopped

  // For PDFDoc::displayPage's abortCheckCbk (`data` is the device): true
  // once the pass must stop (a budget spent, the deadline passed, cancel).
  static bool AbortCheck(void* data);
  // Why the pass stopped, naming the limit; "" when it was not stopped.
  const std::string& stopped() const { return stopped_; }
  // True when the document's deadline or `cancel` stopped it (not the page).
  bool stopped_by_time() const { return by_time_; }
  // Why the page must not be rendered for OCR (path points over budget), or "".
  const std::string& render_over() const { return render_over_; }
  // True when nothing was drawn: no character, no path filled or stroked in
  // a colour other than (near) white.
  bool drew_nothing() const { return chars_ == 0 && paths_ == 0; }

  // Path pieces collected since the last call, in device space (points,
  // origin top-left, rotation applied when displayPage ran at 72 dpi).
  std::vector<Rule> TakeRulePieces();
  // True when more pieces arrived than limits::kMaxRulesPerPage allows.
  bool rules_overflowed() const { return overflow_; }
  void ResetPage() { pieces_.clear(); marks_.clear(); overflow_ = false; }  // rules only; budgets are per device
  // Small filled shapes collected since the last call (Page::marks), device space.
  std::vector<Box> TakeMarks();

 private:
  void CollectPath(GfxState* state, bool filled);
  void CountPath(GfxState* state);  // path points, for render_over()
  void Add(const Rule& r);
  void AddMark(const std::vector<std::pair<double, double>>& pts);

  void Stop(std::string why) {
    if (stopped_.empty()) stopped_ = std::move(why);
  }

  PageBudget budget_;
  std::vector<Rule> pieces_;
  std::vector<Box> marks_;
  bool overflow_ = false;
  std::size_t chars_ = 0;
  std::size_t paths_ = 0;
  long long path_points_ = 0;
  int depth_ = 0;
  std::string stopped_, render_over_;
  bool by_time_ = false;
};

}  // namespace ogpx::ingest
