// ocr: scanned pages -> the same page geometry as a text layer (ingest.h).
//
// OcrPages() renders each asked page with Poppler (8-bit grey, options.ocr_dpi,
// capped at OcrOptions::max_pixels), deskews it with Leptonica, reads it with
// Tesseract's LSTM engine and finds the ruling lines of scanned tables
// (scan_rules.h). The Page it returns has has_text_layer = false and
// source = PageSource::kOcr.
//
// Geometry: PDF points, origin top-left of the page as displayed (/Rotate
// applied), width/height of the crop box. Boxes of words, lines and rules are
// those of the DESKEWED page: the scan rotated about the page centre by the
// measured skew (at most a few degrees), so rows of a table are horizontal and
// ruling lines are axis-parallel, as on a born-digital page. A point moves by
// at most |skew| x half the page diagonal (about 9 pt at 1 degree on A4).
//
// Language: options.ocr_lang ("eng", "mon", "mon+eng", ...) forces it;
// otherwise one "mon+eng" pass reads both scripts and the page's script is
// decided from what it read (FixOcrPageScript); OcrOptions::osd_script
// switches to a Tesseract osd pre-pass (Cyrillic -> "mon+eng", Latin ->
// "eng"). docs/ocr.md has the measurements behind the default.
//
// Words: text NFC with predictable OCR confusions repaired (FixOcrLine),
// confidence 0..100 from Tesseract, font "" and font_size estimated from the
// height of the word's text line. Lines in Tesseract's reading order.
//
// Failures never throw: a page that cannot be rendered or read is returned
// empty with a Warning on it: "ocr_failed", "ocr_timeout" (over
// OcrOptions::seconds_per_page), "ocr_resolution_reduced" (rendered below the
// asked dpi), "blank_page" (nothing printed on it). A page whose second
// reading was cut short (OcrOptions::max_rereads, or its time spent) keeps
// its words with the warning "ocr_reread_cut". A page scanned sideways or
// upside down is read turned upright, with the warning "page_turned" (its
// width and height are then those of the turned page).
//
// Threads: options.jobs workers (0 = hardware concurrency); each worker opens
// its own Poppler document and borrows Tesseract engines from a process-wide
// pool (ingest/ocr_engine.h): each language is loaded once per engine, when a
// page first needs it, and reused for the pages of every later document.
// OcrPages may be called from several threads.
#pragma once

#include <string>
#include <vector>

#include "ingest/ingest.h"
#include "base/limits.h"

namespace ogpx::ingest {

// Knobs of the OCR stage that are not user options (tests and benches).
struct OcrOptions {
  long long max_pixels = limits::kMaxOcrPixels;       // per rendered page
  double seconds_per_page = limits::kOcrSecondsPerPage;  // Tesseract deadline
  std::string tessdata_dir;   // "" = TESSDATA_PREFIX, else the build's hint
  bool deskew = true;
  // Specks of dust painted white before anything else (scan_cleanup.h).
  bool clean_up = true;
  // Remove long horizontal rule ink before Tesseract reads: fixes text that
  // touches a border, but Tesseract then joins the cells of a table row into
  // one line, which costs more downstream (docs/ocr.md). Off by default.
  bool erase_rules = false;
  int page_seg_mode = 3;      // tesseract::PageSegMode: 3 automatic layout, 6 one block
  // With no options.ocr_lang: true = choose "eng" or "mon+eng" per page by
  // Tesseract's script detection (osd) first; false = one "mon+eng" pass,
  // which reads English as well as "eng" and costs less than osd + "eng"
  // (docs/ocr.md has the figures).
  bool osd_script = false;
  // Second readings (of English lines on a Latin page, of doubtful words)
  // per page, at most; they also stop once seconds_per_page is spent.
  int max_rereads = 200;
  // Pages are checked for a scan turned sideways or upside down (Leptonica's
  // cheap test, then Tesseract's osd when it is not sure the page is upright,
  // or when the page reads with low confidence) and read turned upright.
  bool orient = true;
};

// Pages (1-based numbers) of the PDF at `path`, OCR'd in parallel, returned in the order asked.
std::vector<Page> OcrPages(const std::string& path, const std::vector<int>& pages, const Options& options);
std::vector<Page> OcrPages(const std::string& path, const std::vector<int>& pages,
                           const Options& options, const OcrOptions& ocr_options);

// Repairs predictable Tesseract confusions in the words of one text line, in
// place (UTF-8 in, NFC UTF-8 out):
//  - a Latin look-alike letter inside a Cyrillic word (or the reverse) takes
//    the word's script ("Мoнгол" -> "Монгол");
//  - a standalone Roman numeral read as "П", "||", "|I", "Il" ... -> "II",
//    "Ш"/"|||" -> "III", "|V" -> "IV";
//  - on a Cyrillic line, "Ne"/"No"/"N°" before a number -> "№".
void FixOcrLine(std::vector<std::string>& words);

// On a page whose letters are at least 80% Latin, a word written only with
// Cyrillic look-alike letters ("СОМ" read by the mon model) is made Latin.
// On a page of more Cyrillic letters than Latin ones, Latin acronyms (OGP,
// CSO) are real; only a word of Latin capitals that reads like a Cyrillic
// word of the same page (the Cyrillic word's letters read as their Latin
// look-alikes, or as the Latin capital Tesseract takes them for) is made
// that word.
void FixOcrPageScript(Page& page);

// True when `latin` is the word `cyrillic` read letter by letter as its
// Latin look-alikes ("TBB" for "ТББ"): the same ink, not another word.
bool LatinTwin(const std::string& latin, const std::string& cyrillic);

// True when at least 80% of the letters of the page's words are Latin.
bool MostlyLatin(const Page& page);

// Letters of `text` in Cyrillic and in Latin script, and how many of them
// are capitals.
struct ScriptCount {
  int cyrillic = 0;
  int latin = 0;
  int capitals = 0;
};
ScriptCount CountScripts(const std::string& text);

}  // namespace ogpx::ingest
