// The review site of `ogpx review` (docs/review.md): one HTML page per
// document, with its kind, confidence and warnings first, then each record
// (review_records.h) with its fields beside crops of the page regions they
// were read from and a page thumbnail with the region drawn; and an index
// page listing the documents.
//
// The pictures are rendered by the caller (ingest, wired by cli/), which
// passes which of them exist; a field or record whose picture is missing is
// still listed, with the reason. Every text is HTML-escaped. Pages open from
// disk: relative links, styles and script inline (export/html.h).
//
// Pure functions of their arguments; thread-safe.
#pragma once

#include <map>
#include <optional>
#include <ostream>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "export/review_records.h"
#include "model/domain.h"

namespace ogpx::exporter {

// "<file name without .pdf, characters other than A-Z a-z 0-9 . _ - as _>.<first
// 12 hex of sha256>.html": the page of one document in the site.
std::string ReviewPageName(const std::string& file_name, const std::string& sha256);
// Folder of one document's pictures, relative to the site: "img/<sha256>/".
std::string ReviewImageDir(const std::string& sha256);
// File names of pictures inside that folder: "page-7.png" (thumbnail),
// "crop-p7-50-148-806-386.png" (the region's box in whole points).
std::string ThumbnailFileName(int page);
std::string CropFileName(const ReviewBox& region);
// Anchor of milestone `number` on a plan's page, and of the first entry
// naming it on a report's page ("m-5.1.1"; characters other than A-Z a-z 0-9
// . - as _): where the status dashboard links to.
std::string EntryAnchor(const std::string& number);

// Width in pixels of the page thumbnails.
inline constexpr int kThumbnailWidthPx = 260;

struct ReviewPage {
  const model::Document* doc = nullptr;
  std::string pdf_path;                                 // where the pictures were rendered from ("" unknown)
  std::optional<std::string> pdf_problem;               // why there are no pictures ("moved or deleted: ...")
  std::set<std::string> images;                         // picture files present in ReviewImageDir
  std::map<int, std::pair<double, double>> page_sizes;  // page -> width, height in points
  bool with_status = false;                             // the site has status.html
};

// Writes the page of `page.doc`; `records` come from ReviewRecords with the
// warnings (the extractor's and those found linking reports to plans)
// attached, `loose` the warnings attached to no record.
void WriteReviewPage(const ReviewPage& page, const std::vector<ReviewRecord>& records,
                     const std::vector<Warning>& loose, std::ostream& out);

struct ReviewIndexRow {
  std::string file_name, sha256, kind, page_name;
  int pages = 0, ocr_pages = 0, warnings = 0;
  ReviewCount count;
  std::optional<std::string> pdf_problem;
};
void WriteReviewIndex(const std::vector<ReviewIndexRow>& rows, bool with_status, std::ostream& out);

}  // namespace ogpx::exporter
