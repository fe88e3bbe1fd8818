// `ogpx extract FILE.pdf`: the document's ogpx/1 JSON on stdout; no database.
#include <fstream>
#include <iostream>

#include "cli/command_line.h"
#include "cli/explain.h"
#include "export/json.h"
#include "extract/extract.h"
#include "export/writer.h"

namespace ogpx::cli {

namespace {

struct ExtractArgs {
  std::string file, out;
  bool verbose = false;
  PdfOptions pdf;
};

int RunExtract(const ExtractArgs& a) {
  const ingest::Options options = ToIngestOptions(a.pdf);
  if (auto code = CheckOcrData("extract", options)) return *code;
  auto doc = ingest::Open(a.file, options);
  if (!doc) {
    PrintError(doc.error().ToString());
    return ExitCodeFor(doc.error(), Doing::kReading);
  }
  extract::ExtractReport report;
  const model::Document extracted = extract::Extract(*doc, a.verbose ? &report : nullptr);
  if (a.verbose)
    for (const auto& line : Explain(*doc, extracted, report, options.ocr)) std::cerr << a.file << ": " << line << "\n";
  std::string json = exporter::ToJsonText(extracted);
  if (!a.out.empty() && a.out != "-") {
    if (auto failed = exporter::WriteFileAtomic(a.out, json)) {
      PrintError(failed->ToString());
      return ExitCodeFor(*failed, Doing::kWriting);
    }
  } else {
    std::cout << json << std::flush;
    if (!std::cout) {
      PrintError("extract: standard output: cannot write");
      return kExitOutputFailed;
    }
  }
  return kExitOk;
}

std::function<int()> DefineExtract(CLI::App& app) {
  auto a = std::make_shared<ExtractArgs>();
  app.description(
      "Reads one PDF (action plan, order or progress report; English or Mongolian;\n"
      "born-digital or scanned) and prints its ogpx/1 JSON (docs/export-json.md) on\n"
      "stdout, or writes it to --out. No database is touched. Problems found in the\n"
      "document are listed under \"warnings\" in the JSON.\n");
  app.add_option("FILE.pdf", a->file, "the PDF")->required();
  app.add_option("-o,--out", a->out, "write the JSON there (atomically) instead of stdout; '-' is stdout")
      ->type_name("FILE");
  app.add_flag("-v,--verbose", a->verbose,
               "say on stderr what was decided: the kind with the claims and their evidence, per page the text "
               "layer or OCR and why, the tables found, the warnings");
  AddPdfOptions(app, a->pdf, "OCR pages in parallel (default: the number of cores)");
  app.footer(
      "exit: 0 done; 1 the PDF could not be read; 2 usage; 4 --out could not be\n"
      "      written; 5 OCR language data missing\n"
      "\n"
      "example: ogpx extract samples/nap5-en.pdf > nap5-en.json\n");
  return [a] { return RunExtract(*a); };
}

}  // namespace

extern const Command kExtractCommand{"extract", "print one PDF's ogpx/1 JSON (no database)", DefineExtract};

}  // namespace ogpx::cli
