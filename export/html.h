// The HTML pages ogpx writes (the review site of `ogpx review`, the status
// dashboard, the tables page): escaping, and one page skeleton with our own
// style sheet and keyboard script inline, so that a page opens from disk with
// no server and fetches nothing.
//
// Pure functions; thread-safe.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

namespace ogpx::exporter {

// `s` with & < > " ' written as character references, bytes that are not
// UTF-8 as "\xNN" (text::EscapeInvalidUtf8): safe in element text and in
// quoted attribute values.
std::string HtmlEscape(std::string_view s);

// Writes "<!DOCTYPE html>" up to and including "<body>": charset UTF-8, the
// escaped `title`, the style sheet.
void BeginHtmlPage(std::ostream& out, std::string_view title);

// Writes the keyboard script (j/k or n/p: next/previous field, w/W:
// next/previous warning, on elements of class "f" and "warning") and closes
// the page.
void EndHtmlPage(std::ostream& out);

// A number with at most `decimals` decimals, no trailing zeros, "." as the
// decimal point whatever the locale ("12.5", "3").
std::string HtmlNumber(double value, int decimals = 2);

}  // namespace ogpx::exporter
