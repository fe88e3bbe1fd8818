#include "ingest/page_limits.h"

#include <cmath>
#include <cstdio>

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
  Object contents = page->getContents();
  Decoded total;
  auto add = [&](Object& part) {
    Decoded d = DecodedSize(part, lim.max_stream_bytes - total.bytes);
    total.bytes += d.bytes;
    total.ink = total.ink || d.ink;
  };
  if (contents.isArray()) {
    for (int i = 0; i < contents.arrayGetLength() && total.bytes <= lim.max_stream_bytes; ++i) {
      Object part = contents.arrayGet(i);
      add(part);
    }
  } else {
    add(contents);
  }
  if (total.bytes > lim.max_stream_bytes) {
    out.over = "content streams decompress to more than " + std::to_string(lim.max_stream_bytes) +
               " bytes (limit max_stream_bytes, --max-stream-bytes)";
    return out;
  }
  out.empty_content = !total.ink;
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

}  // namespace ogpx::ingest
