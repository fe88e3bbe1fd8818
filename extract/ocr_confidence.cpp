// ScoreOcrConfidence(): OCR confidence per field (ocr_confidence.h).
#include "extract/ocr_confidence.h"

#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <string>

#include "base/text.h"
#include "extract/common/fields.h"

namespace ogpx::extract {
namespace {

// How much of a field's text the warning quotes, in bytes.
constexpr std::size_t kQuoteBytes = 60;

// Mean confidence of the words of `page` whose centres lie in `p`'s box;
// nullopt when none does.
std::optional<double> MeanConfidence(const ingest::Page& page, const model::Provenance& p) {
  double sum = 0;
  int n = 0;
  for (const ingest::Word& w : page.words) {
    if (w.box.cx() < p.x0 || w.box.cx() > p.x1 || w.box.cy() < p.y0 || w.box.cy() > p.y1) continue;
    sum += w.confidence;
    ++n;
  }
  if (n == 0) return std::nullopt;
  return std::round(sum / n * 10) / 10;
}

// True when another provenance path lies beneath `path` (`path` is a
// record's own box, not a field).
bool HasFieldsBeneath(const std::set<std::string>& paths, const std::string& path) {
  auto it = paths.lower_bound(path + "/");
  return it != paths.end() && it->starts_with(path + "/");
}

// A confidence as written in messages: "45.2", "60".
std::string Number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

}  // namespace

void ScoreOcrConfidence(const ingest::Document& doc, model::Document& out) {
  std::map<int, const ingest::Page*> scanned;
  for (const ingest::Page& page : doc.pages)
    if (page.source == ingest::PageSource::kOcr) scanned[page.number] = &page;
  if (scanned.empty()) return;
  std::set<std::string> paths;
  for (const model::Provenance& p : out.provenance) paths.insert(p.field);
  std::map<std::string, std::string> values;
  ForEachTextField(out, [&](const TextField& f) { values.emplace(f.path, *f.value); });
  for (model::Provenance& p : out.provenance) {
    auto page = scanned.find(p.page);
    if (page == scanned.end()) continue;
    p.ocr_confidence = MeanConfidence(*page->second, p);
    if (!p.ocr_confidence || *p.ocr_confidence >= model::kLowOcrConfidence || HasFieldsBeneath(paths, p.field))
      continue;
    std::string message = p.field;
    if (auto v = values.find(p.field); v != values.end()) message += " (\"" + text::Clip(v->second, kQuoteBytes) + "\")";
    message += " was read by OCR with confidence " + Number(*p.ocr_confidence) + ", below " +
               Number(model::kLowOcrConfidence) + ": check it against the page";
    out.warnings.push_back({p.page, "ocr_low_confidence", std::move(message)});
  }
}

}  // namespace ogpx::extract
