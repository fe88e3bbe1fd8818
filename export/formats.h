// The exporters of the registry (export/registry.cpp), one file each
// (export/<format>_exporter.cpp), and the base most of them share. Private
// to export/: callers use export/exporter.h.
#pragma once

#include <memory>
#include <vector>

#include "export/exporter.h"

namespace ogpx::exporter {

// An exporter that keeps the settings and every document with its keys
// until Commit, where it writes its files.
class CollectingExporter : public Exporter {
 public:
  std::optional<Error> Begin(const ExportSettings& settings) override {
    settings_ = settings;
    return std::nullopt;
  }
  std::optional<Error> Add(const model::Document& doc, const model::DocumentKeys& keys) override {
    docs_.push_back(doc);
    keys_.push_back(keys);
    return std::nullopt;
  }

 protected:
  ExportSettings settings_;
  std::vector<model::Document> docs_;
  std::vector<model::DocumentKeys> keys_;  // same order as docs_
};

std::unique_ptr<Exporter> MakeJsonExporter();    // json_exporter.cpp
std::unique_ptr<Exporter> MakeJsonlExporter();   // jsonl_exporter.cpp
std::unique_ptr<Exporter> MakeCsvExporter();     // csv_exporter.cpp
std::unique_ptr<Exporter> MakeXlsxExporter();    // xlsx_exporter.cpp
std::unique_ptr<Exporter> MakeOgpCsvExporter();  // ogp_csv_exporter.cpp

}  // namespace ogpx::exporter
