// `ogpx pages FILE.pdf`: the page geometry ingest produces (words with boxes,
// text lines, ruling lines), for debugging and for users who want word boxes.
#include <cstdio>
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/command_line.h"
#include "ingest/ingest.h"

namespace ogpx::cli {
namespace {

double R2(double v) { return static_cast<double>(static_cast<long long>(v * 100 + (v >= 0 ? 0.5 : -0.5))) / 100; }

nlohmann::ordered_json BoxJson(const ingest::Box& b) { return {R2(b.x0), R2(b.y0), R2(b.x1), R2(b.y1)}; }

const char* SourceName(ingest::PageSource s) {
  switch (s) {
    case ingest::PageSource::kText: return "text";
    case ingest::PageSource::kOcr: return "ocr";
    default: return "none";
  }
}

nlohmann::ordered_json PageJson(const ingest::Page& p) {
  nlohmann::ordered_json j;
  j["page"] = p.number;
  j["width"] = R2(p.width);
  j["height"] = R2(p.height);
  j["rotation"] = p.rotation;
  j["has_text_layer"] = p.has_text_layer;
  j["source"] = SourceName(p.source);
  auto& words = j["words"] = nlohmann::ordered_json::array();
  for (const auto& w : p.words) {
    nlohmann::ordered_json wj;
    wj["text"] = w.text;
    wj["box"] = BoxJson(w.box);
    wj["font"] = w.font.str();
    wj["size"] = R2(w.font_size);
    if (w.baseline > 0) wj["baseline"] = R2(w.baseline);
    if (w.bold) wj["bold"] = true;
    if (w.italic) wj["italic"] = true;
    if (p.source == ingest::PageSource::kOcr) wj["confidence"] = R2(w.confidence);
    words.push_back(std::move(wj));
  }
  auto& lines = j["lines"] = nlohmann::ordered_json::array();
  for (const auto& l : p.lines) lines.push_back({{"text", ingest::LineText(p, l)}, {"box", BoxJson(l.box)}});
  auto& rules = j["rules"] = nlohmann::ordered_json::array();
  for (const auto& r : p.rules)
    rules.push_back({{"from", {R2(r.x0), R2(r.y0)}}, {"to", {R2(r.x1), R2(r.y1)}}, {"width", R2(r.width)}});
  auto& marks = j["marks"] = nlohmann::ordered_json::array();
  for (const auto& m : p.marks) marks.push_back(BoxJson(m));
  auto& warnings = j["warnings"] = nlohmann::ordered_json::array();
  for (const auto& w : p.warnings) warnings.push_back({{"code", w.code}, {"message", w.message}});
  return j;
}

void PrintText(const ingest::Document& doc) {
  for (const auto& p : doc.pages) {
    std::printf("page %d  %.1f x %.1f pt  rotation %d  %s  %zu words  %zu lines  %zu rules\n", p.number,
                p.width, p.height, p.rotation, SourceName(p.source), p.words.size(), p.lines.size(),
                p.rules.size());
    for (const auto& w : p.warnings) std::printf("  warning %s: %s\n", w.code.c_str(), w.message.c_str());
    for (const auto& l : p.lines)
      std::printf("  [%7.1f %7.1f %7.1f %7.1f] %s\n", l.box.x0, l.box.y0, l.box.x1, l.box.y1,
                  ingest::LineText(p, l).c_str());
    for (const auto& r : p.rules)
      std::printf("  rule %s (%.1f,%.1f)-(%.1f,%.1f) w=%.2f\n", r.horizontal() ? "H" : "V", r.x0, r.y0, r.x1,
                  r.y1, r.width);
    for (const auto& m : p.marks) std::printf("  mark [%7.1f %7.1f %7.1f %7.1f]\n", m.x0, m.y0, m.x1, m.y1);
  }
}


struct PagesArgs {
  std::string file, format = "text";
  PdfOptions pdf;
};

int RunPages(const PagesArgs& a) {
  const ingest::Options options = ToIngestOptions(a.pdf);
  if (auto code = CheckOcrData("pages", options)) return *code;
  auto doc = ingest::Open(a.file, options);
  if (!doc) {
    PrintError(doc.error().ToString());
    return ExitCodeFor(doc.error(), Doing::kReading);
  }
  for (const auto& w : doc->warnings)
    std::cerr << "ogpx: " << doc->path << ": warning " << w.code << ": " << w.message << "\n";
  if (a.format == "json") {
    nlohmann::ordered_json j;
    j["file"] = doc->file_name;
    j["sha256"] = doc->sha256;
    j["page_count"] = doc->page_count;
    auto& pages = j["pages"] = nlohmann::ordered_json::array();
    for (const auto& p : doc->pages) pages.push_back(PageJson(p));
    std::cout << j.dump(1) << "\n";
  } else {
    PrintText(*doc);
  }
  return kExitOk;
}

std::function<int()> DefinePages(CLI::App& app) {
  auto a = std::make_shared<PagesArgs>();
  app.description(
      "Prints the page geometry ogpx reads from a PDF: every word with its box\n"
      "(PDF points, origin top-left, rotation applied), font and size; the text\n"
      "lines in reading order; and the ruling lines (table borders). Pages with\n"
      "no usable text layer are OCR'd unless --ocr never.\n");
  app.add_option("FILE.pdf", a->file, "the PDF")->required();
  app.add_option("--format", a->format, "text (default, for reading) or json (for tools)")
      ->type_name("F")
      ->transform(Choice({"text", "json"}));
  AddPdfOptions(app, a->pdf, "OCR pages in parallel (default: the number of cores)");
  app.footer("exit: 0 done; 1 the PDF could not be read; 2 usage; 5 OCR language data missing\n");
  return [a] { return RunPages(*a); };
}

}  // namespace

extern const Command kPagesCommand{"pages", "show the page geometry of a PDF (words, lines, ruling lines)",
                                   DefinePages};

}  // namespace ogpx::cli
