// The one registry of warning codes: every code a library may put in a
// Warning (base/status.h), with what it means. docs/warnings.md is written
// from it (`ogpx warnings`, checked by a test), and the tests check that every
// warning a reader gives on the samples and real documents is registered.
//
// A new code is one more row here; a code is never reused for another meaning.
// Pure data; thread-safe.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace ogpx::diag {

struct Code {
  std::string_view code;
  std::string_view stage;    // "ingest", "document", "plan", "report", "link", "order"
  std::string_view meaning;  // one sentence: what was lost or guessed, and where
};

// Every registered code, grouped by stage, each group sorted by code.
std::span<const Code> Codes();

// True when `code` is registered.
[[nodiscard]] bool Known(std::string_view code);

// The registry as a Markdown document (docs/warnings.md).
std::string Markdown();

}  // namespace ogpx::diag
