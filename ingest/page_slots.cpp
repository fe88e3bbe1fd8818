// PageSlots (ingest.h) and PageSlot (page_slots.h).
#include "ingest/page_slots.h"

#include <chrono>

namespace ogpx::ingest {
namespace {

// How often a wait for a place asks `give_up` (Ctrl-C, the document's
// time limit): short beside a page's OCR, long beside a wake-up.
constexpr std::chrono::milliseconds kGiveUpPoll{100};

}  // namespace

bool PageSlots::Acquire(const std::function<bool()>& give_up) {
  std::unique_lock lock(mu_);
  while (free_ == 0) {
    if (give_up && give_up()) return false;
    freed_.wait_for(lock, kGiveUpPoll);
  }
  --free_;
  return true;
}

void PageSlots::Release() {
  {
    std::lock_guard lock(mu_);
    ++free_;
  }
  freed_.notify_one();
}

}  // namespace ogpx::ingest
