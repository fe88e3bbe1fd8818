// The registry of warning codes (see diagnostics.h).
#include "base/diagnostics.h"

#include <algorithm>

namespace ogpx::diag {
namespace {

// clang-format off
constexpr Code kCodes[] = {
    // Reading the PDF and its pages (ingest/).
    {"blank_page", "ingest", "the page has no text layer and draws nothing, or nothing readable on its image; not OCR'd"},
    {"garbled_text_layer", "ingest", "the page's text layer is not readable text (a broken font encoding); the page was OCR'd instead"},
    {"legacy_font_repaired", "ingest", "text set in a legacy 8-bit Mongolian font was re-encoded to Unicode Cyrillic"},
    {"no_text_layer", "ingest", "the page has no text layer and OCR was not allowed (--ocr never); its text is missing"},
    {"ocr_failed", "ingest", "OCR of the page failed (missing language data, an unknown language, an unreadable image); its text is missing"},
    {"ocr_reread_cut", "ingest", "the second OCR readings of the page were cut short by their limit; the rest keep their first reading"},
    {"ocr_resolution_reduced", "ingest", "the page was rendered for OCR below the asked resolution to stay within the pixel limit"},
    {"ocr_timeout", "ingest", "OCR of the page was cancelled at its time limit; its text is missing"},
    {"page_over_limit", "ingest", "the page is over a documented limit (size, streams, characters, nesting; docs/limits.md); it was skipped or not rendered for OCR"},
    {"page_too_dense", "ingest", "the page has more words than the limit; the rest were dropped"},
    {"page_turned", "ingest", "the scanned page was turned; it was read upright"},
    {"pdf_repaired", "ingest", "the PDF was damaged and repaired while reading; some content may be missing"},
    {"pdf_syntax", "ingest", "the PDF has syntax errors that were passed over"},
    {"too_many_paths", "ingest", "the page draws more path segments than the limit; its ruling lines are incomplete"},
    // The document as a whole (extract/).
    {"kind_uncertain", "document", "the document's kind was decided on weak evidence"},
    {"language_unsupported", "document", "text in a language ogpx has no vocabulary for (named in the message); the kind was read from structure and fields may be missed"},
    {"number_repaired", "document", "a milestone number out of its neighbours' run by one misread character (\"16.1\" before 6.2) was repaired; old and new in the message"},
    {"ocr_low_confidence", "document", "a field was read by OCR with a mean word confidence below 60 (the field's JSON pointer, text and confidence in the message; docs/ocr.md); check it against the page"},
    {"table_not_understood", "document", "a ruled table on a page where no reader read anything"},
    // Action plans (extract/action_plan*).
    {"commitment_number_inferred", "plan", "commitments without a printed number, or numbered afresh in each section, were numbered by position"},
    {"milestone_number_inferred", "plan", "milestones without a printed number were numbered by position"},
    {"milestones_not_read", "plan", "a commitment's milestone table was found but no milestone could be read from it"},
    {"plan_no_commitments", "plan", "neither the template's tables nor headings gave a commitment"},
    {"plan_no_milestones", "plan", "a commitment has no milestone"},
    {"plan_number_from_prose", "plan", "the plan number was read from running text: neither the title nor the cover prints it"},
    {"sector_header_mismatch", "plan", "a stakeholder sub-table's printed sector header disagrees with its position; position wins"},
    {"stakeholder_sector_guessed", "plan", "a flat list of supporting organisations was given sectors from the names"},
    {"unplaced_stakeholders", "plan", "organisations listed without a sector were left out of supporting (named in the message)"},
    // Progress reports (extract/report*).
    {"report_date_unparsed", "report", "a labelled date in a form ogpx does not read"},
    {"report_duplicate_milestone", "report", "the same milestone twice; the first entry is kept"},
    {"report_no_entries", "report", "a status table from which no entry was read"},
    {"report_no_table", "report", "no entries table and no self-assessment level row"},
    {"report_period_unparsed", "report", "a labelled reporting period in a form ogpx does not read"},
    {"report_period_from_prose", "report", "the reporting period was read from running text (its first range of two dates): no header labels it"},
    {"report_row_without_milestone", "report", "a row of the entries table names no milestone; it was skipped"},
    {"report_unknown_status", "report", "a status whose wording is not an OGP completion level"},
    {"self_assessment_no_mark", "report", "a commitment's completion level has no mark"},
    {"self_assessment_two_marks", "report", "a commitment's completion level is marked twice"},
    // Linking progress reports to ingested plans (model/store_links.cpp): kept
    // in the database with origin 'link', recomputed, not in the ogpx/1 JSON.
    {"not_lead_agency", "link", "the reporting agency leads neither the milestone nor its commitment in the plan"},
    {"report_plan_not_found", "link", "no ingested action plan matches the report's plan number and country (both named in the message); its entries link to nothing"},
    {"unknown_milestone", "link", "a report entry names a milestone the matching plan does not have"},
    // Orders (extract/order*).
    {"order_clauses_missing", "order", "no numbered clause was found"},
    {"order_date_missing", "order", "no date was found"},
    {"order_empty", "order", "no page has text"},
    {"order_internal_error", "order", "the order reader stopped on an unexpected error (a bug); the fields read so far are kept"},
    {"order_number_missing", "order", "no order number was found"},
    {"order_signatory_missing", "order", "no signatory was found"},
};
// clang-format on

}  // namespace

std::span<const Code> Codes() { return kCodes; }

bool Known(std::string_view code) {
  return std::any_of(std::begin(kCodes), std::end(kCodes), [&](const Code& c) { return c.code == code; });
}

std::string Markdown() {
  std::string out =
      "# Warning codes\n\n"
      "Every warning ogpx writes (`{page, code, message}` in the database and the\n"
      "ogpx/1 JSON) has one of these codes. Written by `ogpx warnings` from the\n"
      "registry in `base/diagnostics.cpp`; a test keeps this file equal to it.\n";
  std::string_view stage;
  for (const Code& c : kCodes) {
    if (c.stage != stage) {
      stage = c.stage;
      out += "\n## " + std::string(stage) + "\n\n| code | meaning |\n| --- | --- |\n";
    }
    out += "| `" + std::string(c.code) + "` | " + std::string(c.meaning) + " |\n";
  }
  return out;
}

}  // namespace ogpx::diag
