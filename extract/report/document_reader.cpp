// The progress report's reader (extract/readers.h): claims a document by a
// report title with report or status wording, a self-assessment title or
// running header, or report wording alone; reads it with ReadProgressReport
// (an entries table, else OGP's self-assessment template, else statuses
// stated in prose).
#include "extract/readers.h"

namespace ogpx::extract {
namespace {

class ProgressReportReader final : public DocumentReader {
 public:
  model::Kind kind() const override { return model::Kind::kProgressReport; }

  Claim ClaimDocument(const Evidence& e) const override {
    if (e.report_title && e.report_hits + e.status_hits >= 2)
      return {kind(), kReportTitle, "a report title with report wording"};
    if (e.self_assessment_running || e.self_assessment_title)
      return {kind(), kSelfAssessment, "a self-assessment title or running header"};
    if (e.report_hits >= 2) return {kind(), kReportWording, "report wording"};
    if (e.report_title) return {kind(), kReportTitleOnly, "a report title"};
    return {kind(), 0, ""};
  }

  void Read(const layout::Structure& s, model::Document& out) const override {
    out.progress_report = ReadProgressReport(s, out.warnings);
  }

  // Entries with a status.
  bool Holds(const model::Document& d) const override {
    return d.progress_report && Corroborating(d.progress_report->entries, [](const model::ReportEntry& e) {
             return e.status.has_value();
           });
  }
};

}  // namespace

const DocumentReader& ReportReader() {
  static const ProgressReportReader reader;
  return reader;
}

}  // namespace ogpx::extract
