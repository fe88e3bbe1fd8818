// Test helper: the words of a sample PDF as ingest::Page values, read with
// Poppler's `pdftotext -bbox` (the same text layer ingest reads). Used by the
// legacy-font tests. Every word gets the font name passed in, because
// pdftotext does not report fonts; per-font behaviour is tested by giving
// pages of different files different font names.
#pragma once

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "ingest/ingest.h"

namespace ogpx::testing {

inline std::string XmlUnescape(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out += s[i];
      continue;
    }
    static const std::pair<const char*, char> kEntities[] = {
        {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
    bool matched = false;
    for (const auto& [name, ch] : kEntities) {
      if (s.compare(i, std::char_traits<char>::length(name), name) == 0) {
        out += ch;
        i += std::char_traits<char>::length(name) - 1;
        matched = true;
        break;
      }
    }
    if (!matched) out += '&';
  }
  return out;
}

inline double Attr(const std::string& tag, const std::string& name) {
  const size_t p = tag.find(name + "=\"");
  if (p == std::string::npos) return 0;
  return std::stod(tag.substr(p + name.size() + 2));
}

// Empty vector when pdftotext fails.
inline std::vector<ingest::Page> PdfToTextPages(const std::string& pdf, const std::string& font) {
  std::vector<ingest::Page> pages;
  const std::string cmd = "pdftotext -q -bbox '" + pdf + "' - 2>/dev/null";
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(cmd.c_str(), "r"), pclose);
  if (!pipe) return pages;
  std::string xml;
  char buf[4096];
  size_t n = 0;
  while ((n = fread(buf, 1, sizeof buf, pipe.get())) > 0) xml.append(buf, n);
  size_t pos = 0;
  while (true) {
    const size_t page_at = xml.find("<page ", pos);
    const size_t word_at = xml.find("<word ", pos);
    if (word_at == std::string::npos && page_at == std::string::npos) break;
    if (page_at != std::string::npos && (word_at == std::string::npos || page_at < word_at)) {
      const size_t end = xml.find('>', page_at);
      const std::string tag = xml.substr(page_at, end - page_at);
      ingest::Page page;
      page.number = static_cast<int>(pages.size()) + 1;
      page.width = Attr(tag, "width");
      page.height = Attr(tag, "height");
      page.has_text_layer = true;
      page.source = ingest::PageSource::kText;
      pages.push_back(page);
      pos = end;
      continue;
    }
    const size_t tag_end = xml.find('>', word_at);
    const size_t close = xml.find("</word>", tag_end);
    if (tag_end == std::string::npos || close == std::string::npos || pages.empty()) break;
    const std::string tag = xml.substr(word_at, tag_end - word_at);
    ingest::Word w;
    w.text = XmlUnescape(xml.substr(tag_end + 1, close - tag_end - 1));
    w.box = {Attr(tag, "xMin"), Attr(tag, "yMin"), Attr(tag, "xMax"), Attr(tag, "yMax")};
    w.font = font;
    pages.back().words.push_back(std::move(w));
    pos = close;
  }
  return pages;
}

inline std::vector<std::string> WordTexts(const std::vector<ingest::Page>& pages) {
  std::vector<std::string> out;
  for (const auto& p : pages) {
    for (const auto& w : p.words) out.push_back(w.text);
  }
  return out;
}

}  // namespace ogpx::testing
