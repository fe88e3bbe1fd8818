// A program using the installed ogpx libraries (docs/install.md): reads a
// PDF, extracts it and prints its kind and what was read.
//
//   cmake:       find_package(ogpx) + target_link_libraries(... ogpx::extract)
//   pkg-config:  c++ -std=c++20 extract_kind.cpp $(pkg-config --cflags --libs ogpx)
//
// usage: extract_kind FILE.pdf  (exit 1 when the file cannot be read)
#include <cstddef>
#include <iostream>

#include <ogpx/extract/extract.h>
#include <ogpx/ingest/ingest.h>
#include <ogpx/model/domain.h>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: extract_kind FILE.pdf\n";
    return 2;
  }
  auto pdf = ogpx::ingest::Open(argv[1]);
  if (!pdf) {
    std::cerr << "extract_kind: " << pdf.error().ToString() << "\n";
    return 1;
  }
  const ogpx::model::Document doc = ogpx::extract::Extract(*pdf);
  std::size_t commitments = doc.action_plan ? doc.action_plan->commitments.size() : 0;
  std::size_t entries = doc.progress_report ? doc.progress_report->entries.size() : 0;
  std::cout << "kind " << ogpx::model::KindName(doc.kind) << "\n"
            << "pages " << pdf->pages.size() << "\n"
            << "commitments " << commitments << "\n"
            << "report_entries " << entries << "\n"
            << "warnings " << doc.warnings.size() << "\n";
  return 0;
}
