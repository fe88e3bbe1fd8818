// Poppler's process-wide state, set up in one place for every reader in
// ingest/ (text layer, page rendering for OCR). Private to ingest/.
//
// InitPoppler() creates Poppler's global parameters once for the life of the
// process and installs the error callback. Poppler counts holders of its
// globals and only the first one creates them and installs a callback, so all
// readers must go through here, whichever runs first.
//
// PopplerMessages collects the messages Poppler reports on the calling
// thread while it is alive (at most 50); other threads are not affected.
#pragma once

#include <string>
#include <vector>

namespace ogpx::ingest {

void InitPoppler();

class PopplerMessages {
 public:
  PopplerMessages();   // starts collecting on this thread
  ~PopplerMessages();  // stops
  PopplerMessages(const PopplerMessages&) = delete;
  PopplerMessages& operator=(const PopplerMessages&) = delete;

  const std::vector<std::string>& list() const { return messages_; }
  void Stop();         // stops early; list() stays readable

 private:
  std::vector<std::string> messages_;
};

}  // namespace ogpx::ingest
