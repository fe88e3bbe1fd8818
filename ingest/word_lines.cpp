#include "ingest/word_lines.h"

#include <cstdint>
#include <cstring>

namespace ogpx::ingest {
namespace {

template <typename T>
void Put(std::string& out, T value) {
  out.append(reinterpret_cast<const char*>(&value), sizeof value);
}

// Reads values off the front of a byte string; every Get fails once the
// bytes run out.
class Reader {
 public:
  explicit Reader(const std::string& bytes) : bytes_(bytes) {}
  template <typename T>
  bool Get(T& value) {
    if (bytes_.size() - at_ < sizeof value) return false;
    std::memcpy(&value, bytes_.data() + at_, sizeof value);
    at_ += sizeof value;
    return true;
  }
  bool GetText(std::string& text) {
    std::uint32_t n = 0;
    if (!Get(n) || bytes_.size() - at_ < n) return false;
    text.assign(bytes_, at_, n);
    at_ += n;
    return true;
  }
  bool done() const { return at_ == bytes_.size(); }

 private:
  const std::string& bytes_;
  std::size_t at_ = 0;
};

}  // namespace

std::string EncodeReading(const Reading& reading) {
  std::string out;
  out.push_back(static_cast<char>(reading.status));
  Put(out, static_cast<std::uint32_t>(reading.lines.size()));
  for (const WordLine& line : reading.lines) {
    Put(out, static_cast<std::uint32_t>(line.size()));
    for (const Word& w : line) {
      Put(out, static_cast<std::uint32_t>(w.text.size()));
      out += w.text;
      for (double v : {w.box.x0, w.box.y0, w.box.x1, w.box.y1, static_cast<double>(w.confidence), w.font_size,
                       w.baseline})
        Put(out, v);
    }
  }
  return out;
}

bool DecodeReading(const std::string& bytes, Reading& reading) {
  reading = {};
  if (bytes.empty()) return false;
  const char status = bytes[0];
  if (status != static_cast<char>(ReadingStatus::kOk) && status != static_cast<char>(ReadingStatus::kTimeout) &&
      status != static_cast<char>(ReadingStatus::kFailed))
    return false;
  reading.status = static_cast<ReadingStatus>(status);
  const std::string rest = bytes.substr(1);
  Reader in(rest);
  std::uint32_t lines = 0;
  if (!in.Get(lines)) return false;
  for (std::uint32_t i = 0; i < lines; ++i) {
    std::uint32_t words = 0;
    if (!in.Get(words)) return false;
    WordLine line;
    for (std::uint32_t k = 0; k < words; ++k) {
      Word w;
      if (!in.GetText(w.text)) return false;
      double confidence = 0;
      for (double* v : {&w.box.x0, &w.box.y0, &w.box.x1, &w.box.y1, &confidence, &w.font_size, &w.baseline})
        if (!in.Get(*v)) return false;
      w.confidence = static_cast<float>(confidence);
      line.push_back(std::move(w));
    }
    reading.lines.push_back(std::move(line));
  }
  return in.done();
}

}  // namespace ogpx::ingest
