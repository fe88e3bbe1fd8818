// word_lines: lines of OCR words as bytes, for the OCR process to hand its
// reading back to ogpx (ingest/isolated.h). Internal to ingest/.
//
// The format is private to one run of one binary (both ends are the same
// program): a status byte, then per line a word count and per word its text
// (length + bytes) and seven doubles (box, confidence, font size, baseline).
#pragma once

#include <string>
#include <vector>

#include "ingest/ingest.h"

namespace ogpx::ingest {

using WordLine = std::vector<Word>;

// What a reading of a page came to, before its lines.
enum class ReadingStatus : char { kOk = 'o', kTimeout = 't', kFailed = 'f' };

struct Reading {
  ReadingStatus status = ReadingStatus::kFailed;
  std::vector<WordLine> lines;
};

std::string EncodeReading(const Reading& reading);

// False when `bytes` is not a whole encoded Reading (a process that died
// while writing).
bool DecodeReading(const std::string& bytes, Reading& reading);

}  // namespace ogpx::ingest
