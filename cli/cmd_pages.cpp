// `ogpx pages FILE.pdf`: the page geometry ingest produces (words with boxes,
// text lines, ruling lines), for debugging and for users who want word boxes.
#include <cstdio>
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/args.h"
#include "cli/command.h"
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
    wj["font"] = w.font;
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
  }
}

}  // namespace

extern const char kPagesHelp[] =
    "usage: ogpx pages FILE.pdf [--page N] [--format text|json] [--ocr auto|always|never]\n"
    "                  [--lang eng|mon|mon+eng] [--dpi N] [--jobs N]\n"
    "\n"
    "Prints the page geometry ogpx reads from a PDF: every word with its box\n"
    "(PDF points, origin top-left, rotation applied), font and size; the text\n"
    "lines in reading order; and the ruling lines (table borders). Pages with\n"
    "no usable text layer are OCR'd unless --ocr never.\n"
    "\n"
    "  --page N        only page N (1-based)\n"
    "  --format F      text (default, for reading) or json (for tools)\n"
    "  --ocr MODE      auto (default): OCR pages without a text layer;\n"
    "                  always: OCR every page; never: no OCR\n"
    "  --lang L        force the OCR language (default: chosen per page)\n"
    "  --dpi N         OCR resolution (default 300)\n"
    "  --jobs N        OCR pages in parallel (default: number of cores)\n";

int RunPages(const std::vector<std::string>& argv) {
  auto line = ParsePdfCommandLine("pages", argv, {"format"});
  if (!line) return kExitUsage;
  if (auto code = CheckOcrData("pages", line->options)) return *code;
  std::string format = line->args.Get("format", "text");
  if (format != "text" && format != "json") {
    PrintError("pages: --format must be text or json");
    return kExitUsage;
  }
  auto doc = ingest::Open(line->file, line->options);
  if (!doc) {
    PrintError(doc.error().ToString());
    return ExitCodeFor(doc.error());
  }
  for (const auto& w : doc->warnings)
    std::cerr << "ogpx: " << doc->path << ": warning " << w.code << ": " << w.message << "\n";
  if (format == "json") {
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

}  // namespace ogpx::cli
