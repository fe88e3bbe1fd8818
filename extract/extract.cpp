// Extract(): source facts, kind, and the kind's reader (extract.h).
//
// Source languages are the languages of the pages' text (lang::DetectLanguage),
// most pages first, each on at least kMinLanguageShare of the pages that have
// one; a language without a vocabulary gets `language_unsupported`; OCR pages are the pages whose words came from Tesseract.
// Document and page warnings of ingest travel on into the result, followed by
// the reader's warnings.
#include "extract/extract.h"

#include <algorithm>
#include <map>

#include "base/text.h"
#include "lang/detect.h"
#include "lang/vocabulary.h"

namespace ogpx::extract {
namespace {

// A language on fewer than this share of the pages that have one is not a
// language of the document (a quotation, a stray page of OCR).
constexpr double kMinLanguageShare = 0.2;

struct Languages {
  std::vector<std::string> codes;  // most pages first
  std::map<std::string, int> first_page;
};

Languages LanguagesOf(const ingest::Document& doc) {
  std::map<std::string, int> pages;
  Languages out;
  int with_language = 0;
  for (const ingest::Page& page : doc.pages) {
    std::string all;
    for (const ingest::TextLine& line : page.lines) all += ingest::LineText(page, line) + " ";
    const lang::LanguageGuess guess = lang::DetectLanguage(all);
    if (guess.code.empty()) continue;
    ++with_language;
    if (++pages[guess.code] == 1) out.first_page[guess.code] = page.number;
  }
  std::vector<std::pair<std::string, int>> sorted(pages.begin(), pages.end());
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  for (const auto& [code, n] : sorted) {
    if (out.codes.empty() || n >= kMinLanguageShare * with_language) out.codes.push_back(code);
  }
  return out;
}

}  // namespace

model::Document Extract(const ingest::Document& doc) {
  model::Document out;
  out.source.file = doc.file_name;
  out.source.sha256 = doc.sha256;
  out.source.pages = doc.page_count;
  const Languages languages = LanguagesOf(doc);
  out.source.language = languages.codes;
  for (const ingest::Page& page : doc.pages) {
    if (page.source == ingest::PageSource::kOcr) out.source.ocr_pages.push_back(page.number);
  }
  out.warnings = doc.warnings;
  for (const ingest::Page& page : doc.pages) {
    out.warnings.insert(out.warnings.end(), page.warnings.begin(), page.warnings.end());
  }
  for (const std::string& code : languages.codes) {
    if (lang::Supported(code)) continue;
    out.warnings.push_back({languages.first_page.at(code), "language_unsupported",
                            "text in " + lang::LanguageName(code) + " (" + code +
                                "): ogpx has no vocabulary for it; the kind is read from the "
                                "document's structure only and its fields may be missed"});
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
