// Extract(): source facts, kind, and the kind's reader (extract.h).
//
// Source languages are the languages of the pages' text (text::LanguageOf),
// most pages first; OCR pages are the pages whose words came from Tesseract.
// Document and page warnings of ingest travel on into the result, followed by
// the reader's warnings.
#include "extract/extract.h"

#include <algorithm>
#include <map>

#include "ingest/unicode.h"

namespace ogpx::extract {
namespace {

std::vector<std::string> Languages(const ingest::Document& doc) {
  std::map<std::string, int> pages;
  for (const ingest::Page& page : doc.pages) {
    std::string all;
    for (const ingest::TextLine& line : page.lines) all += ingest::LineText(page, line) + " ";
    std::string lang = text::LanguageOf(all);
    if (!lang.empty()) ++pages[lang];
  }
  std::vector<std::pair<std::string, int>> sorted(pages.begin(), pages.end());
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  std::vector<std::string> out;
  for (const auto& [lang, n] : sorted) out.push_back(lang);
  return out;
}

}  // namespace

model::Document Extract(const ingest::Document& doc) {
  model::Document out;
  out.source.file = doc.file_name;
  out.source.sha256 = doc.sha256;
  out.source.pages = doc.page_count;
  out.source.language = Languages(doc);
  for (const ingest::Page& page : doc.pages) {
    if (page.source == ingest::PageSource::kOcr) out.source.ocr_pages.push_back(page.number);
  }
  out.warnings = doc.warnings;
  for (const ingest::Page& page : doc.pages) {
    out.warnings.insert(out.warnings.end(), page.warnings.begin(), page.warnings.end());
  }
  const KindGuess guess = GuessKind(doc);
  out.kind = guess.kind;
  out.kind_confidence = guess.confidence;
  if (guess.confidence < 0.7 && guess.kind != model::Kind::kOther) {
    out.warnings.push_back({1, "kind_uncertain",
                                   std::string("read as ") + model::KindName(out.kind) +
                                       " with low confidence; no title, template labels or report "
                                       "wording settle the kind"});
  }
  switch (out.kind) {
    case model::Kind::kActionPlan: {
      std::vector<Table> tables = FindTables(doc);
      out.action_plan = ReadActionPlan(doc, tables, out.warnings, out.provenance);
      break;
    }
    case model::Kind::kOrder:
      out.order = ReadOrder(doc, out.warnings);
      break;
    case model::Kind::kProgressReport: {
      std::vector<Table> tables = FindTables(doc);
      out.progress_report = ReadProgressReport(doc, tables, out.warnings);
      break;
    }
    case model::Kind::kOther:
      break;
  }
  return out;
}

}  // namespace ogpx::extract
