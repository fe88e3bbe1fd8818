#include "ingest/page_text.h"

#include <algorithm>
#include <mutex>
#include <set>
#include <utility>

#include "base/text.h"

namespace ogpx::ingest {

namespace {

// The interned font names: never freed, so a FontName stays valid however it
// is copied (one string per distinct name in the process; a document's fonts
// are bounded by limits::Limits).
std::mutex font_names_mu;
std::set<std::string, std::less<>>& FontNames() {
  static auto* names = new std::set<std::string, std::less<>>;
  return *names;
}

}  // namespace

FontName::FontName(std::string_view name) {
  if (name.empty()) return;
  std::lock_guard lock(font_names_mu);
  auto& names = FontNames();
  auto it = names.find(name);
  if (it == names.end()) it = names.emplace(name).first;
  name_ = &*it;
}

const std::string& FontName::str() const {
  static const std::string kNone;
  return name_ ? *name_ : kNone;
}

void ReleaseSlack(Page& page) {
  page.words.shrink_to_fit();
  for (TextLine& line : page.lines) line.words.shrink_to_fit();
  page.lines.shrink_to_fit();
  page.rules.shrink_to_fit();
}

std::string CleanWordText(std::string raw) {
  // Printable ASCII without white space (most words) is already clean: no
  // ligature, NFC, no control character, nothing to fold.
  if (std::all_of(raw.begin(), raw.end(), [](char c) { return c > ' ' && c < 0x7F; })) return raw;
  std::string s = text::Nfc(text::ExpandLigatures(raw));
  std::string out;
  out.reserve(s.size());
  for (unsigned char c : s)
    if (c >= 0x20 || c == '\t') out.push_back(static_cast<char>(c));
  return text::FoldWhitespace(out);
}

void FinishLines(Page& page) {
  std::erase_if(page.lines, [](const TextLine& l) { return l.words.empty(); });
  for (TextLine& line : page.lines) {
    Box b = page.words[line.words.front()].box;
    for (int i : line.words) {
      const Box& w = page.words[i].box;
      b.x0 = std::min(b.x0, w.x0);
      b.y0 = std::min(b.y0, w.y0);
      b.x1 = std::max(b.x1, w.x1);
      b.y1 = std::max(b.y1, w.y1);
    }
    line.box = b;
  }
}

bool HasUsableText(const Page& page) {
  std::size_t alnum = 0;
  for (const Word& w : page.words)
    for (unsigned char c : w.text)
      if (std::isalnum(c) || c >= 0xC0) ++alnum;  // ASCII alnum or a UTF-8 lead byte
  return alnum >= 20;
}

std::string LineText(const Page& page, const TextLine& line) {
  std::string out;
  for (std::size_t i = 0; i < line.words.size(); ++i) {
    const Word& w = page.words[line.words[i]];
    out += w.text;
    if (i + 1 < line.words.size()) out += ' ';
  }
  return out;
}

}  // namespace ogpx::ingest
