#include "cli/interrupt.h"

#include <signal.h>

#include <utility>

namespace ogpx::cli {
namespace {

// Lock-free, so setting them is safe in a signal handler.
std::atomic<bool> g_interrupted{false};
std::atomic<int> g_signal{0};
static_assert(std::atomic<bool>::is_always_lock_free && std::atomic<int>::is_always_lock_free);

struct sigaction g_old_int {}, g_old_term {};

void OnSignal(int sig) {
  g_signal.store(sig);
  g_interrupted.store(true);
}

}  // namespace

InterruptWatch::InterruptWatch() {
  g_interrupted.store(false);
  g_signal.store(0);
  struct sigaction act {};
  act.sa_handler = &OnSignal;
  sigemptyset(&act.sa_mask);
  act.sa_flags = SA_RESETHAND;  // one-shot: the next signal has its default effect
  // A signal ignored when ogpx started (SIGINT of a job started with '&' by
  // a non-interactive shell) stays ignored.
  for (auto [sig, old] : {std::pair{SIGINT, &g_old_int}, std::pair{SIGTERM, &g_old_term}}) {
    ::sigaction(sig, nullptr, old);
    if (old->sa_handler != SIG_IGN) ::sigaction(sig, &act, nullptr);
  }
}

InterruptWatch::~InterruptWatch() {
  ::sigaction(SIGINT, &g_old_int, nullptr);
  ::sigaction(SIGTERM, &g_old_term, nullptr);
}

const std::atomic<bool>& InterruptWatch::flag() const { return g_interrupted; }

int InterruptWatch::signal() const { return g_signal.load(); }

std::string InterruptWatch::name() const {
  switch (g_signal.load()) {
    case SIGINT: return "SIGINT";
    case SIGTERM: return "SIGTERM";
    case 0: return "";
  }
  return "signal " + std::to_string(g_signal.load());
}

}  // namespace ogpx::cli
