// Export file names derived from documents (internal to export/, used by
// ExportDatabase): always a plain, valid file name, whatever the PDF was
// called, and never two documents in one file.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace ogpx::exporter {

// Longest export file name, in bytes (file systems allow 255; the rest is
// room for the temporary suffix of WriteFileAtomic).
inline constexpr std::size_t kMaxFileNameBytes = 200;

// "<file name without a final .pdf (any case)>.json"; path separators in the
// stored name are replaced so the result is always a plain file name, bytes
// that are not UTF-8 are escaped ("\xNN", text::EscapeInvalidUtf8), and
// `suffix` (e.g. "-1a2b3c4d") goes before ".json". A result longer than
// kMaxFileNameBytes keeps the longest start of the name that fits (cut
// between characters) followed by "-<first 8 hex of the SHA-256 of the whole
// name>", then `suffix` and ".json".
std::string JsonFileName(const std::string& pdf_file_name, const std::string& suffix = "");

// One JSON file name per document, from their stored file names and SHA-256
// (same order): JsonFileName, and "-<first 8 hex of the sha256>" before
// ".json" for documents whose names would otherwise be the same.
std::vector<std::string> JsonFileNames(const std::vector<std::string>& file_names,
                                       const std::vector<std::string>& sha256s);

}  // namespace ogpx::exporter
