// A sample PDF of samples/ read without OCR, for the layout suite's tests on
// real documents (a failure to read it fails the test and gives an empty
// document).
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "ingest/ingest.h"

namespace ogpx::samples {

// `name` relative to samples/ ("nap5-en.pdf", "realworld/us-nap2-2013.pdf").
inline ingest::Document OpenSample(const std::string& name) {
  ingest::Options options;
  options.ocr = ingest::OcrMode::kNever;
  auto doc = ingest::Open(std::string(OGPX_SAMPLES_DIR) + "/" + name, options);
  EXPECT_TRUE(doc.ok()) << name << ": " << (doc.ok() ? "" : doc.error().ToString());
  return doc.ok() ? std::move(doc).value() : ingest::Document{};
}

}  // namespace ogpx::samples
