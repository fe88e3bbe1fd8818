// Test helpers: read a sample order with ingest + ReadOrder, load its gold,
// score the order read with score.py's rules (support/score.h).
#pragma once

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "export/json.h"
#include "extract/extract.h"
#include "ingest/ingest.h"
#include "ingest/ocr.h"
#include "support/json_schema.h"
#include "support/score.h"

namespace ogpx::testing {

inline std::string Sample(const std::string& name) { return std::string(OGPX_SAMPLES_DIR) + "/" + name; }

inline nlohmann::json GoldJson(const std::string& name) {
  std::ifstream in(Sample(name), std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return nlohmann::json::parse(text.str());
}

inline model::Document Gold(const std::string& name) {
  auto doc = exporter::FromJson(GoldJson(name));
  EXPECT_TRUE(doc.ok()) << name;
  return doc.ok() ? *doc : model::Document{};
}

struct Read {
  ingest::Document doc;
  model::Order order;
  std::vector<Warning> warnings;
};

inline Read ReadSample(const std::string& pdf, const ingest::Options& options = {}) {
  Read r;
  auto doc = ingest::Open(Sample(pdf), options);
  EXPECT_TRUE(doc.ok()) << (doc.ok() ? "" : doc.error().ToString());
  if (!doc.ok()) return r;
  r.doc = std::move(*doc);
  // Pages without words get them from the OCR stage directly, so that the
  // reader is tested on OCR words whether or not Open() ran OCR already.
  std::vector<int> scanned;
  for (const auto& p : r.doc.pages) {
    if (p.words.empty() && p.source == ingest::PageSource::kNone) scanned.push_back(p.number);
  }
  if (!scanned.empty()) {
    std::vector<ingest::Page> ocr = ingest::OcrPages(Sample(pdf), scanned, options);
    for (auto& page : ocr) {
      for (auto& p : r.doc.pages) {
        if (p.number == page.number) p = std::move(page);
      }
    }
  }
  r.order = extract::ReadOrder(r.doc, r.warnings);
  return r;
}

// Scores `order` against the gold file `gold_name` as score.py would score
// an ogpx/1 export holding it, with `kind` as the document's kind.
inline Score ScoreOrder(const std::string& gold_name, const model::Order& order, model::Kind kind) {
  model::Document pred;
  pred.kind = model::Kind::kOrder;
  pred.order = order;
  nlohmann::json pred_json = exporter::ToJson(pred);
  pred_json["kind"] = model::KindName(kind);
  return ScoreDocument(GoldJson(gold_name), pred_json);
}

struct Case {
  const char* pdf;
  const char* gold;
  double floor;   // F1 the extraction must reach
};

inline void PrintTo(const Case& c, std::ostream* os) { *os << c.pdf; }

// Scores one sample against its gold: F1 floor and pages.
inline void ExpectFloor(const Case& c) {
  const Read r = ReadSample(c.pdf);
  const model::Document gold = Gold(c.gold);
  ASSERT_TRUE(gold.order.has_value());
  const Score s = ScoreOrder(c.gold, r.order, extract::DetectKind(r.doc));
  ::testing::Test::RecordProperty("f1", std::to_string(s.F1()));
  EXPECT_GE(s.F1(), c.floor) << c.pdf << " " << s.Summary();
  EXPECT_EQ(r.order.pages, gold.order->pages) << c.pdf;
  // The whole document's ogpx/1 export validates against the schema.
  EXPECT_EQ(OgpxSchemaErrors(exporter::ToJson(extract::Extract(r.doc))), "") << c.pdf;
}

inline std::string CaseName(const ::testing::TestParamInfo<Case>& info) {
  std::string name = info.param.pdf;
  name = name.substr(0, name.find(".pdf"));
  for (char& ch : name) {
    if (ch == '-') ch = '_';
  }
  return name;
}

}  // namespace ogpx::testing
