#include "ingest/poppler_globals.h"

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <mutex>

#include <fontconfig/fontconfig.h>
#include "ingest/ingest.h"

#include <poppler/Error.h>
#include <poppler/GlobalParams.h>

namespace ogpx::ingest {
namespace {

thread_local std::vector<std::string>* t_sink = nullptr;

void OnPopplerError(ErrorCategory category, Goffset pos, const char* msg) {
  if (!t_sink || t_sink->size() >= 50) return;
  if (category == errInternal || category == errIO || category == errSyntaxError ||
      category == errSyntaxWarning || category == errUnimplemented) {
    std::string m = msg ? msg : "";
    if (pos >= 0) m += " (byte " + std::to_string(pos) + ")";
    t_sink->push_back(std::move(m));
  }
}

}  // namespace

void InitPoppler() {
  // Never destroyed: the globals must outlive every reader thread.
  static GlobalParamsIniter* initer = new GlobalParamsIniter(&OnPopplerError);
  (void)initer;
  static std::once_flag once;
  std::call_once(once, [] { globalParams->setErrQuiet(false); });
}

void LoadFonts() {
  static std::once_flag once;
  std::call_once(once, [] {
    std::fflush(stderr);
    const int saved = ::dup(STDERR_FILENO);
    const int null = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
    if (saved >= 0 && null >= 0) ::dup2(null, STDERR_FILENO);
    FcInit();  // builds the font list Poppler's Splash looks fonts up in
    std::fflush(stderr);
    if (saved >= 0) {
      ::dup2(saved, STDERR_FILENO);
      ::close(saved);
    }
    if (null >= 0) ::close(null);
  });
}

PopplerMessages::PopplerMessages() { t_sink = &messages_; }
PopplerMessages::~PopplerMessages() { Stop(); }
void PopplerMessages::Stop() {
  if (t_sink == &messages_) t_sink = nullptr;
}

}  // namespace ogpx::ingest
