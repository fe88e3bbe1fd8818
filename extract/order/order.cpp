// ReadOrder (extract/extract.h): a government order, English or Mongolian,
// born-digital or scanned, read from its rows (layout/rows.h, built once by
// Structure::rows()) by the wording of order_vocab.h and the layout every
// order form shares, top to bottom:
//
//   heading in capitals (body + act word)      -> title, issuer
//   date | number | place on one line          -> date, number, place
//   a short line (centred or boxed)            -> subject
//   preamble "Based on ..., hereby ORDER:" (Mongolian: basis, formula)
//                                              -> legal_basis
//   numbered clauses                           -> clauses, approves
//   position in capitals + name                -> signatory
//
// Pages after the signature and appendix pages ("Appendix to Order ...",
// "... appendix of the order") are not the order's pages. Missing fields stay
// empty and are reported as warnings.
#include <algorithm>
#include <exception>
#include <set>

#include "extract/common/casing.h"
#include "extract/extract.h"
#include "extract/order/rows.h"
#include "extract/order/signature.h"
#include "extract/order/rules.h"
#include "extract/order/text.h"
#include "extract/order/vocab.h"
#include "lang/vocabulary.h"
#include "base/text.h"
#include "layout/structure.h"

namespace ogpx::extract {
namespace {

using order::Lang;
using order::Row;

constexpr int kMaxOrderPages = 6;  // an order is a few pages; the rest is appendix

bool HasLetters(const Row& r) { return order::LetterCount(r.text) > 0; }

// Footer matter: a row without letters (form serial, page number).
bool IsFooter(const Row& r) { return !HasLetters(r); }

// An appendix page opens with a heading row that starts with an appendix mark
// ("Appendix to Order No.120 ...", "Appendix 1") or ends with one (the
// Mongolian "... of order No. 120, appendix"); a sentence of a clause that
// mentions the appendix ("... approve as in the appendix.") is not such a row.
bool IsAppendixPage(const std::vector<Row>& rows) {
  for (std::size_t i = 0; i < rows.size() && i < 3; ++i) {
    const auto toks = order::Tokens(rows[i].text);
    if (toks.empty() || toks.size() > 14 || rows[i].text.back() == '.') continue;
    const std::string last = order::Trim(toks.back(), ",;:0123456789 ");
    for (std::string_view mark : order::Words().appendix_marks) {
      if (order::StartsWithCi(rows[i].text, mark) || order::EqualsCi(last, mark)) return true;
    }
  }
  return false;
}

// The first page whose upper part has a heading in capitals naming the act.
int StartPage(const std::vector<layout::PageRowList>& pages) {
  for (std::size_t p = 0; p < pages.size(); ++p) {
    const double h = pages[p].height > 0 ? pages[p].height : 842;
    for (const auto& r : pages[p].rows) {
      if (r.box.y0 > 0.45 * h) break;
      if (order::HasActWord(r.text) && order::IsCapitals(r.text, 1)) return static_cast<int>(p);
    }
  }
  for (std::size_t p = 0; p < pages.size(); ++p) {
    if (!pages[p].rows.empty()) return static_cast<int>(p);
  }
  return -1;
}

// Words the document prints capitalised inside a sentence ("Mongolia" in Mongolian):
// used to give headings printed in capitals their normal case.
std::vector<std::string> ProperWords(const std::vector<std::string>& texts) {
  std::vector<std::string> out;
  for (const auto& text : texts) {
    const auto toks = order::Tokens(text);
    for (std::size_t i = 1; i < toks.size(); ++i) {
      const std::string& prev = toks[i - 1];
      const std::string& t = toks[i];
      const char last = prev.empty() ? '.' : prev.back();
      if (last == '.' || last == ':' || last == '!' || last == '?' || last == ';') continue;
      if (t.find_first_of(".\"/(") != std::string::npos || t.find("“") != std::string::npos ||
          t.find("«") != std::string::npos) {
        continue;  // initials, quoted titles, "/B.Bolorsaikhan/" with a case ending
      }
      if (!order::StartsUpper(t) || order::IsCapitals(t) || order::LetterCount(t) < 2) continue;
      const std::string word = order::Trim(t, ",;:”»\")");
      if (std::find(out.begin(), out.end(), word) == out.end()) out.push_back(word);
    }
  }
  return out;
}

// A subject is printed on at most this many rows.
constexpr std::size_t kMaxSubjectRows = 3;

bool IsSubjectRow(const Row& r, const order::TextColumn& col) {
  if (r.box.width() >= 0.6 * col.width() || !HasLetters(r)) return false;
  if (order::ClauseNumberLength(r.text) > 0 || order::AfterClauseIntro(r.text) != std::string::npos) {
    return false;
  }
  for (std::string_view m : order::Words().basis_after) {
    if (order::FindWordCi(r.text, m) != std::string::npos) return false;
  }
  return true;
}

model::Order Read(const std::vector<layout::PageRowList>& pages, std::vector<Warning>& warnings) {
  model::Order out;
  const int start = StartPage(pages);
  if (start < 0) {
    warnings.push_back({std::nullopt, "order_empty", "no text found on any page"});
    return out;
  }

  // The order's rows: from the start page until an appendix page.
  std::vector<Row> rows;
  std::vector<int> page_numbers;
  for (int p = start; p < static_cast<int>(pages.size()) && p < start + kMaxOrderPages; ++p) {
    if (p > start && IsAppendixPage(pages[p].rows)) break;
    rows.insert(rows.end(), pages[p].rows.begin(), pages[p].rows.end());
    page_numbers.push_back(pages[p].number);
  }
  const order::TextColumn col = order::ColumnOf(rows);
  // The order's language, from its own rows (an appendix may be in another).
  std::string sample;
  for (const auto& r : rows) {
    if (sample.size() < 4000) sample += r.text + " ";
  }
  const Lang lang = text::LanguageOf(sample) == "en" ? Lang::kEn : Lang::kMn;
  const int first_page = pages[start].number;

  // Heading and the date line. Date, number and place share one row on most
  // forms; they may also stand on up to three consecutive rows.
  auto date_line = [](const Row& r) {
    std::vector<std::string> segs;
    for (const auto& seg : r.segments) segs.push_back(seg.text);
    return order::ReadDateLine(segs);
  };
  auto is_heading = [](const Row& r) { return order::IsCapitals(r.text, 1) && order::HasActWord(r.text); };
  std::optional<std::size_t> date_row;
  std::size_t date_end = 0;
  for (std::size_t k = 0; k < rows.size() && k < 12 && !date_row; ++k) {
    if (is_heading(rows[k])) continue;
    const order::DateLine dl = date_line(rows[k]);
    if (!dl.date && !(dl.number && (dl.number_labelled || rows[k].segments.size() > 1))) continue;
    date_row = k;
    out.date = dl.date;
    out.number = dl.number;
    out.place = dl.place;
    date_end = k + 1;
    for (std::size_t j = k + 1; j < rows.size() && j < k + 3; ++j) {
      const order::DateLine more = date_line(rows[j]);
      const bool adds = (more.date && !out.date) || (more.number && more.number_labelled && !out.number) ||
                        (more.place_labelled && !out.place);
      if (!adds) break;
      if (!out.date) out.date = more.date;
      if (!out.number) out.number = more.number;
      if (!out.place) out.place = more.place;
      date_end = j + 1;
    }
  }
  std::vector<std::string> heading;
  const std::size_t heading_end = date_row ? *date_row : std::min<std::size_t>(rows.size(), 4);
  for (std::size_t k = 0; k < heading_end; ++k) {
    if (order::IsCapitals(rows[k].text, 1) && order::LetterCount(rows[k].text) >= 3) {
      heading.push_back(rows[k].text);
      // "ORDER No. 45": the number printed in the heading.
      if (!out.number) {
        const order::DateLine dl = date_line(rows[k]);
        if (dl.number_labelled) out.number = dl.number;
      }
    }
  }
  std::size_t i = date_row ? date_end : heading_end;

  // Subject: short rows under the date line (centred, or boxed at the left),
  // before the preamble's full-width rows.
  std::vector<std::string> subject;
  // Or the rows, however wide, between the date line and a preamble that
  // opens with its legal basis ("On the approval of …" / "Pursuant to …").
  {
    std::size_t basis_row = i;
    while (basis_row < rows.size() && basis_row < i + kMaxSubjectRows + 1 &&
           std::none_of(order::Words().basis_after.begin(), order::Words().basis_after.end(),
                        [&](std::string_view m) { return order::StartsWithCi(rows[basis_row].text, m); }))
      ++basis_row;
    const bool before_basis = basis_row < rows.size() && basis_row > i && basis_row <= i + kMaxSubjectRows;
    for (std::size_t k = i; before_basis && k < basis_row; ++k) {
      if (order::ClauseNumberLength(rows[k].text) > 0 || !HasLetters(rows[k])) {
        subject.clear();
        break;
      }
      subject.push_back(order::CleanSubject(rows[k].text));
    }
    if (!subject.empty()) i = basis_row;
  }
  while (subject.empty() && i < rows.size() && subject.size() < kMaxSubjectRows && IsSubjectRow(rows[i], col)) {
    subject.push_back(order::CleanSubject(rows[i].text));
    ++i;
  }
  if (!subject.empty()) out.subject = order::JoinLines(subject);

  // Signature block, then the body between.
  const order::Signature sig = order::FindSignature(rows, i, lang, col);
  const std::size_t body_end = sig.found ? sig.first : rows.size();
  std::vector<std::string> preamble;
  std::vector<std::vector<std::string>> clauses;
  for (std::size_t k = i; k < body_end; ++k) {
    if (IsFooter(rows[k]) || order::IsDebris(rows[k], col)) continue;
    const std::string text = order::DropLeadingDebris(rows[k].text);
    std::size_t n = order::ClauseNumberLength(text);
    // OCR reads "1." as "1,"; trusted on an indented first line only.
    if (n == 0 && rows[k].box.x0 > col.left + 10) n = order::ClauseNumberLength(text, true);
    if (n > 0) {
      clauses.push_back({text.substr(n)});
    } else if (!clauses.empty()) {
      clauses.back().push_back(text);
    } else {
      preamble.push_back(text);
    }
  }
  const std::string pre = order::JoinLines(preamble);
  const order::Preamble pr = order::ReadPreamble(pre, lang);
  out.legal_basis = pr.legal_basis;
  if (pr.operative != std::string::npos && pr.operative < pre.size()) {
    // Operative text on the formula's own line: "ORDER: 1. The ..." or one
    // unnumbered clause.
    std::string rest = pre.substr(pr.operative);
    rest = rest.substr(order::ClauseNumberLength(rest));
    clauses.insert(clauses.begin(), {rest});
  }
  std::vector<std::string> texts = {pre};
  for (const auto& c : clauses) {
    const std::string text = order::JoinLines(c);
    if (order::LetterCount(text) == 0) continue;
    out.clauses.push_back(text);
    texts.push_back(text);
    if (!out.approves) out.approves = order::ApprovedIn(text);
  }

  const order::Heading h = order::ReadHeading(heading, lang);
  const std::vector<std::string> proper = ProperWords(texts);
  out.title = h.title;
  out.issuer = h.issuer;
  out.signatory = sig.who;
  if (lang == Lang::kMn) {
    // Re-case with the words the document prints capitalised ("Mongolia" in Mongolian).
    if (out.title) out.title = order::NormalCase(*out.title, lang, proper);
    if (out.issuer) out.issuer = order::NormalCase(*out.issuer, lang, proper);
    if (out.signatory.position) out.signatory.position = order::NormalCase(*out.signatory.position, lang, proper);
  }
  // Headings printed in capitals were re-cased: the acronyms the body
  // prints ("OGP", Mongolian ones) get their capitals back.
  // The formula's words ("I hereby ORDER:") are capitals, not acronyms.
  static const std::set<std::string> kFormulaWords = [] {
    std::set<std::string> words(order::Words().act_words.begin(), order::Words().act_words.end());
    for (const auto& phrases : {order::Words().clause_intro, order::Words().basis_end})
      for (const auto& phrase : phrases)
        for (const std::string& w : text::SplitSpaces(phrase)) words.insert(order::Trim(w, ":"));
    return words;
  }();
  std::vector<std::string> acronyms = AcronymsIn(texts);
  std::erase_if(acronyms, [](const std::string& a) { return kFormulaWords.count(text::FoldForMatch(a)) > 0; });
  for (std::optional<std::string>* field : {&out.title, &out.issuer, &out.signatory.position})
    if (*field) **field = KeepAcronyms(**field, acronyms);
  // "…, the Cabinet of Ministers of Ukraine resolves": the issuer that acts
  // after the basis is no part of it.
  if (out.legal_basis && out.issuer) {
    const std::string basis = text::FoldForMatch(*out.legal_basis), issuer = text::FoldForMatch(*out.issuer);
    if (basis.size() == out.legal_basis->size() && !issuer.empty() && basis.size() > issuer.size() &&
        basis.ends_with(issuer)) {
      std::vector<std::string> words = text::SplitSpaces(out.legal_basis->substr(0, basis.size() - issuer.size()));
      if (!words.empty() && lang::ValueOf("article", text::FoldForMatch(words.back()))) words.pop_back();
      std::string kept;
      for (const std::string& w : words) kept += (kept.empty() ? "" : " ") + w;
      kept = order::Trim(kept, ",;: ");
      if (!kept.empty()) out.legal_basis = kept;
    }
  }

  // Pages: up to the signature (or the last body row).
  int last_page = first_page;
  if (sig.found) {
    last_page = rows[sig.last].page;
  } else if (!rows.empty()) {
    for (std::size_t k = 0; k < body_end; ++k) last_page = std::max(last_page, rows[k].page);
  }
  for (int p : page_numbers) {
    if (p >= first_page && p <= last_page) out.pages.push_back(p);
  }

  auto missing = [&](bool absent, const char* code, const char* what) {
    if (absent) warnings.push_back({first_page, code, what});
  };
  missing(!out.number, "order_number_missing", "no order number on the date line");
  missing(!out.date, "order_date_missing", "no date on the date line");
  missing(!out.signatory.name, "order_signatory_missing", "no signatory name found");
  missing(out.clauses.empty(), "order_clauses_missing", "no operative clauses found");
  return out;
}

}  // namespace

model::Order ReadOrder(const layout::Structure& s, std::vector<Warning>& warnings) {
  // Nothing below throws by design; a failure of the standard library (out
  // of memory) still must not escape the library.
  try {
    return Read(s.rows(), warnings);
  } catch (const std::exception& e) {
    warnings.push_back({std::nullopt, "order_internal_error", e.what()});
    return {};
  }
}

model::Order ReadOrder(const ingest::Document& doc, std::vector<Warning>& warnings) {
  return ReadOrder(layout::BuildStructure(doc, {}, {}), warnings);
}

}  // namespace ogpx::extract
