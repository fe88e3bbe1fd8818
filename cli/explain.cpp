#include "cli/explain.h"

#include <cstdio>

namespace ogpx::cli {
namespace {

std::string TwoDecimals(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

bool HasWarning(const ingest::Page& page, const char* code) {
  for (const auto& w : page.warnings)
    if (w.code == code) return true;
  return false;
}

// "text layer, 412 words, 38 lines, 20 ruling lines" and the like.
std::string PageLine(const ingest::Page& page, ingest::OcrMode ocr) {
  std::string out = "page " + std::to_string(page.number) + ": ";
  if (page.over_limit) return out + "over a limit, not read (see its warning)";
  switch (page.source) {
    case ingest::PageSource::kText:
      out += "text layer";
      break;
    case ingest::PageSource::kOcr:
      out += ocr == ingest::OcrMode::kAlways         ? "OCR (--ocr always)"
             : HasWarning(page, "garbled_text_layer") ? "OCR (the text layer is garbled)"
                                                      : "OCR (no usable text layer)";
      break;
    case ingest::PageSource::kNone:
      if (page.blank) return out + "blank, not OCR'd";
      if (!page.render_over_limit.empty()) return out + "no text layer, too heavy to render for OCR";
      return out + (ocr == ingest::OcrMode::kNever ? "no text layer, OCR off (--ocr never)" : "no text");
  }
  out += ", " + std::to_string(page.words.size()) + " words, " + std::to_string(page.lines.size()) + " lines";
  if (!page.rules.empty()) out += ", " + std::to_string(page.rules.size()) + " ruling lines";
  return out;
}

std::string TableLine(std::size_t index, const extract::Table& t) {
  std::string out = "table " + std::to_string(index) + ": " + std::to_string(t.rows) + " x " +
                    std::to_string(t.cols) + (t.ruled ? ", ruled" : ", unruled");
  if (!t.regions.empty()) {
    const int first = t.regions.front().page, last = t.regions.back().page;
    out += first == last ? ", page " + std::to_string(first)
                         : ", pages " + std::to_string(first) + "-" + std::to_string(last);
  }
  if (t.header_rows > 0) out += ", " + std::to_string(t.header_rows) + " header rows";
  return out;
}

}  // namespace

std::vector<std::string> Explain(const ingest::Document& doc, const model::Document& extracted,
                                 const extract::ExtractReport& report, ingest::OcrMode ocr) {
  std::vector<std::string> lines;
  std::string kind = std::string("kind ") + model::KindName(extracted.kind);
  if (extracted.kind_confidence) kind += ", confidence " + TwoDecimals(*extracted.kind_confidence);
  if (report.guess.claims.empty()) {
    kind += "; nothing claimed it (no title, template labels, report wording or order heading)";
  } else {
    kind += "; claims:";
    for (std::size_t i = 0; i < report.guess.claims.size(); ++i) {
      const auto& c = report.guess.claims[i];
      kind += std::string(i == 0 ? " " : ", ") + model::KindName(c.kind) + " " + TwoDecimals(c.strength) + " (" +
              c.evidence + ")";
    }
  }
  lines.push_back(kind);
  std::string languages;
  for (const auto& code : extracted.source.language) languages += (languages.empty() ? "" : ", ") + code;
  lines.push_back("languages: " + (languages.empty() ? std::string("none recognised") : languages));
  for (const auto& page : doc.pages) lines.push_back(PageLine(page, ocr));
  const bool reads_tables = extracted.kind == model::Kind::kActionPlan || extracted.kind == model::Kind::kProgressReport;
  if (!reads_tables) lines.push_back(std::string("tables: not looked for (the reader of ") + model::KindName(extracted.kind) + " does not use them)");
  else if (report.tables.empty()) lines.push_back("tables: none found");
  for (std::size_t i = 0; i < report.tables.size(); ++i) lines.push_back(TableLine(i + 1, report.tables[i]));
  for (const auto& w : extracted.warnings)
    lines.push_back("warning" + (w.page ? " page " + std::to_string(*w.page) : std::string()) + ": " + w.code +
                    ": " + w.message);
  return lines;
}

}  // namespace ogpx::cli
