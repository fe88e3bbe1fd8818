// Ctrl-C and `kill` during `ogpx ingest`: SIGINT and SIGTERM set a flag the
// batch watches (cli/batch.h: it stops between documents and abandons the
// reads in progress) instead of ending the process at once, so that the
// summary and --report of what was done are still written. The handler is
// one-shot: a second signal ends the process at once (the database stays
// whole: each document is one transaction). Exit code 128 + the signal's
// number (130 for SIGINT, 143 for SIGTERM), as a shell reports a process
// killed by it (docs/cli.md).
#pragma once

#include <atomic>
#include <string>

namespace ogpx::cli {

class InterruptWatch {
 public:
  InterruptWatch();   // installs the handlers
  ~InterruptWatch();  // restores the previous ones
  InterruptWatch(const InterruptWatch&) = delete;
  InterruptWatch& operator=(const InterruptWatch&) = delete;

  // True once SIGINT or SIGTERM arrived.
  const std::atomic<bool>& flag() const;
  // The signal that arrived (0 = none).
  int signal() const;
  // "SIGINT", "SIGTERM" ("" when none arrived).
  std::string name() const;
};

}  // namespace ogpx::cli
