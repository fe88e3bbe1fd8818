// Dates and reporting periods of progress reports (see report_dates.h): a
// thin layer over extract/dates.h that keeps the period label as printed.
#include "extract/report/dates.h"

#include "extract/common/dates.h"
#include "base/text.h"

namespace ogpx::extract::report {

std::optional<std::string> ParseReportDate(std::string_view text) {
  auto date = ParseDate(text);
  if (!date) date = FindDate(text);
  if (!date) return std::nullopt;
  return date->Iso();
}

model::ReportPeriod ParseReportPeriod(std::string_view text) {
  model::ReportPeriod period;
  const std::string s = text::FoldWhitespace(text);
  const std::string label = text::FoldWhitespace(s.substr(0, s.find('(')));
  const auto range = ParsePeriod(s);
  if (!label.empty()) {
    period.label = label;
  } else if (range && !range->label.empty()) {
    period.label = range->label;
  }
  if (range) {
    period.start = range->start.Iso();
    period.end = range->end.Iso();
  }
  return period;
}

}  // namespace ogpx::extract::report
