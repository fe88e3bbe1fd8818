// page_slots: holding one of a batch's PageSlots (ingest.h) while a page is
// read (internal to ingest/).
#pragma once

#include <functional>

#include "ingest/ingest.h"

namespace ogpx::ingest {

// Takes a place of `slots` (none needed when null) and gives it back when
// destroyed. held() is false when `give_up` ended the wait.
class PageSlot {
 public:
  PageSlot(PageSlots* slots, const std::function<bool()>& give_up)
      : slots_(slots), held_(slots == nullptr || slots->Acquire(give_up)) {}
  ~PageSlot() {
    if (slots_ != nullptr && held_) slots_->Release();
  }
  PageSlot(const PageSlot&) = delete;
  PageSlot& operator=(const PageSlot&) = delete;
  bool held() const { return held_; }

 private:
  PageSlots* slots_;
  bool held_;
};

}  // namespace ogpx::ingest
