// Every resource limit of ogpx in one place, with its documented default
// (docs/limits.md). A document or page over a limit gets an Error (document
// limits) or a Warning (page limits) that names the limit; never a hang.
#pragma once

#include <cstddef>

namespace ogpx::limits {

// Pages read from one document; a longer document is rejected (kLimit).
inline constexpr int kMaxPages = 2000;
// Largest page side accepted, in points (200 inches); larger pages are skipped
// with a warning "page_too_large".
inline constexpr double kMaxPageSide = 14400.0;
// Words kept per page; the rest are dropped with a warning "page_too_dense".
inline constexpr std::size_t kMaxWordsPerPage = 50000;
// Ruling segments kept per page (vector-heavy drawings) before giving up on
// rules for that page with a warning "too_many_paths".
inline constexpr std::size_t kMaxRulesPerPage = 20000;
// Pixels of one rendered page for OCR (width * height); above it the page is
// rendered at a lower resolution, with a warning "ocr_resolution_reduced".
inline constexpr long long kMaxOcrPixels = 60'000'000;
// Default OCR resolution, dots per inch.
inline constexpr int kDefaultOcrDpi = 300;
// Wall-clock seconds Tesseract may spend on one page before it is cancelled
// with a warning "ocr_timeout".
inline constexpr int kOcrSecondsPerPage = 120;
// Nesting depth of tables inside table cells.
inline constexpr int kMaxTableNesting = 4;
// Input file size accepted (bytes).
inline constexpr std::size_t kMaxFileBytes = std::size_t{1} << 31;  // 2 GiB

}  // namespace ogpx::limits
