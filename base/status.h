// Error values and structured warnings shared by every ogpx library.
//
// Three kinds of failure (docs/errors.md):
//  - fatal: a function returns an Error naming the file, the page (if any) and
//    the reason; the caller decides the exit code;
//  - recoverable damage: a Warning {code, page, message} that travels with the
//    result into the database and the export;
//  - a programming bug: assert.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace ogpx {

// What went wrong, in the categories the CLI maps to exit codes.
enum class ErrorKind {
  kNotFound,      // the path does not exist or is not a regular file
  kNotPdf,        // no %PDF header / not a document we understand
  kDamaged,       // a PDF that cannot be repaired (truncated beyond recovery)
  kEncrypted,     // needs a password we do not have
  kLimit,         // a documented limit (base/limits.h) was exceeded
  kIo,            // write failure, database failure
  kUnreadable,    // an input that exists but cannot be opened or read (permissions, I/O error)
  kUsage,         // bad arguments
  kInternal,      // a caught exception from a third-party library
};

// "not_found", "not_pdf", "damaged", "encrypted", "limit", "io",
// "unreadable", "usage", "internal": stable names for reports and summaries.
inline const char* ErrorKindName(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::kNotFound: return "not_found";
    case ErrorKind::kNotPdf: return "not_pdf";
    case ErrorKind::kDamaged: return "damaged";
    case ErrorKind::kEncrypted: return "encrypted";
    case ErrorKind::kLimit: return "limit";
    case ErrorKind::kIo: return "io";
    case ErrorKind::kUnreadable: return "unreadable";
    case ErrorKind::kUsage: return "usage";
    case ErrorKind::kInternal: return "internal";
  }
  return "internal";
}

struct Error {
  ErrorKind kind = ErrorKind::kInternal;
  std::string file;           // as given by the user; may be empty
  std::optional<int> page;    // 1-based, when the failure is tied to a page
  std::string reason;         // one sentence, no trailing period

  // "FILE: page N: reason" (the parts that are known).
  std::string ToString() const {
    std::string out = file;
    if (page) out += (out.empty() ? "" : ": ") + std::string("page ") + std::to_string(*page);
    if (!reason.empty()) out += (out.empty() ? "" : ": ") + reason;
    return out;
  }
};

// A recoverable problem found in a document. `page` is 1-based; nullopt for
// document-level warnings. `code` is a stable snake_case identifier
// (e.g. "sector_header_mismatch", "legacy_font_repaired", "ocr_low_confidence").
struct Warning {
  std::optional<int> page;
  std::string code;
  std::string message;
  bool operator==(const Warning&) const = default;
};

// Either a value or an Error. Small on purpose (std::expected is C++23).
template <typename T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}          // NOLINT(google-explicit-constructor)
  Result(Error error) : v_(std::move(error)) {}      // NOLINT(google-explicit-constructor)
  bool ok() const { return std::holds_alternative<T>(v_); }
  explicit operator bool() const { return ok(); }
  T& value() & { return std::get<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  const Error& error() const { return std::get<Error>(v_); }

 private:
  std::variant<T, Error> v_;
};

}  // namespace ogpx
