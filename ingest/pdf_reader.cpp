// ogpx::ingest::Open: Poppler (private API, one GeometryOutputDev pass per
// page) for born-digital pages; pages without a usable text layer go to OCR
// (ingest/ocr.h). Every exception from Poppler or the standard library is
// caught here and becomes an Error naming the file.
#include "ingest/ingest.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <map>
#include <memory>
#include <sstream>

#include "base/files.h"
#include "base/text.h"
#include "ingest/geometry_dev.h"
#include "base/limits.h"
#include "ingest/page_limits.h"
#include "ingest/page_text.h"
#include "ingest/poppler_globals.h"
#include "ingest/rules.h"
#include "base/sha256.h"
#include <poppler/PDFDoc.h>

namespace ogpx::ingest {
namespace {

std::string StripSubset(const std::string& name) {
  // "ABCDEF+Liberation Serif" -> "Liberation Serif"
  if (name.size() > 7 && name[6] == '+' &&
      std::all_of(name.begin(), name.begin() + 6, [](char c) { return c >= 'A' && c <= 'Z'; }))
    return name.substr(7);
  return name;
}

bool Contains(const std::string& hay, const char* needle) {
  std::string h = hay;
  for (char& c : h) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return h.find(needle) != std::string::npos;
}

Result<std::string> ReadFileBytes(const std::string& path) {
  return ReadRegularFile(path, limits::kMaxFileBytes, "max_file_bytes");
}

// Reads one page's words, lines and rules from the text layer.
// 0xRRGGBB of colour components in [0, 1].
std::uint32_t PackRgb(double r, double g, double b) {
  auto byte = [](double v) { return static_cast<std::uint32_t>(std::lround(std::clamp(v, 0.0, 1.0) * 255)); };
  return byte(r) << 16 | byte(g) << 8 | byte(b);
}

// One word of the page as Poppler returns it, split where the PDF draws white
// space as a character: some producers put a TAB between every word of a
// line, which Poppler keeps inside one "word". Each piece gets the box of its
// characters; a word without white space is one piece (Poppler's text).
struct WordPiece {
  std::string text;
  Box box;
  bool last = true;  // the last piece of Poppler's word
};

std::vector<WordPiece> SplitAtWhiteSpace(const TextWord& tw) {
  std::vector<WordPiece> out;
  const int n = tw.getLength();
  bool white = false;
  for (int i = 0; i < n && !white; ++i) white = u_isUWhiteSpace(static_cast<UChar32>(*tw.getChar(i)));
  if (!white) {
    std::unique_ptr<GooString> raw(tw.getText());
    WordPiece piece{raw ? std::move(raw->toNonConstStr()) : std::string(), {}, true};
    tw.getBBox(&piece.box.x0, &piece.box.y0, &piece.box.x1, &piece.box.y1);
    out.push_back(std::move(piece));
    return out;
  }
  WordPiece cur;
  bool open = false;
  for (int i = 0; i < n; ++i) {
    const auto c = static_cast<UChar32>(*tw.getChar(i));
    if (u_isUWhiteSpace(c)) {
      if (open) out.push_back(std::move(cur)), cur = {}, open = false;
      continue;
    }
    Box b;
    tw.getCharBBox(i, &b.x0, &b.y0, &b.x1, &b.y1);
    cur.box = open ? Box{std::min(cur.box.x0, b.x0), std::min(cur.box.y0, b.y0), std::max(cur.box.x1, b.x1),
                         std::max(cur.box.y1, b.y1)}
                   : b;
    text::AppendUtf8(cur.text, c);
    open = true;
  }
  if (open) out.push_back(std::move(cur));
  for (std::size_t i = 0; i + 1 < out.size(); ++i) out[i].last = false;
  return out;
}

// A font of the document: its name, shared by its words, and what the name
// says of its style.
struct Font {
  FontName name;
  bool bold_name = false;    // "bold", "black" or "heavy" in the name
  bool italic_name = false;  // "italic" or "oblique"
};

// The document's fonts by name, one Font each.
using FontNames = std::map<std::string, Font, std::less<>>;

const Font& FontOf(FontNames& fonts, const TextFontInfo* font) {
  static const Font kNone;
  if (!font || !font->getFontName()) return kNone;
  std::string name = StripSubset(font->getFontName()->toStr());
  auto it = fonts.find(name);
  if (it == fonts.end()) {
    Font f{FontName(name), Contains(name, "bold") || Contains(name, "black") || Contains(name, "heavy"),
           Contains(name, "italic") || Contains(name, "oblique")};
    it = fonts.emplace(name, std::move(f)).first;
  }
  return it->second;
}

Page ReadTextPage(PDFDoc& doc, GeometryOutputDev& dev, int number, const limits::Limits& lim,
                  FontNames& fonts) {
  Page page;
  page.number = number;
  page.rotation = ((doc.getPageRotate(number) % 360) + 360) % 360;
  double w = doc.getPageCropWidth(number), h = doc.getPageCropHeight(number);
  if (page.rotation == 90 || page.rotation == 270) std::swap(w, h);
  page.width = w;
  page.height = h;
  const PageCheck check = CheckPage(doc, number, w, h, lim);
  auto skip = [&](const std::string& why) {
    page.warnings.push_back({number, "page_over_limit", why + "; page skipped"});
    page.over_limit = true;
    return page;
  };
  if (!check.over.empty()) return skip(check.over);
  dev.ResetPage();
  // 72 dpi: device space is PDF points; rotate 0 means "apply /Rotate only";
  // crop box, not media box, as a viewer shows it. The device's budget
  // (characters, nesting, the document's deadline) can stop the pass.
  doc.displayPage(&dev, number, 72, 72, 0, /*useMediaBox=*/false, /*crop=*/true, /*printing=*/false,
                  &GeometryOutputDev::AbortCheck, &dev);
  if (!dev.stopped().empty()) {
    if (dev.stopped_by_time()) return page;  // the caller says why (document limit, cancel)
    std::unique_ptr<TextPage, void (*)(TextPage*)> dropped(dev.takeText(), [](TextPage* t) { if (t) t->decRefCnt(); });
    return skip(dev.stopped());
  }
  if (!dev.render_over().empty()) page.render_over_limit = dev.render_over();
  page.blank = dev.drew_nothing() && (check.empty_content ? *check.empty_content : ContentEmpty(doc, number, lim));
  std::unique_ptr<TextPage, void (*)(TextPage*)> text(dev.takeText(),
                                                        [](TextPage* t) { if (t) t->decRefCnt(); });
  if (text) {
    // The font of the word before: most words share their neighbour's. The
    // page's TextFontInfo objects live as long as `text`.
    const TextFontInfo* last_info = nullptr;
    const Font* last_font = &FontOf(fonts, nullptr);
    std::vector<int> line_words;
    // Room for Poppler's words, so that (unless some are split or dropped)
    // the words fill it and ReleaseSlack has nothing to copy.
    std::size_t poppler_words = 0;
    for (const TextFlow* flow = text->getFlows(); flow; flow = flow->getNext())
      for (const TextBlock* block = flow->getBlocks(); block; block = block->getNext())
        for (const ::TextLine* line = block->getLines(); line; line = line->getNext())
          for (const TextWord* tw = line->getWords(); tw; tw = tw->getNext()) ++poppler_words;
    page.words.reserve(std::min(poppler_words, limits::kMaxWordsPerPage));
    for (const TextFlow* flow = text->getFlows(); flow; flow = flow->getNext()) {
      for (const TextBlock* block = flow->getBlocks(); block; block = block->getNext()) {
        for (const ::TextLine* line = block->getLines(); line; line = line->getNext()) {
          line_words.clear();
          for (const TextWord* tw = line->getWords(); tw; tw = tw->getNext()) {
            for (WordPiece& piece : SplitAtWhiteSpace(*tw)) {
            if (page.words.size() >= limits::kMaxWordsPerPage) break;
            Word word;
            word.text = CleanWordText(std::move(piece.text));
            if (word.text.empty()) continue;
            word.box = piece.box;
            const TextFontInfo* font = tw->getFontInfo(0);
            if (font != last_info) last_info = font, last_font = &FontOf(fonts, font);
            word.font = last_font->name;
            word.font_size = tw->getFontSize();
            if (tw->getRotation() == 0) word.baseline = tw->getBaseline();
            word.bold = (font && font->isBold()) || last_font->bold_name;
            word.italic = (font && font->isItalic()) || last_font->italic_name;
            word.space_after = piece.last ? tw->getSpaceAfter() : true;
            double r = 0, g = 0, b = 0;
            tw->getColor(&r, &g, &b);
            word.color = PackRgb(r, g, b);
            line_words.push_back(static_cast<int>(page.words.size()));
            page.words.push_back(std::move(word));
            }
          }
          // Copied at its size: no spare room to release later.
          if (!line_words.empty()) page.lines.push_back({{line_words.begin(), line_words.end()}, {}});
        }
      }
    }
  }
  if (page.words.size() >= limits::kMaxWordsPerPage)
    page.warnings.push_back({number, "page_too_dense",
                             "more than limits::kMaxWordsPerPage words; the rest were dropped"});
  FinishLines(page);
  auto pieces = dev.TakeRulePieces();
  if (dev.rules_overflowed())
    page.warnings.push_back({number, "too_many_paths",
                             "more path segments than limits::kMaxRulesPerPage; ruling lines incomplete"});
  // Clip to the page; drop what lies outside it.
  std::vector<Rule> inside;
  for (Rule r : pieces) {
    r.x0 = std::clamp(r.x0, 0.0, w);
    r.x1 = std::clamp(r.x1, 0.0, w);
    r.y0 = std::clamp(r.y0, 0.0, h);
    r.y1 = std::clamp(r.y1, 0.0, h);
    if (r.x1 - r.x0 > 0 || r.y1 - r.y0 > 0) inside.push_back(r);
  }
  page.rules = MergeRules(std::move(inside));
  for (const Box& m : dev.TakeMarks())
    if (m.x0 >= 0 && m.y0 >= 0 && m.x1 <= w && m.y1 <= h) page.marks.push_back(m);
  page.has_text_layer = HasUsableText(page);
  page.source = page.has_text_layer ? PageSource::kText : PageSource::kNone;
  ReleaseSlack(page);
  return page;
}

Error DocumentTimeLimit(const std::string& path, const Options& options) {
  return Error{ErrorKind::kLimit, path, std::nullopt,
               "reading took longer than the limit of " + std::to_string(options.limits.document_seconds) +
                   " seconds per document (limit document_seconds, --doc-seconds)"};
}

Error Cancelled(const std::string& path) {
  return Error{ErrorKind::kInternal, path, std::nullopt, "reading was interrupted"};
}

Result<Document> OpenImpl(const std::string& path, const std::string& data, Options options) {
  if (options.limits.document_seconds > 0)
    options.deadline = std::chrono::steady_clock::now() + std::chrono::seconds(options.limits.document_seconds);
  auto late = [&] { return options.deadline && std::chrono::steady_clock::now() > *options.deadline; };
  auto cancelled = [&] { return options.cancel && options.cancel->load(); };
  if (data.empty()) return Error{ErrorKind::kNotPdf, path, std::nullopt, "empty file, not a PDF"};
  if (data.substr(0, 1024).find("%PDF-") == std::string::npos)
    return Error{ErrorKind::kNotPdf, path, std::nullopt, "not a PDF file (no %PDF- header)"};

  Document out;
  out.path = path;
  out.file_name = std::filesystem::path(path).filename().string();
  out.sha256 = Sha256Hex(data);

  InitPoppler();
  PopplerMessages collected;
  const std::vector<std::string>& messages = collected.list();

  Object dict;
  auto* stream = new MemStream(data.data(), 0, static_cast<Goffset>(data.size()), std::move(dict));
  bool reconstructed = false;
  PDFDoc doc(stream, std::nullopt, std::nullopt, nullptr, [&reconstructed] { reconstructed = true; });
  if (!doc.isOk()) {
    if (doc.getErrorCode() == errEncrypted)
      return Error{ErrorKind::kEncrypted, path, std::nullopt, "encrypted PDF: a password is required"};
    std::string why = messages.empty() ? "" : ": " + messages.back();
    return Error{ErrorKind::kDamaged, path, std::nullopt, "damaged PDF that cannot be repaired" + why};
  }
  out.page_count = doc.getNumPages();
  if (out.page_count <= 0)
    return Error{ErrorKind::kDamaged, path, std::nullopt, "damaged PDF: no pages could be found"};
  int first = std::max(1, options.first_page);
  int last = options.last_page > 0 ? std::min(options.last_page, out.page_count) : out.page_count;
  if (first > out.page_count)
    return Error{ErrorKind::kUsage, path, first,
                 "no such page (the document has " + std::to_string(out.page_count) + ")"};
  if (last - first + 1 > options.limits.max_pages)
    return Error{ErrorKind::kLimit, path, std::nullopt,
                 std::to_string(last - first + 1) + " pages is over the limit of " +
                     std::to_string(options.limits.max_pages) +
                     " pages (limit max_pages, --max-pages); read a range with --page"};
  if (options.on_page) options.on_page({0, last - first + 1, false});
  if (reconstructed)
    out.warnings.push_back({std::nullopt, "pdf_repaired",
                            "the cross-reference table was damaged and has been reconstructed"});

  FontNames fonts;
  for (int n = first; n <= last; ++n) {
    std::size_t before = messages.size();
    // A fresh device per page: TextOutputDev::takeText() leaves the device
    // unable to collect the next page's words.
    PageBudget budget;
    budget.deadline = options.deadline;
    budget.cancel = options.cancel;
    GeometryOutputDev dev(budget);
    if (!dev.isOk()) return Error{ErrorKind::kInternal, path, n, "cannot create text device"};
    if (late()) return DocumentTimeLimit(path, options);
    if (cancelled()) return Cancelled(path);
    Page page = ReadTextPage(doc, dev, n, options.limits, fonts);
    if (dev.stopped_by_time()) return late() ? DocumentTimeLimit(path, options) : Cancelled(path);
    if (messages.size() > before)
      page.warnings.push_back({n, "pdf_syntax", messages[before] +
                                                    (messages.size() - before > 1
                                                         ? " (+" + std::to_string(messages.size() - before - 1) + " more)"
                                                         : "")});
    out.pages.push_back(std::move(page));
  }
  collected.Stop();  // the text pass is over; OCR renders on this thread too
  RepairAndOcr(out, options);
  if (cancelled()) return Cancelled(path);
  if (late()) return DocumentTimeLimit(path, options);
  return out;
}

// Runs `read`; an exception from Poppler or the standard library becomes an
// Error naming the file.
template <typename Read>
Result<Document> Guarded(const std::string& path, Read read) {
  try {
    return read();
  } catch (const std::exception& e) {
    return Error{ErrorKind::kInternal, path, std::nullopt, std::string("internal error: ") + e.what()};
  } catch (...) {
    return Error{ErrorKind::kInternal, path, std::nullopt, "internal error"};
  }
}

}  // namespace

Result<Document> Open(const std::string& path, const Options& options) {
  return Guarded(path, [&]() -> Result<Document> {
    auto bytes = ReadFileBytes(path);
    if (!bytes) return bytes.error();
    return OpenImpl(path, bytes.value(), options);
  });
}

Result<std::string> ReadInput(const std::string& path) {
  try {
    return ReadFileBytes(path);
  } catch (const std::exception& e) {  // out of memory for a large file
    return Error{ErrorKind::kIo, path, std::nullopt, std::string("cannot read: ") + e.what()};
  }
}

Result<Document> OpenBytes(const std::string& path, const std::string& bytes, const Options& options) {
  return Guarded(path, [&] { return OpenImpl(path, bytes, options); });
}

}  // namespace ogpx::ingest
