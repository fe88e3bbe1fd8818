// The pages of the review site (review_html.h).
#include "export/review_html.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "export/html.h"

namespace ogpx::exporter {
namespace {

std::string Join(const std::vector<int>& pages) {
  std::string out;
  for (int p : pages) out += (out.empty() ? "" : ", ") + std::to_string(p);
  return out;
}

// "41 with an OCR confidence, 3 below 60 (marked low)"; "" when no field of
// `records` has one (a born-digital document, or one stored before schema
// version 6).
std::string OcrSummary(const std::vector<ReviewRecord>& records) {
  int scored = 0, low = 0;
  for (const auto& r : records)
    for (const auto& f : r.fields) {
      scored += f.ocr_confidence ? 1 : 0;
      low += f.LowOcr() ? 1 : 0;
    }
  if (scored == 0) return "";
  return std::to_string(scored) + " with an OCR confidence, " + std::to_string(low) +
         " below " + HtmlNumber(model::kLowOcrConfidence) + " (marked low)";
}

std::string BoxAttr(const ReviewBox& b) {
  return HtmlNumber(b.x0) + " " + HtmlNumber(b.y0) + " " + HtmlNumber(b.x1) + " " + HtmlNumber(b.y1);
}

// CSS placing box `b` inside `frame` (both in points), in percent.
std::string Place(const ReviewBox& b, double fx0, double fy0, double fw, double fh) {
  auto pct = [](double v) { return HtmlNumber(std::clamp(v * 100, 0.0, 100.0), 2) + "%"; };
  return "left:" + pct((b.x0 - fx0) / fw) + ";top:" + pct((b.y0 - fy0) / fh) +
         ";width:" + pct((b.x1 - b.x0) / fw) + ";height:" + pct((b.y1 - b.y0) / fh);
}

bool Has(const std::vector<int>& v, int x) { return std::find(v.begin(), v.end(), x) != v.end(); }

class PageWriter {
 public:
  PageWriter(const ReviewPage& page, std::ostream& out) : p_(page), doc_(*page.doc), out_(out) {}

  void Header(const std::vector<ReviewRecord>& records, const std::vector<Warning>& loose) {
    out_ << "<nav class=\"top\"><a href=\"index.html\">All documents</a>";
    if (p_.with_status) out_ << "<a href=\"status.html\">Milestone status</a>";
    out_ << "<span class=\"keys\">j / k: next / previous field &#183; w / W: next / previous "
            "warning</span></nav>\n";
    out_ << "<header class=\"doc\">\n<h1>" << HtmlEscape(doc_.source.file) << "</h1>\n<dl class=\"facts\">\n";
    Fact("Kind", model::KindName(doc_.kind));
    Fact("Kind confidence", doc_.kind_confidence ? HtmlNumber(*doc_.kind_confidence) : "not stated");
    Fact("Pages", std::to_string(doc_.source.pages));
    Fact("Pages read by OCR", doc_.source.ocr_pages.empty() ? "none" : Join(doc_.source.ocr_pages));
    if (const std::string ocr = OcrSummary(records); !ocr.empty()) Fact("Fields read by OCR", ocr);
    std::string languages;
    for (const auto& l : doc_.source.language) languages += (languages.empty() ? "" : ", ") + l;
    Fact("Languages", languages.empty() ? "none found" : languages);
    Fact("SHA-256", doc_.source.sha256);
    Fact("PDF", p_.pdf_path.empty() ? "unknown" : p_.pdf_path);
    const ReviewCount n = CountBoxes(records);
    Fact("Fields with a box",
         std::to_string(n.with_box) + " of " + std::to_string(n.text_fields) +
             (n.text_fields ? " (" + HtmlNumber(100.0 * n.with_box / n.text_fields, 1) + "%)" : ""));
    out_ << "</dl>\n";
    if (p_.pdf_problem)
      out_
          << "<p class=\"warning\" tabindex=\"0\" id=\"pdf-problem\"><span class=\"code\">no_pictures</span> "
          << HtmlEscape(*p_.pdf_problem) << "; the fields are listed without crops</p>\n";
    int total = static_cast<int>(loose.size());
    for (const auto& r : records) total += static_cast<int>(r.warnings.size());
    out_ << "<section class=\"warnings\"><h2>Warnings (" << total << ")</h2>\n<ul class=\"plain\">\n";
    for (const auto& w : loose) WarningItem(w, "warning", "");
    for (const auto& r : records)
      for (const auto& w : r.warnings)
        WarningItem(w, "wsum", "<a href=\"#" + r.id + "\">" + HtmlEscape(r.heading) + "</a> ");
    out_ << "</ul></section>\n</header>\n";
  }

  void Record(const ReviewRecord& r) {
    out_ << "<section class=\"record " << r.kind << "\" id=\"" << r.id << "\" data-kind=\"" << r.kind
         << "\" data-number=\"" << HtmlEscape(r.number) << "\" data-pages=\"" << Join(r.pages) << "\">\n<h2>"
         << HtmlEscape(r.heading) << " <small class=\"code\">"
         << (r.pages.empty() ? "" : "p. " + Join(r.pages)) << "</small></h2>\n";
    if ((r.kind == "entry" || r.kind == "milestone") && anchors_.insert(EntryAnchor(r.number)).second)
      out_ << "<a id=\"" << EntryAnchor(r.number) << "\"></a>\n";
    out_ << "<div class=\"rec\"><div>\n<table class=\"fields\">\n";
    for (std::size_t i = 0; i < r.fields.size(); ++i) Field(r, i);
    out_ << "</table>\n<ul class=\"plain\">\n";
    for (const auto& w : r.warnings) WarningItem(w, "warning", "");
    out_ << "</ul></div>\n<div class=\"pics\">\n";
    Pictures(r);
    out_ << "</div></div>\n</section>\n";
  }

 private:
  void Fact(const std::string& name, const std::string& value) {
    out_ << "<dt>" << HtmlEscape(name) << "</dt><dd>" << HtmlEscape(value) << "</dd>\n";
  }

  void WarningItem(const Warning& w, const char* cls, const std::string& link) {
    out_ << "<li class=\"" << cls << "\"" << (std::string(cls) == "warning" ? " tabindex=\"0\"" : "")
         << " data-code=\"" << HtmlEscape(w.code) << "\">" << link << "<span class=\"code\">"
         << HtmlEscape(w.code) << "</span> " << (w.page ? "page " + std::to_string(*w.page) + ": " : "")
         << HtmlEscape(w.message) << "</li>\n";
  }

  void Field(const ReviewRecord& r, std::size_t i) {
    const ReviewField& f = r.fields[i];
    const char* where = f.where == FieldBox::kFound     ? "found"
                        : f.where == FieldBox::kMissing ? "missing"
                                                        : "derived";
    out_ << "<tr class=\"f"
         << (f.where == FieldBox::kMissing   ? " nobox"
             : f.where == FieldBox::kDerived ? " derived"
                                             : "")
         << (f.LowOcr() ? " lowocr" : "") << "\" tabindex=\"0\" id=\"" << r.id << "-f" << i + 1
         << "\" data-path=\"" << HtmlEscape(f.path) << "\" data-where=\"" << where << "\"";
    if (f.box) out_ << " data-page=\"" << f.box->page << "\" data-box=\"" << BoxAttr(*f.box) << "\"";
    if (!f.continued.empty()) {  // "7:50 148 806 386;8:..." where a page break cut it
      out_ << " data-continued=\"";
      for (std::size_t k = 0; k < f.continued.size(); ++k)
        out_ << (k ? ";" : "") << f.continued[k].page << ":" << BoxAttr(f.continued[k]);
      out_ << "\"";
    }
    if (f.ocr_confidence) out_ << " data-ocr=\"" << HtmlNumber(*f.ocr_confidence, 1) << "\"";
    out_ << "><th>" << HtmlEscape(f.label) << "</th><td class=\"v\">" << HtmlEscape(f.value)
         << "</td><td class=\"where\">";
    if (f.box) {
      out_ << "p. " << f.box->page;
      if (!f.continued.empty()) out_ << "&#8211;" << f.continued.back().page;
      if (f.ocr_confidence)
        out_ << "<br><span class=\"ocr\" title=\"mean OCR confidence of the field's words"
             << (f.LowOcr() ? ", below " + HtmlNumber(model::kLowOcrConfidence) + ": check it against the page" : "")
             << "\">OCR " << HtmlNumber(*f.ocr_confidence, 1) << (f.LowOcr() ? " low" : "") << "</span>";
    } else if (f.where == FieldBox::kMissing)
      out_ << "no box";
    else
      out_ << "derived";
    out_ << "</td></tr>\n";
  }

  void Pictures(const ReviewRecord& r) {
    if (r.regions.empty()) {
      out_ << "<p class=\"missing\">No field of this record has a box: no crop.</p>\n";
      return;
    }
    const std::string dir = ReviewImageDir(doc_.source.sha256);
    for (const ReviewBox& g : r.regions) {
      const std::string crop = CropFileName(g);
      const double w = g.x1 - g.x0, h = g.y1 - g.y0;
      const bool ocr = Has(doc_.source.ocr_pages, g.page);
      out_ << "<figure class=\"crop\" data-page=\"" << g.page << "\" data-box=\"" << BoxAttr(g) << "\">";
      if (p_.images.count(crop)) {
        out_ << "<div class=\"frame\" style=\"width:" << HtmlNumber(w, 0) << "px;max-width:100%\"><img src=\""
             << HtmlEscape(dir + crop) << "\" alt=\"" << HtmlEscape(r.heading) << ", page " << g.page
             << "\">";
        for (std::size_t i = 0; i < r.fields.size(); ++i) {
          const ReviewField& f = r.fields[i];
          auto mark = [&](const ReviewBox& b) {
            if (b.page == g.page)
              out_ << "<div class=\"hl\" data-for=\"" << r.id << "-f" << i + 1 << "\" style=\""
                   << Place(b, g.x0, g.y0, w, h) << "\"></div>";
          };
          if (f.box) mark(*f.box);
          for (const ReviewBox& b : f.continued) mark(b);
        }
        out_ << "</div>";
      } else {
        out_ << "<p class=\"missing\">No picture of page " << g.page
             << (p_.pdf_problem ? " (the PDF is missing)" : "") << ".</p>";
      }
      out_ << "<figcaption>page " << g.page << (ocr ? " &#183; scanned, read by OCR" : "") << " &#183; box "
           << BoxAttr(g) << " pt</figcaption></figure>\n";
      Thumbnail(g);
    }
  }

  void Thumbnail(const ReviewBox& g) {
    const std::string thumb = ThumbnailFileName(g.page);
    auto size = p_.page_sizes.find(g.page);
    if (!p_.images.count(thumb) || size == p_.page_sizes.end()) return;
    const auto [pw, ph] = size->second;
    out_ << "<figure class=\"thumb\"><div class=\"frame\"><img src=\""
         << HtmlEscape(ReviewImageDir(doc_.source.sha256) + thumb) << "\" alt=\"page " << g.page
         << "\"><div class=\"region\" style=\"" << Place(g, 0, 0, pw, ph)
         << "\"></div></div><figcaption>page " << g.page << " of " << doc_.source.pages
         << "</figcaption></figure>\n";
  }

  const ReviewPage& p_;
  const model::Document& doc_;
  std::ostream& out_;
  std::set<std::string> anchors_;  // EntryAnchor ids written
};

// `s` with characters other than A-Z a-z 0-9 and `keep` as '_'.
std::string Plain(std::string s, const std::string& keep) {
  for (char& c : s) {
    const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                       keep.find(c) != std::string::npos;
    if (!plain) c = '_';
  }
  return s;
}

}  // namespace

std::string ReviewPageName(const std::string& file_name, const std::string& sha256) {
  std::string stem = file_name;
  if (stem.size() > 4) {
    std::string tail = stem.substr(stem.size() - 4);
    std::transform(tail.begin(), tail.end(), tail.begin(), [](unsigned char c) { return std::tolower(c); });
    if (tail == ".pdf") stem.resize(stem.size() - 4);
  }
  stem = Plain(stem, "._-");
  if (stem.size() > 80) stem.resize(80);
  return stem + "." + sha256.substr(0, 12) + ".html";
}

std::string EntryAnchor(const std::string& number) { return "m-" + Plain(number, ".-"); }

std::string ReviewImageDir(const std::string& sha256) { return "img/" + sha256 + "/"; }

std::string ThumbnailFileName(int page) { return "page-" + std::to_string(page) + ".png"; }

std::string CropFileName(const ReviewBox& g) {
  return "crop-p" + std::to_string(g.page) + "-" + HtmlNumber(g.x0, 0) + "-" + HtmlNumber(g.y0, 0) + "-" +
         HtmlNumber(g.x1, 0) + "-" + HtmlNumber(g.y1, 0) + ".png";
}

void WriteReviewPage(const ReviewPage& page, const std::vector<ReviewRecord>& records,
                     const std::vector<Warning>& loose, std::ostream& out) {
  BeginHtmlPage(out, "Review: " + page.doc->source.file);
  PageWriter w(page, out);
  w.Header(records, loose);
  out << "<main>\n";
  for (const auto& r : records) w.Record(r);
  if (records.empty()) out << "<p>Nothing was extracted from this document (kind: other).</p>\n";
  out << "</main>\n";
  EndHtmlPage(out);
}

void WriteReviewIndex(const std::vector<ReviewIndexRow>& rows, bool with_status, std::ostream& out) {
  BeginHtmlPage(out, "ogpx review");
  out << "<nav class=\"top\"><a href=\"index.html\">All documents</a>";
  if (with_status) out << "<a href=\"status.html\">Milestone status</a>";
  out << "</nav>\n<main>\n<h1>Documents (" << rows.size() << ")</h1>\n<table class=\"grid\">\n"
      << "<tr><th>Document</th><th>Kind</th><th class=\"num\">Pages</th><th class=\"num\">OCR pages</th>"
      << "<th class=\"num\">Fields with a box</th><th class=\"num\">Warnings</th><th>Pictures</th></tr>\n";
  for (const auto& r : rows) {
    out << "<tr><td><a href=\"" << HtmlEscape(r.page_name) << "\">" << HtmlEscape(r.file_name)
        << "</a><br><small class=\"code\">" << r.sha256.substr(0, 12) << "</small></td><td>"
        << HtmlEscape(r.kind) << "</td><td class=\"num\">" << r.pages << "</td><td class=\"num\">"
        << r.ocr_pages << "</td><td class=\"num\">" << r.count.with_box << " / " << r.count.text_fields
        << "</td><td class=\"num\">" << r.warnings << "</td><td>"
        << (r.pdf_problem ? "<span class=\"missing\">" + HtmlEscape(*r.pdf_problem) + "</span>" : "rendered")
        << "</td></tr>\n";
  }
  out << "</table>\n</main>\n";
  EndHtmlPage(out);
}

}  // namespace ogpx::exporter
