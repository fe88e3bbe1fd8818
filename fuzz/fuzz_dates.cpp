// Dates, periods, year spans and ordinals (extract/dates.h, numbers.h).
#include <string>

#include "extract/common/dates.h"
#include "extract/common/numbers.h"
#include "fuzz/fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  std::string s(reinterpret_cast<const char*>(data), size);
  using namespace ogpx::extract;
  if (auto d = ParseDate(s)) (void)d->Iso();
  (void)FindDate(s);
  (void)ParsePeriod(s);
  if (auto span = ParseYearSpan(s); span && span->start && span->end && *span->start > *span->end) std::abort();
  (void)ParseOrdinal(s);
  (void)ParseRoman(s);
  return 0;
}
