// The tables of a PDF as a whole HTML page (tables_html.h).
#include "cli/tables_html.h"

#include <optional>

#include "export/html.h"
#include "ingest/page_image.h"

namespace ogpx::cli {
namespace {

using exporter::HtmlEscape;
using exporter::HtmlNumber;
using layout::Cell;
using layout::Table;

std::string Base64(const std::string& bytes) {
  static const char kDigits[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  for (std::size_t i = 0; i < bytes.size(); i += 3) {
    unsigned v = static_cast<unsigned char>(bytes[i]) << 16;
    if (i + 1 < bytes.size()) v |= static_cast<unsigned char>(bytes[i + 1]) << 8;
    if (i + 2 < bytes.size()) v |= static_cast<unsigned char>(bytes[i + 2]);
    out += kDigits[(v >> 18) & 63];
    out += kDigits[(v >> 12) & 63];
    out += i + 1 < bytes.size() ? kDigits[(v >> 6) & 63] : '=';
    out += i + 2 < bytes.size() ? kDigits[v & 63] : '=';
  }
  return out;
}

void Cells(std::ostream& out, const Table& t) {
  out << "<table class=\"cells\">\n";
  for (int r = 0; r < t.rows; ++r) {
    out << "<tr>";
    const char* tag = r < t.header_rows ? "th" : "td";
    for (const Cell& c : t.cells) {
      if (c.row != r) continue;
      out << '<' << tag;
      if (c.row_span > 1) out << " rowspan=\"" << c.row_span << '"';
      if (c.col_span > 1) out << " colspan=\"" << c.col_span << '"';
      out << " data-row=\"" << c.row << "\" data-col=\"" << c.col << "\">" << HtmlEscape(c.text);
      for (const Table& n : c.nested) Cells(out, n);
      out << "</" << tag << '>';
    }
    out << "</tr>\n";
  }
  out << "</table>\n";
}

std::string Pages(const Table& t) {
  std::string out;
  for (const auto& r : t.regions) out += (out.empty() ? "" : ", ") + std::to_string(r.page);
  return out;
}

// The picture of `region` with the boxes of the cells on its page.
void Picture(std::ostream& out, ingest::PageImages& images, const Table& t, const layout::Region& region,
             int dpi) {
  const ingest::Box& g = region.box;
  out << "<figure><div class=\"frame\" style=\"width:" << HtmlNumber(g.width(), 0) << "px;max-width:100%\">";
  auto png = images.Render(region.page, dpi) ? Result<ingest::Png>(Error{}) : images.Crop(g);
  if (!png) {
    out << "</div><figcaption class=\"missing\">page " << region.page
        << " could not be rendered</figcaption></figure>\n";
    return;
  }
  out << "<img alt=\"page " << region.page << "\" src=\"data:image/png;base64," << Base64(png->bytes)
      << "\">";
  auto pct = [](double v) { return HtmlNumber(v * 100, 2) + "%"; };
  for (const Cell& c : t.cells)
    for (const auto& cr : c.regions) {
      if (cr.page != region.page) continue;
      out << "<div class=\"cellbox\" style=\"left:" << pct((cr.box.x0 - g.x0) / g.width())
          << ";top:" << pct((cr.box.y0 - g.y0) / g.height()) << ";width:" << pct(cr.box.width() / g.width())
          << ";height:" << pct(cr.box.height() / g.height()) << "\"></div>";
    }
  out << "</div><figcaption>page " << region.page << " &#183; box " << HtmlNumber(g.x0, 1) << " "
      << HtmlNumber(g.y0, 1) << " " << HtmlNumber(g.x1, 1) << " " << HtmlNumber(g.y1, 1)
      << " pt</figcaption></figure>\n";
}

}  // namespace

void WriteTablesHtml(const ingest::Document& doc, const std::vector<Table>& tables, const TablesHtml& how,
                     std::ostream& out) {
  exporter::BeginHtmlPage(out, "Tables of " + doc.file_name);
  out << "<main>\n<h1>Tables of " << HtmlEscape(doc.file_name) << " (" << tables.size() << ")</h1>\n";
  std::optional<ingest::PageImages> images;
  if (how.images) images.emplace(doc.path);
  int n = 0;
  for (const Table& t : tables) {
    ++n;
    out << "<section class=\"tablebox\" id=\"table-" << n << "\" data-pages=\"" << Pages(t)
        << "\">\n<h2>Table " << n << " &#183; page" << (t.regions.size() > 1 ? "s " : " ") << Pages(t)
        << " &#183; " << t.rows << " &#215; " << t.cols << " &#183; "
        << (t.ruled ? "ruled" : "stream (no rules)");
    if (t.header_rows) out << " &#183; header rows: " << t.header_rows;
    out << "</h2>\n";
    Cells(out, t);
    if (images && images->ok())
      for (const auto& region : t.regions) Picture(out, *images, t, region, how.dpi);
    else if (images)
      out << "<p class=\"missing\">The pages could not be rendered.</p>\n";
    out << "</section>\n";
  }
  if (tables.empty()) out << "<p>No table found.</p>\n";
  out << "</main>\n";
  exporter::EndHtmlPage(out);
}

}  // namespace ogpx::cli
