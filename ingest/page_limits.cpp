#include "ingest/page_limits.h"

#include <cmath>
#include <cstdio>
#include <optional>

#include <poppler/PDFDoc.h>
#include <poppler/Stream.h>

namespace ogpx::ingest {
namespace {

// Above this a number is written in exponent form.
constexpr double kLargestPlain = 1e15;

struct Decoded {
  std::size_t bytes = 0;   // counted no further than the cap + 1
  bool ink = false;        // a byte other than white space
};

// Bytes of `stream` once decoded, counting no further than `cap` + 1.
Decoded DecodedSize(Object& stream, std::size_t cap) {
  Decoded out;
  if (!stream.isStream()) return out;
  Stream* s = stream.getStream();
  s->reset();
  unsigned char buf[4096];
  for (int got; out.bytes <= cap && (got = s->doGetChars(sizeof buf, buf)) > 0;) {
    out.bytes += static_cast<std::size_t>(got);
    for (int i = 0; i < got && !out.ink; ++i)
      out.ink = !(buf[i] == ' ' || buf[i] == '\n' || buf[i] == '\r' || buf[i] == '\t' || buf[i] == '\f' || buf[i] == 0);
  }
  s->close();
  return out;
}

// The most one encoded byte of a stream can decode to through each filter
// whose output is bounded: Flate (deflate's limit, 1032:1: 258 bytes from
// two bits), ASCII85 ("z", four zero bytes), RunLength (128 bytes from two),
// ASCIIHex (half a byte).
constexpr double kFlateRatio = 1032;
constexpr double kAscii85Ratio = 4;
constexpr double kRunLengthRatio = 64;

// The most bytes `stream` can decode to, from its encoded length and its
// filters; nullopt when a filter's output is not bounded so (LZW, images,
// decryption, ...).
std::optional<double> DecodedBound(Object& stream) {
  if (!stream.isStream()) return 0.0;
  double ratio = 1;
  for (Stream* s = stream.getStream(); s != nullptr; s = s->getNextStream()) {
    if (s == s->getBaseStream()) return ratio * static_cast<double>(s->getBaseStream()->getLength());
    switch (s->getKind()) {
      case strFlate: ratio *= kFlateRatio; break;
      case strASCII85: ratio *= kAscii85Ratio; break;
      case strRunLength: ratio *= kRunLengthRatio; break;
      case strASCIIHex: break;
      default: return std::nullopt;
    }
  }
  return std::nullopt;
}

// Calls `each` with each content stream of `page`, while it returns true.
template <typename Each>
void ForEachContent(::Page& page, Each each) {
  Object contents = page.getContents();
  if (contents.isArray()) {
    for (int i = 0; i < contents.arrayGetLength(); ++i) {
      Object part = contents.arrayGet(i);
      if (!each(part)) return;
    }
  } else {
    each(contents);
  }
}

// Decodes the page's content streams, no further than `cap` + 1 bytes in all.
Decoded DecodeContents(::Page& page, std::size_t cap) {
  Decoded total;
  ForEachContent(page, [&](Object& part) {
    Decoded d = DecodedSize(part, cap - total.bytes);
    total.bytes += d.bytes;
    total.ink = total.ink || d.ink;
    return total.bytes <= cap;
  });
  return total;
}

}  // namespace

std::string WholeNumber(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, std::isfinite(v) && std::fabs(v) < kLargestPlain ? "%.0f" : "%.3g", v);
  return buf;
}

PageCheck CheckPage(PDFDoc& doc, int number, double width, double height, const limits::Limits& lim) {
  PageCheck out;
  if (!(width <= lim.max_page_side && height <= lim.max_page_side)) {  // NaN too
    out.over = "page is " + WholeNumber(width) + " x " + WholeNumber(height) + " points, over the limit of " +
               WholeNumber(lim.max_page_side) + " points a side (limit max_page_side, --max-page-side)";
    return out;
  }
  ::Page* page = doc.getPage(number);
  if (!page) return out;
  // Most pages: Flate streams whose encoded length keeps them far under the
  // limit need no decoding here (the text pass decodes them anyway).
  std::optional<double> bound = 0.0;
  ForEachContent(*page, [&](Object& part) {
    const std::optional<double> b = DecodedBound(part);
    bound = b ? std::optional<double>(*bound + *b) : std::nullopt;
    return bound.has_value();
  });
  if (!bound || *bound > static_cast<double>(lim.max_stream_bytes)) {
    const Decoded total = DecodeContents(*page, lim.max_stream_bytes);
    if (total.bytes > lim.max_stream_bytes) {
      out.over = "content streams decompress to more than " + std::to_string(lim.max_stream_bytes) +
                 " bytes (limit max_stream_bytes, --max-stream-bytes)";
      return out;
    }
    out.empty_content = !total.ink;
  }
  Dict* resources = page->getResourceDict();
  if (!resources) return out;
  Object xobjects = resources->lookup("XObject");
  if (!xobjects.isDict()) return out;
  for (int i = 0; i < xobjects.dictGetLength(); ++i) {
    Object x = xobjects.dictGetVal(i);
    if (!x.isStream()) continue;
    Dict* d = x.streamGetDict();
    Object w = d->lookup("Width"), h = d->lookup("Height");
    if (!w.isNum() || !h.isNum()) continue;
    const double pixels = w.getNum() * h.getNum();
    if (!(pixels <= static_cast<double>(lim.max_image_pixels))) {
      out.over = "an image of " + WholeNumber(w.getNum()) + " x " + WholeNumber(h.getNum()) + " pixels is over " +
                 std::to_string(lim.max_image_pixels) + " pixels (limit max_image_pixels, --max-image-pixels)";
      return out;
    }
  }
  return out;
}

bool ContentEmpty(PDFDoc& doc, int number, const limits::Limits& lim) {
  ::Page* page = doc.getPage(number);
  return page != nullptr && !DecodeContents(*page, lim.max_stream_bytes).ink;
}

}  // namespace ogpx::ingest
