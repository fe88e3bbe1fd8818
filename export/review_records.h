// What the review site shows of one document: its records (the plan, each
// commitment and milestone; the order and each clause; the report and each
// entry), each with its fields, where on the page each field was read
// (model::Provenance), and the page regions to show beside it.
//
// A field is one of three: read from a box on a page (kFound; a value cut by
// a page break has a box on each page); a text field printed on a page whose
// box was not found (kMissing: listed as such, never hidden); or a value ogpx
// derived from other text (an ISO date, a year span, a status: kDerived,
// which has no box by design). A number (a report entry's milestone number)
// is kFound where it was read from the page, else kDerived: numbers given by
// position ("1.2.a" for a section's second commitment's first step) are
// printed nowhere. Only kFound and
// kMissing count as text fields in ReviewCount, the share of fields with a
// box (docs/review.md).
//
// Pure functions of their arguments; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/status.h"
#include "model/domain.h"

namespace ogpx::exporter {

// A box on a page: points, origin top-left of the page as displayed.
struct ReviewBox {
  int page = 0;
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  bool operator==(const ReviewBox&) const = default;
};

enum class FieldBox { kFound, kMissing, kDerived };

struct ReviewField {
  std::string label;  // "Lead", "Supporting (civil society)"
  std::string value;  // as extracted
  std::string path;   // JSON pointer into ogpx/1 ("/order/clauses/0")
  FieldBox where = FieldBox::kMissing;
  std::optional<ReviewBox> box;  // set when kFound: where it starts
  // Where it goes on when a page break cuts it: a box on each later page.
  std::vector<ReviewBox> continued;
  // Mean OCR confidence (0..100) of the words in the box when its page was
  // scanned (model::Provenance); below model::kLowOcrConfidence it is marked.
  std::optional<double> ocr_confidence;
  bool LowOcr() const { return ocr_confidence && *ocr_confidence < model::kLowOcrConfidence; }
};

struct ReviewRecord {
  std::string id;          // HTML id, unique in its document: "plan", "c3", "c3-m2", "clause-2", "entry-4"
  std::string kind;        // "plan", "commitment", "milestone", "order", "clause", "report", "entry"
  std::string heading;     // "Milestone 1.2", "Clause 2", "Entry 5.1.1"
  std::string number;      // the number printed for it ("1.2"); "" when none (clauses)
  std::vector<int> pages;  // pages it was read from, ascending (the model's, else its boxes')
  std::vector<ReviewField> fields;
  // One box per page: its fields' boxes (and its own, e.g. a milestone's
  // table row) joined, grown by kCropMarginPt and rounded out to whole
  // points. The crops of the review.
  std::vector<ReviewBox> regions;
  std::vector<Warning> warnings;  // the warnings about it (AttachWarnings)
};

// Margin around a record's boxes in its crop, in points.
inline constexpr double kCropMarginPt = 6;

// The records of `doc` in reading order (plan or order or report first).
std::vector<ReviewRecord> ReviewRecords(const model::Document& doc);

// Puts each of `warnings` on the record it is about: the record one of whose
// fields the message names by its JSON pointer (`ocr_low_confidence`); else,
// of the records on the warning's page, the one whose printed number the
// message names (as a whole number: "2.1" is not named by "12.1" or "2.11"),
// the most specific first.
// Returns the warnings that are about no record (document-level ones, pages
// without a named record), in their order.
std::vector<Warning> AttachWarnings(std::vector<ReviewRecord>& records, const std::vector<Warning>& warnings);

struct ReviewCount {
  int text_fields = 0;  // kFound + kMissing
  int with_box = 0;     // kFound
};
ReviewCount CountBoxes(const std::vector<ReviewRecord>& records);

}  // namespace ogpx::exporter
