// Extract(): source facts, kind, and the kind's reader (extract.h).
//
// Source languages are the languages of the pages' text (lang::DetectLanguage
// of each page's lines, Structure::pages()), most pages first, each on at
// least kMinLanguageShare of the pages that have one; a language without a
// vocabulary gets `language_unsupported`; OCR pages are the pages whose words
// came from Tesseract.
// Document and page warnings of ingest travel on into the result, followed by
// the reader's warnings.
#include "extract/extract.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <utility>

#include "base/text.h"
#include "extract/common/hyphens.h"
#include "extract/locate.h"
#include "extract/ocr_confidence.h"
#include "extract/readers.h"
#include "lang/detect.h"
#include "lang/vocabulary.h"
#include "layout/lines.h"

namespace ogpx::extract {
namespace {

// A language on fewer than this share of the pages that have one is not a
// language of the document (a quotation, a stray page of OCR).
constexpr double kMinLanguageShare = 0.2;
// Below this kind confidence the document gets `kind_uncertain`.
constexpr double kUncertainKind = 0.7;
// A reading that holds the kind's structure takes away this share of the
// doubt (1 - confidence) the claims left.
constexpr double kReadingShare = 0.5;
struct Languages {
  std::vector<std::string> codes;  // most pages first
  std::map<std::string, int> first_page;
};

Languages LanguagesOf(const std::vector<layout::PageText>& texts) {
  std::map<std::string, int> pages;
  Languages out;
  int with_language = 0;
  for (const layout::PageText& page : texts) {
    std::string all;
    for (const layout::PageLine& l : page.lines) all += l.line.text + " ";
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

model::Document Extract(const ingest::Document& doc, ExtractReport* report) {
  model::Document out;
  out.source.file = doc.file_name;
  out.source.sha256 = doc.sha256;
  out.source.pages = doc.page_count;
  // The structure's tables are held only while the kind is decided and read:
  // released before the locator below builds its index of the pages' words,
  // so the two are never held at once (docs/performance.md, "Memory").
  std::optional<layout::Structure> structure = layout::BuildStructure(doc);
  const Languages languages = LanguagesOf(structure->pages());
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
  const auto readers = Readers();
  const KindGuess guess = GuessKind(*structure);
  out.kind = guess.kind;
  out.kind_confidence = guess.confidence;
  const auto reader = std::find_if(readers.begin(), readers.end(),
                                   [&](const DocumentReader* r) { return r->kind() == guess.kind; });
  (*reader)->Read(*structure, out);
  if (report != nullptr) *report = ExtractReport{guess, std::move(structure->tables)};
  structure.reset();
  // What the reader found is evidence too: a reading that holds the kind's
  // structure (titled commitments with milestones, a lead or a text;
  // entries with a status; clauses of a numbered or dated order) halves the
  // doubt the claims left.
  if ((*reader)->Holds(out)) {
    *out.kind_confidence = std::round((guess.confidence + (1 - guess.confidence) * kReadingShare) * 100) / 100;
  }
  if (*out.kind_confidence < kUncertainKind && guess.kind != model::Kind::kOther) {
    std::string why = std::string("read as ") + model::KindName(out.kind) + " with low confidence";
    if (!guess.claims.empty()) why += " (" + guess.claims.front().evidence + ")";
    if (guess.claims.size() > 1) {
      why += std::string("; it could also be ") + model::KindName(guess.claims[1].kind) +
             " (" + guess.claims[1].evidence + ")";
    } else {
      why += "; no title, template labels or report wording settle the kind";
    }
    out.warnings.push_back({1, "kind_uncertain", why});
  }
  JoinBrokenWords(doc, out);
  LocateFields(doc, out);
  ScoreOcrConfidence(doc, out);
  return out;
}

}  // namespace ogpx::extract
