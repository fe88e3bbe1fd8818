// `ogpx tables FILE.pdf`: the tables ogpx reconstructs (layout/tables.h),
// as text, HTML, JSON, or ICDAR 2013 competition XML (structure + region
// files, boxes in PDF points with the origin bottom-left, pages 1-based).
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cli/command_line.h"
#include "cli/tables_html.h"
#include "export/writer.h"
#include "layout/tables/tables.h"
#include "layout/tables/text.h"
#include "ingest/ingest.h"

namespace ogpx::cli {
namespace {

using layout::Cell;
using layout::Table;

std::string Escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default: out += c;
    }
  }
  return out;
}

void PrintText(std::ostream& out, const Table& t, const std::string& indent) {
  out << indent << t.rows << " x " << t.cols << (t.ruled ? " ruled" : " stream") << ", pages";
  for (const auto& r : t.regions) out << ' ' << r.page;
  if (t.header_rows) out << ", header rows " << t.header_rows;
  out << "\n";
  for (const Cell& c : t.cells) {
    out << indent << "  [" << c.row << ',' << c.col;
    if (c.row_span > 1 || c.col_span > 1) out << " span " << c.row_span << 'x' << c.col_span;
    out << "] " << c.text << "\n";
    for (const Table& n : c.nested) PrintText(out, n, indent + "    ");
  }
}

nlohmann::ordered_json BoxJson(const ingest::Box& b) { return {b.x0, b.y0, b.x1, b.y1}; }

nlohmann::ordered_json TableJson(const Table& t) {
  nlohmann::ordered_json j;
  j["rows"] = t.rows;
  j["cols"] = t.cols;
  j["ruled"] = t.ruled;
  j["header_rows"] = t.header_rows;
  auto& regions = j["regions"] = nlohmann::ordered_json::array();
  for (const auto& r : t.regions) regions.push_back({{"page", r.page}, {"box", BoxJson(r.box)}});
  auto& cells = j["cells"] = nlohmann::ordered_json::array();
  for (const Cell& c : t.cells) {
    nlohmann::ordered_json cj;
    cj["row"] = c.row;
    cj["col"] = c.col;
    cj["row_span"] = c.row_span;
    cj["col_span"] = c.col_span;
    cj["text"] = c.text;
    auto& lines = cj["lines"] = nlohmann::ordered_json::array();
    for (const auto& l : c.lines) lines.push_back({{"page", l.page}, {"box", BoxJson(l.box)}, {"text", l.text}});
    if (!c.nested.empty()) {
      auto& nested = cj["nested"] = nlohmann::ordered_json::array();
      for (const Table& n : c.nested) nested.push_back(TableJson(n));
    }
    cells.push_back(std::move(cj));
  }
  return j;
}

// "x1=.. y1=.. x2=.. y2=.." of `b` on a page `height` points tall, y up.
std::string IcdarBox(const ingest::Box& b, double height) {
  std::ostringstream s;
  s.setf(std::ios::fixed);
  s.precision(2);
  s << "<bounding-box x1=\"" << b.x0 << "\" y1=\"" << height - b.y1 << "\" x2=\"" << b.x1
    << "\" y2=\"" << height - b.y0 << "\"/>";
  return s.str();
}

bool WriteIcdar(const ingest::Document& doc, const std::vector<Table>& tables,
                const std::string& dir, std::string& error) {
  auto height = [&](int page) {
    for (const auto& p : doc.pages)
      if (p.number == page) return p.height;
    return 0.0;
  };
  std::string name = std::filesystem::path(doc.file_name).stem().string();
  std::ostringstream str, reg;
  str << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<document filename=\"" << Escape(doc.file_name) << "\">\n";
  reg << str.str();
  int id = 0;
  for (const Table& t : tables) {
    ++id;
    str << " <table id=\"" << id << "\">\n";
    reg << " <table id=\"" << id << "\">\n";
    int region_id = 0;
    for (const auto& region : t.regions) {
      ++region_id;
      const double h = height(region.page);
      reg << "  <region id=\"" << region_id << "\" page=\"" << region.page << "\">"
          << IcdarBox(region.box, h) << "</region>\n";
      str << "  <region id=\"" << region_id << "\" page=\"" << region.page << "\">\n";
      int cell_id = 0;
      for (const Cell& c : t.cells) {
        if (c.regions.empty() || c.regions.front().page != region.page) continue;
        std::vector<ingest::Box> boxes;
        for (const auto& l : c.lines) boxes.push_back(l.box);
        const ingest::Box box = boxes.empty() ? c.regions.front().box : layout::cells::Union(boxes);
        str << "   <cell id=\"" << ++cell_id << "\" start-row=\"" << c.row << "\" start-col=\"" << c.col
            << '"';
        if (c.row_span > 1 || c.col_span > 1)
          str << " end-row=\"" << c.row + c.row_span - 1 << "\" end-col=\"" << c.col + c.col_span - 1 << '"';
        str << ">" << IcdarBox(box, h) << "<content>" << Escape(c.text) << "</content></cell>\n";
      }
      str << "  </region>\n";
    }
    str << " </table>\n";
    reg << " </table>\n";
  }
  str << "</document>\n";
  reg << "</document>\n";
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  for (const auto& [suffix, body] : {std::pair{"-str.xml", str.str()}, std::pair{"-reg.xml", reg.str()}}) {
    const std::string path = (std::filesystem::path(dir) / (name + suffix)).string();
    if (auto e = exporter::WriteFileAtomic(path, body)) {
      error = e->ToString();
      return false;
    }
  }
  return true;
}

struct TablesArgs {
  std::string file, format = "text", out;
  bool images = false, timing = false;
  PdfOptions pdf;
};

int RunTables(const TablesArgs& a) {
  const ingest::Options options = ToIngestOptions(a.pdf);
  if (auto code = CheckOcrData("tables", options)) return *code;
  std::string error;
  if (a.format == "icdar" && a.out.empty()) {
    PrintError("tables: --format icdar needs --out DIR");
    return kExitUsage;
  }
  if (a.format == "icdar") {
    // The files WriteIcdar writes (named after the PDF) must not be the PDF.
    const std::string stem = std::filesystem::path(a.file).stem().string();
    for (const char* suffix : {"-str.xml", "-reg.xml"})
      if (auto e = exporter::RefuseToOverwrite((std::filesystem::path(a.out) / (stem + suffix)).string(),
                                               {{"input", a.file}})) {
        PrintError("tables: --out " + e->ToString());
        return kExitUsage;
      }
  }
  using Clock = std::chrono::steady_clock;
  const auto t0 = Clock::now();
  auto doc = ingest::Open(a.file, options);
  if (!doc) {
    PrintError(doc.error().ToString());
    return ExitCodeFor(doc.error(), Doing::kReading);
  }
  const auto t1 = Clock::now();
  const std::vector<Table> tables = layout::FindTables(*doc);
  const auto t2 = Clock::now();
  if (a.timing) {
    auto ms = [](auto d) { return std::chrono::duration<double, std::milli>(d).count(); };
    std::fprintf(stderr, "ogpx: %s: timing: pages %zu ingest_ms %.3f tables_ms %.3f\n", doc->file_name.c_str(),
                 doc->pages.size(), ms(t1 - t0), ms(t2 - t1));
  }
  if (a.format == "icdar") {
    if (!WriteIcdar(*doc, tables, a.out, error)) {
      PrintError(error);
      return kExitOutputFailed;
    }
  } else if (a.format == "json") {
    nlohmann::ordered_json j;
    j["file"] = doc->file_name;
    auto& list = j["tables"] = nlohmann::ordered_json::array();
    for (const Table& t : tables) list.push_back(TableJson(t));
    std::cout << j.dump(1) << "\n";
  } else if (a.format == "html") {
    WriteTablesHtml(*doc, tables, {.images = a.images}, std::cout);
  } else {
    int n = 0;
    for (const Table& t : tables) {
      std::cout << "table " << ++n << ": ";
      PrintText(std::cout, t, "");
    }
  }
  return kExitOk;
}

std::function<int()> DefineTables(CLI::App& app) {
  auto a = std::make_shared<TablesArgs>();
  app.description(
      "Prints the tables ogpx reconstructs: ruled tables (merged cells as spans,\n"
      "tables drawn inside cells as nested tables), tables with horizontal rules\n"
      "only and unruled tables; a table continued on the next page is joined\n"
      "(repeated header rows dropped, rows cut by the page break made whole).\n");
  app.add_option("FILE.pdf", a->file, "the PDF")->required();
  app.add_option("--format", a->format,
                 "text (default), html (a whole page: each table with its index, pages, borders and spans), "
                 "json, or icdar: ICDAR 2013 competition XML, written to DIR/<name>-str.xml and "
                 "DIR/<name>-reg.xml (needs --out)")
      ->type_name("F")
      ->transform(Choice({"text", "html", "json", "icdar"}));
  app.add_flag("--images", a->images,
               "html: beside each table the picture of its page region with the cells' boxes drawn (inside the "
               "page)");
  app.add_option("-o,--out", a->out,
                 "output folder for --format icdar (a file there that is the input PDF itself is refused: exit 2)")
      ->type_name("DIR")
      ->check(NotStandardStream("a folder"));
  app.add_flag("--timing", a->timing, "print ingest and table reconstruction times to stderr");
  AddPdfOptions(app, a->pdf, "OCR pages in parallel (default: the number of cores)");
  app.footer(
      "exit: 0 done; 1 the PDF could not be read; 2 usage; 4 an --out file could not\n"
      "      be written; 5 OCR language data missing\n"
      "\n"
      "example: ogpx tables samples/nap5-en.pdf --page 7 --format html > tables.html\n");
  return [a] { return RunTables(*a); };
}

}  // namespace

extern const Command kTablesCommand{"tables", "show the tables ogpx reconstructs from a PDF", DefineTables};

}  // namespace ogpx::cli
