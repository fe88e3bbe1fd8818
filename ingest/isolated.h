// isolated: a piece of work that can be abandoned at a deadline (internal to
// ingest/). Tesseract's deadline and cancel callback (ETEXT_DESC) cover word
// recognition only, not its page layout analysis or paragraph detection
// (tesseract/ocrclass.h says so), and a thread cannot be stopped from
// outside. So the work runs in a child process (fork), which is killed
// (SIGKILL) at the deadline or when the caller cancels; everything it
// allocated goes with it.
//
// The child is a copy of the caller's memory: it sees engines already
// initialised, and whatever it changes stays in the child. It must only
// compute and return bytes: no locks that another thread of the parent may
// have held at the fork (no Poppler, no ICU first-time initialisation, no
// stdio on shared streams). Output travels back through a pipe.
//
// Thread-safety: RunIsolated may be called from several threads at once.
#pragma once

#include <atomic>
#include <chrono>
#include <functional>
#include <string>

namespace ogpx::ingest {

enum class IsolatedStatus {
  kOk,         // `output` holds what the work returned
  kTimeout,    // killed at the deadline
  kCancelled,  // killed because *cancel became true
  kFailed,     // the child died or exited with an error (`error` says how)
  kNoProcess,  // fork() failed: nothing ran; the caller may run the work itself
};

struct IsolatedResult {
  IsolatedStatus status = IsolatedStatus::kFailed;
  std::string output;
  std::string error;
};

// Runs `work` in a child process and returns the bytes it produced. The
// child is killed at `deadline` or once `cancel` (may be null) is true,
// checked every few tens of milliseconds. An exception thrown by `work`
// ends the child with kFailed.
IsolatedResult RunIsolated(const std::function<std::string()>& work, std::chrono::steady_clock::time_point deadline,
                           const std::atomic<bool>* cancel);

}  // namespace ogpx::ingest
