// `ogpx extract FILE.pdf`: the document's ogpx/1 JSON on stdout; no database.
#include <fstream>
#include <iostream>

#include "cli/args.h"
#include "cli/command.h"
#include "export/json.h"
#include "extract/extract.h"
#include "export/writer.h"

namespace ogpx::cli {

extern const char kExtractHelp[] =
    "usage: ogpx extract FILE.pdf [--out FILE.json] [--ocr auto|always|never] [--lang L]\n"
    "                    [--dpi N] [--jobs N]\n"
    "\n"
    "Reads one PDF (action plan, order or progress report; English or Mongolian;\n"
    "born-digital or scanned) and prints its ogpx/1 JSON (docs/export-json.md) on\n"
    "stdout, or writes it to --out. No database is touched. Problems found in the\n"
    "document are listed under \"warnings\" in the JSON.\n"
    "\n"
    "  --out FILE      write the JSON there (atomically) instead of stdout\n"
    "  --ocr MODE      auto (default) | always | never\n"
    "  --lang L        force the OCR language (eng, mon, mon+eng)\n"
    "  --dpi N         OCR resolution (default 300)\n"
    "  --jobs N        OCR pages in parallel (default: number of cores)\n"
    "\n"
    "example: ogpx extract samples/nap5-en.pdf > nap5-en.json\n";

int RunExtract(const std::vector<std::string>& argv) {
  auto line = ParsePdfCommandLine("extract", argv, {"out"});
  if (!line) return kExitUsage;
  if (auto code = CheckOcrData("extract", line->options)) return *code;
  auto doc = ingest::Open(line->file, line->options);
  if (!doc) {
    PrintError(doc.error().ToString());
    return ExitCodeFor(doc.error());
  }
  std::string json = exporter::ToJsonText(extract::Extract(*doc));
  if (line->args.Has("out")) {
    if (auto failed = exporter::WriteFileAtomic(line->args.Get("out"), json)) {
      PrintError(failed->ToString());
      return kExitInternal;
    }
  } else {
    std::cout << json;
  }
  return kExitOk;
}

}  // namespace ogpx::cli
