// ICU helpers on arbitrary bytes (base/text.h): invalid UTF-8 included.
#include <string>

#include "fuzz/fuzz.h"
#include "base/text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  std::string s(reinterpret_cast<const char*>(data), size);
  using namespace ogpx::text;
  std::string key = OrgKey(s);
  if (OrgKey(key) != OrgKey(OrgKey(key))) std::abort();  // keys are stable
  (void)Nfc(s);
  (void)FoldForMatch(s);
  (void)FoldWhitespace(s);
  (void)ScriptOf(s);
  (void)LanguageOf(s);
  (void)ExpandLigatures(s);
  return 0;
}
