// Domain types: what ogpx extracts from a document. They mirror the ogpx/1
// interchange JSON (../docs/export-json.md, copied from the shared spec): a
// field the document does not state is std::nullopt (or an empty list), never
// guessed. All strings are UTF-8, NFC, white space folded.
//
// Plain values; no behaviour beyond small helpers. Produced by extract/,
// persisted by model/store.h, written by export/.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/status.h"

namespace ogpx::model {

using ogpx::Warning;

enum class Kind { kActionPlan, kOrder, kProgressReport, kOther };
const char* KindName(Kind kind);                       // "action_plan", ...
std::optional<Kind> KindFromName(const std::string& name);

struct YearSpan {
  std::optional<int> start;
  std::optional<int> end;
  bool operator==(const YearSpan&) const = default;
};

// Supporting stakeholders by sector, by position in the OGP template
// (Government | Civil Society | Other Actors).
struct Stakeholders {
  std::vector<std::string> government;
  std::vector<std::string> civil_society;
  std::vector<std::string> other;
  bool operator==(const Stakeholders&) const = default;
};

struct Problem {
  std::optional<std::string> problem;      // What problem does the commitment aim to address?
  std::optional<std::string> causes;       // What are the causes of the problem?
  std::optional<std::string> done_so_far;  // What has been done so far to solve the problem?
  std::optional<std::string> solution;     // What solution are you proposing?
  std::optional<std::string> results;      // What results do we want to achieve ...?
  bool operator==(const Problem&) const = default;
};

struct MilestoneGroup {
  std::string number;   // "5.1"
  std::string title;    // "Improve budget transparency"
  bool operator==(const MilestoneGroup&) const = default;
};

struct Due {
  std::string raw;                 // as printed, white space folded
  std::optional<int> start;        // first year
  std::optional<int> end;          // last year
  std::optional<std::string> start_date;  // ISO: first day of the first printed period
  std::optional<std::string> end_date;    // ISO: last day of the last printed period
  bool operator==(const Due&) const = default;
};

struct Milestone {
  std::string number;                      // "5.1.2"
  std::optional<MilestoneGroup> group;
  std::string text;
  std::vector<std::string> outputs;        // one per "-" item
  std::optional<Due> due;
  std::vector<std::string> lead;
  Stakeholders supporting;
  std::vector<int> pages;                  // 1-based, ascending
  bool operator==(const Milestone&) const = default;
};

// "Commitment Analysis" of the 2020+ template.
struct Analysis {
  std::optional<std::string> transparency;
  std::optional<std::string> accountability;
  std::optional<std::string> participation;
  bool operator==(const Analysis&) const = default;
};

// The responsible person of the 2016-2019 template.
struct Contact {
  std::optional<std::string> name;
  std::optional<std::string> title;        // "Title, Department"
  std::optional<std::string> email;
  std::optional<std::string> phone;
  bool operator==(const Contact&) const = default;
};

struct Commitment {
  std::string number;                      // "1"
  std::optional<std::string> id;           // "Commitment ID: XX0012" -> "XX0012"
  std::optional<std::string> title;
  std::optional<std::string> theme;        // theme / pillar heading above it
  std::optional<std::string> description;  // brief description; narrative text
  std::optional<std::string> objective;    // "Main objective"
  std::optional<std::string> relevance;    // "Relevance" / OGP values
  std::optional<std::string> ambition;
  std::optional<Analysis> analysis;
  std::optional<Contact> contact;
  std::vector<std::string> lead;
  Stakeholders supporting;
  YearSpan period;
  Problem problem;
  std::vector<Milestone> milestones;
  std::vector<int> pages;
  bool operator==(const Commitment&) const = default;
};

struct Participants {
  std::vector<std::string> government;
  std::vector<std::string> civil_society;
  bool operator==(const Participants&) const = default;
};

struct ActionPlan {
  std::optional<std::string> country;      // short name ("Mongolia", "Монгол Улс")
  std::optional<int> plan_number;
  YearSpan period;
  std::optional<std::string> title;
  // Layout read: "current", "2020", "2016" (OGP template generations) or
  // "narrative" (commitments under headings in running text).
  std::optional<std::string> template_name;
  Participants participants;
  std::vector<Commitment> commitments;
  bool operator==(const ActionPlan&) const = default;
};

struct Signatory {
  std::optional<std::string> name;
  std::optional<std::string> position;
  bool operator==(const Signatory&) const = default;
};

struct Approves {
  std::optional<std::string> title;
  YearSpan period;
  bool operator==(const Approves&) const = default;
};

struct Order {
  std::optional<std::string> issuer;
  std::optional<std::string> title;
  std::optional<std::string> number;       // as printed: "120", "А/268"
  std::optional<std::string> date;         // ISO 8601
  std::optional<std::string> place;
  std::optional<std::string> subject;
  std::optional<std::string> legal_basis;
  std::vector<std::string> clauses;
  Signatory signatory;
  std::optional<Approves> approves;
  std::vector<int> pages;
  bool operator==(const Order&) const = default;
};

struct PlanRef {
  std::optional<std::string> country;
  std::optional<int> plan_number;
  bool operator==(const PlanRef&) const = default;
};

struct ReportPeriod {
  std::optional<std::string> start;        // ISO date
  std::optional<std::string> end;          // ISO date
  std::optional<std::string> label;        // "2024 Q3", "2025 H1"
  bool operator==(const ReportPeriod&) const = default;
};

// OGP completion levels.
enum class Status { kNotStarted, kLimited, kSubstantial, kComplete };
const char* StatusName(Status status);                 // "not_started", ...
std::optional<Status> StatusFromName(const std::string& name);

struct ReportEntry {
  std::string milestone;                   // "5.1.1"; a commitment's number when it names one
  std::optional<std::string> commitment;   // "5" (the commitment it belongs to)
  std::optional<Status> status;
  std::optional<int> progress_percent;
  std::optional<std::string> results;
  std::vector<std::string> evidence;
  std::optional<std::string> next_steps;   // self-assessment "Next steps"
  std::vector<int> pages;
  bool operator==(const ReportEntry&) const = default;
};

struct ProgressReport {
  std::optional<std::string> report_type;  // "progress" | "self_assessment"
  std::optional<std::string> agency;
  PlanRef plan;
  ReportPeriod period;
  std::optional<std::string> submitted;    // ISO date
  std::vector<ReportEntry> entries;
  bool operator==(const ProgressReport&) const = default;
};

struct Source {
  std::string file;                        // base name of the PDF
  std::string sha256;
  int pages = 0;
  std::vector<std::string> language;       // ISO 639-1 codes found: "en", "mn"
  std::vector<int> ocr_pages;              // pages whose words came from OCR
  bool operator==(const Source&) const = default;
};

// Where an extracted field came from. `field` is a JSON-pointer-like path into
// the ogpx/1 object ("/action_plan/commitments/0/milestones/2/text"); the box
// is in page points, origin top-left. `ocr_confidence` (0..100, one decimal)
// is the mean Tesseract confidence of the words whose centres lie in the box
// when the page was read by OCR; absent for a text-layer page.
struct Provenance {
  std::string field;
  int page = 0;
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  std::optional<double> ocr_confidence;
  bool operator==(const Provenance&) const = default;
};

// A field read by OCR with a confidence below this gets an
// `ocr_low_confidence` warning and is marked in the review (docs/ocr.md,
// "Confidence per field": measured on the scanned samples, 40% of the
// fields below it were wrong against 3% above).
inline constexpr double kLowOcrConfidence = 60;

struct Document {
  Source source;
  Kind kind = Kind::kOther;
  std::optional<double> kind_confidence;   // 0..1, two decimals
  std::optional<ActionPlan> action_plan;
  std::optional<Order> order;
  std::optional<ProgressReport> progress_report;
  std::vector<Warning> warnings;
  std::vector<Provenance> provenance;      // not part of ogpx/1; stored in SQLite
  // Absolute path the PDF was read from ("" when unknown); not part of
  // ogpx/1; stored in SQLite (documents.source_path) for `ogpx review`.
  std::string source_path;
  bool operator==(const Document&) const = default;
};

}  // namespace ogpx::model
