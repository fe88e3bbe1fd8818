// Dates and reporting periods as progress reports print them: a thin layer
// over extract/dates.h (ParseDate / FindDate / ParsePeriod) that keeps the
// period's label as printed.
//
// Dates: ISO "2024-10-10", dotted "2025.01.12", English "10 October 2024" /
// "October 10, 2024", Mongolian "2025 ony 01 dugeer saryn 12".
// Periods: a label ("2024 Q3", "2025 H1", "2024 ony IV uliral", "2025 ony
// ekhnii khagas") optionally followed by the dates in parentheses ("(1 July –
// 30 September 2024)", "(10 dugaar saryn 1 – 12 dugaar saryn 31)",
// "(2025.04.01–2025.06.30)"). Printed dates win over the label; a year
// missing on a side of the range comes from the other side or the label.
// Invalid calendar dates (31 June) are rejected.
//
// Thread-safety: pure functions.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/domain.h"

namespace ogpx::extract::report {

// ISO 8601 "YYYY-MM-DD", or nullopt.
std::optional<std::string> ParseReportDate(std::string_view text);

// start/end (ISO) and label (the text before any parenthesis, white space
// folded); fields that cannot be read stay nullopt.
model::ReportPeriod ParseReportPeriod(std::string_view text);

}  // namespace ogpx::extract::report
