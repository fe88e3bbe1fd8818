// ingest: a PDF (born-digital, scanned or mixed) in, page geometry out.
//
// Coordinate system for everything in this header: PDF points (1/72 inch),
// origin at the top-left corner of the page as displayed, page rotation
// already applied (so x grows to the right and y grows downwards on the page
// a reader sees). Boxes are [x0, x1) x [y0, y1) with x0 <= x1, y0 <= y1.
//
// Thread-safety: Open() may be called concurrently on different files. The
// returned Document is a plain value; it owns everything it holds.
#pragma once

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/limits.h"
#include "base/status.h"

namespace ogpx::ingest {

struct Box {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double width() const { return x1 - x0; }
  double height() const { return y1 - y0; }
  double cx() const { return (x0 + x1) / 2; }
  double cy() const { return (y0 + y1) / 2; }
  bool operator==(const Box&) const = default;
};

// A word's font name. Names are interned for the life of the process (one
// string per distinct name, whatever document or word uses it), so a word
// holds one pointer, not a copy of the name nor a share of its ownership: a
// plain value, 8 bytes, cheap to copy, valid as long as the process runs.
class FontName {
 public:
  FontName() = default;
  // Implicit: wherever a name is given, a FontName is meant.
  FontName(std::string_view name);
  FontName(const std::string& name) : FontName(std::string_view(name)) {}
  FontName(const char* name) : FontName(std::string_view(name)) {}
  const std::string& str() const;
  operator const std::string&() const { return str(); }
  bool empty() const { return name_ == nullptr; }
  friend bool operator==(const FontName& a, const FontName& b) { return a.name_ == b.name_; }
  friend bool operator==(const FontName& a, const std::string& b) { return a.str() == b; }
  friend bool operator==(const FontName& a, const char* b) { return a.str() == b; }

 private:
  const std::string* name_ = nullptr;  // interned; null: ""
};

// Fields ordered and packed so a word is 96 bytes: every page of a document
// holds its words until the document is extracted, so the words are most of
// the memory a long document costs (docs/performance.md, "Memory").
struct Word {
  std::string text;          // UTF-8, NFC, ligatures expanded, soft hyphens removed
  Box box;
  FontName font;             // font name without subset prefix ("" for OCR)
  double font_size = 0;      // points
  double baseline = 0;       // y of the baseline, points; 0 = unknown (vertical text)
  // 0..100; 100 for a text layer, Tesseract's for OCR (a float there: held
  // exactly).
  float confidence = 100;
  std::uint32_t color : 24 = 0;  // fill colour 0xRRGGBB of the text layer; 0 (black) for OCR
  bool bold : 1 = false;
  bool italic : 1 = false;
  bool space_after : 1 = true;   // false when the next word on the line touches it
};

// Words of one visual line, in reading order. Indexes point into Page::words.
struct TextLine {
  std::vector<int> words;
  Box box;
};

// A horizontal or vertical ruling segment (table borders, underlines drawn as
// paths). For a horizontal rule y0 == y1 (the centre line), for a vertical one
// x0 == x1. `width` is the stroke thickness in points.
struct Rule {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double width = 0;
  bool horizontal() const { return y0 == y1; }
  double length() const { return horizontal() ? x1 - x0 : y1 - y0; }
};

enum class PageSource { kText, kOcr, kNone };

struct Page {
  int number = 0;            // 1-based
  double width = 0;          // points, after rotation
  double height = 0;
  int rotation = 0;          // /Rotate of the page: 0, 90, 180, 270
  bool has_text_layer = false;  // a usable text layer was found
  PageSource source = PageSource::kNone;  // where words came from
  std::vector<Word> words;   // in reading order (top to bottom, left to right)
  std::vector<TextLine> lines;
  std::vector<Rule> rules;   // merged: near-collinear pieces joined
  // Small filled shapes no larger than a glyph (discs, squares): how browsers
  // and some word processors draw list bullets, outside the text layer.
  std::vector<Box> marks;
  std::vector<Warning> warnings;  // page-level problems (page set on each)
  bool over_limit = false;   // skipped by a page limit: not read, not OCR'd
  // Why the page is too heavy to render for OCR (limit max_render_path_points),
  // "" when it is not; its text layer is read, it is never OCR'd.
  std::string render_over_limit;
  bool blank = false;        // draws nothing (empty content, no text, no paths): never OCR'd
};

struct Document {
  std::string path;          // as given
  std::string file_name;     // base name
  std::string sha256;        // hex of the file bytes
  int page_count = 0;
  std::vector<Page> pages;   // pages read (all of them unless a range was asked)
  std::vector<Warning> warnings;  // document-level problems
};

enum class OcrMode { kAuto, kAlways, kNever };

// Progress of one Open, for a progress display: `page` 0 when the document
// is open (`pages`: how many of its pages will be read), then each page
// once, when its reading is finished (an OCR'd page after its OCR; `ocr`
// says which).
struct PageRead {
  int page = 0;
  int pages = 0;
  bool ocr = false;
};

// Places for OCR'd pages shared by the documents of a batch: a page is
// read only while it holds one, so a batch of documents, each allowed every
// core (Options::jobs), reads at most `count` pages at once, and a long scan's
// pages spread over every core while short documents finish around it.
// Thread-safe; must outlive the reading of every document using it.
class PageSlots {
 public:
  explicit PageSlots(int count) : free_(std::max(1, count)) {}
  PageSlots(const PageSlots&) = delete;
  PageSlots& operator=(const PageSlots&) = delete;
  // Waits for a place; false when `give_up` (polled while waiting) says so.
  bool Acquire(const std::function<bool()>& give_up);
  void Release();

 private:
  std::mutex mu_;
  std::condition_variable freed_;
  int free_;
};

struct Options {
  int first_page = 1;        // 1-based, inclusive
  int last_page = 0;         // 0 = last page of the document
  OcrMode ocr = OcrMode::kAuto;
  std::string ocr_lang;      // "" = choose per page (eng, mon, mon+eng)
  int ocr_dpi = 300;
  int jobs = 0;              // OCR workers; 0 = number of cores
  bool want_rules = true;
  limits::Limits limits;     // the limits in force (base/limits.h)
  // Set by Open from limits.document_seconds; OCR reads no page after it.
  std::optional<std::chrono::steady_clock::time_point> deadline;
  // When set and it becomes true (Ctrl-C in `ogpx ingest`), reading stops as
  // soon as it can: between pages, inside OCR of a page; Open then returns
  // an Error "cancelled". Must outlive the call.
  const std::atomic<bool>* cancel = nullptr;
  // When set, told of the reading as it goes (PageRead). Called from the
  // thread calling Open and from its OCR workers, possibly at once: it must
  // be thread-safe and quick.
  std::function<void(const PageRead&)> on_page;
  // When set, each OCR'd page is read holding one of these places (a batch
  // shares them between its documents); else only `jobs` bounds the reading.
  PageSlots* page_slots = nullptr;
};

// Reads the PDF at `path`. Fatal problems (missing, not a PDF, encrypted,
// damaged beyond repair, over a document limit) return an Error naming the
// file; a recoverable problem becomes a Warning on the page or document.
// Exceptions from Poppler, Tesseract and the standard library never escape.
Result<Document> Open(const std::string& path, const Options& options = {});

// The bytes of the file at `path` as Open reads them, with Open's errors
// (missing, a directory, over limits::kMaxFileBytes, unreadable).
Result<std::string> ReadInput(const std::string& path);

// The same for a PDF already in memory; `path` only names it in errors and in
// Document::path. `bytes` must outlive the call (not the result).
Result<Document> OpenBytes(const std::string& path, const std::string& bytes,
                           const Options& options = {});

// Text of a line (its words joined with single spaces where space_after).
std::string LineText(const Page& page, const TextLine& line);

// Loads the font list (Fontconfig) that rendering pages for OCR needs, once
// per process, with stderr silenced meanwhile: Fontconfig prints
// "Fontconfig error: No writable cache directories" for every font folder
// when it cannot write its cache (no home folder, a read-only one). Call it
// while the process has one thread (main does, before a PDF-reading command
// runs): the silence is process-wide. Later calls do nothing; Open works
// without it (the messages may then show).
void LoadFonts();

}  // namespace ogpx::ingest
