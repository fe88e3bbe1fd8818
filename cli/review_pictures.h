// The pictures of one document's review page (`ogpx review`): the page
// thumbnails and the crops of its records' regions, rendered from the PDF
// with ingest::PageImages into OUT/img/<sha256>/ and kept there: a picture
// already in that folder is not rendered again (the folder is named by the
// document's bytes, so what is there is of the same PDF), and pictures the
// document no longer needs are deleted.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "base/status.h"
#include "export/review_records.h"

namespace ogpx::cli {

// Resolution of the pictures: 2 pixels per point.
inline constexpr int kReviewDpi = 144;

struct ReviewPictures {
  std::set<std::string> files;                          // present in the folder
  std::map<int, std::pair<double, double>> page_sizes;  // points, as the boxes see the page
  std::optional<std::string> problem;                   // why pictures are missing, for the page
  int pages_rendered = 0;                               // this run (0: all from the folder)
};

// Makes the pictures `records` need. `pdf` is where the document was read
// from ("" when the database does not say); when it is missing or is no
// longer the same bytes (`sha256`), `problem` says so and the pictures
// already in the folder are used. `warnings` are the document's (for pages
// OCR turned upright). An Error only when the folder cannot be written.
Result<ReviewPictures> MakeReviewPictures(const std::string& out_dir, const std::string& pdf,
                                          const std::string& sha256,
                                          const std::vector<exporter::ReviewRecord>& records,
                                          const std::vector<Warning>& warnings);

}  // namespace ogpx::cli
