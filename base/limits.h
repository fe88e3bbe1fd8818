// Every resource limit of ogpx in one place, with its documented default
// (docs/limits.md). A document or page over a limit gets an Error (document
// limits) or a Warning (page limits) that names the limit; never a hang.
//
// The constants are the defaults; ogpx::limits::Limits carries the values in
// force for one run (ingest::Options::limits), which `ogpx ingest` and the
// other PDF-reading commands set from --max-pages, --max-page-side,
// --max-ocr-pixels, --ocr-seconds, --doc-seconds and --max-stream-bytes.
#pragma once

#include <cstddef>

namespace ogpx::limits {

// Pages read from one document; a longer document is rejected (kLimit).
inline constexpr int kMaxPages = 2000;
// Largest page side accepted, in points (200 inches); larger pages are skipped
// with a warning "page_over_limit".
inline constexpr double kMaxPageSide = 14400.0;
// Words kept per page; the rest are dropped with a warning "page_too_dense".
inline constexpr std::size_t kMaxWordsPerPage = 50000;
// Characters drawn on one page by its text layer. Poppler's text layout
// (word and line building) grows faster than linearly with them (99,000
// one-letter words of 30 sizes: 43 s): past this the page's text pass stops
// and the page is skipped ("page_over_limit", limit max_page_chars). The
// densest page of the samples holds 6,831; a dense A4 page about 15,000.
inline constexpr std::size_t kMaxPageChars = 50'000;
// Graphics states (q ... Q) open at once on a page; each costs memory in
// Poppler. Past it the page is skipped ("page_over_limit", limit
// max_graphics_nesting).
inline constexpr int kMaxGraphicsNesting = 4096;
// Points of the paths a page fills or strokes. Rendering such a page for OCR
// costs memory in proportion (a million rectangles: several GB), so past it
// the page is not rendered for OCR ("page_over_limit", limit
// max_render_path_points); its text layer, if any, is still read.
inline constexpr long long kMaxRenderPathPoints = 1'000'000;
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
// Wall-clock seconds one document may take (text layer and OCR); past it the
// pages left are not read and the document fails (kLimit).
inline constexpr int kDocumentSeconds = 1800;
// Bytes of one page's content streams once decompressed, and pixels of one
// image on a page (width * height as the image declares them). A page over
// either is skipped with a warning "page_over_limit" (decompression bombs,
// images of absurd dimensions), and is not sent to OCR.
inline constexpr std::size_t kMaxStreamBytes = std::size_t{256} << 20;  // 256 MiB
inline constexpr long long kMaxImagePixels = 400'000'000;
// Nesting depth of tables inside table cells.
inline constexpr int kMaxTableNesting = 4;
// Input file size accepted (bytes).
inline constexpr std::size_t kMaxFileBytes = std::size_t{1} << 31;  // 2 GiB
// An organisation alias table (--aliases): bytes of the file and of one line.
// The table ogpx ships is 34 lines of at most 300 bytes.
inline constexpr std::size_t kMaxAliasFileBytes = std::size_t{16} << 20;  // 16 MiB
inline constexpr std::size_t kMaxAliasLineBytes = 4096;

// The limits in force for one run; the defaults are the constants above.
struct Limits {
  int max_pages = kMaxPages;
  double max_page_side = kMaxPageSide;            // points
  long long max_ocr_pixels = kMaxOcrPixels;
  int ocr_seconds_per_page = kOcrSecondsPerPage;
  int document_seconds = kDocumentSeconds;
  std::size_t max_stream_bytes = kMaxStreamBytes;
  long long max_image_pixels = kMaxImagePixels;
};

}  // namespace ogpx::limits
