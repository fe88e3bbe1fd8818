// A batch's page slots (ingest/ingest.h, PageSlots): OCR'd pages of the
// documents read at once share them, a page is read only while holding one,
// and an engine is borrowed per page (ingest/ocr.cpp), so two documents read
// at once with one slot need one engine and lose no page.
#include <gtest/gtest.h>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "ingest/ingest.h"
#include "ingest/ocr.h"
#include "ingest/ocr_engine.h"
#include "ingest/page_slots.h"

namespace ogpx::ingest {
namespace {

const std::string kEnglish = std::string(OGPX_SAMPLES_DIR) + "/order-120-en-scan.pdf";
const std::string kMongolian = std::string(OGPX_SAMPLES_DIR) + "/order-120-mn-scan.pdf";

TEST(PageSlots, AWaitEndsWhenASlotIsGivenBackOrWhenGivenUp) {
  PageSlots slots(1);
  ASSERT_TRUE(slots.Acquire(nullptr));
  int asked = 0;
  EXPECT_FALSE(slots.Acquire([&] { return ++asked >= 2; })) << "no slot is free";
  EXPECT_GE(asked, 2);

  std::atomic<bool> got{false};
  std::thread waiter([&] {
    PageSlot slot(&slots, nullptr);
    got = slot.held();
  });
  EXPECT_FALSE(got.load()) << "the only slot is still held";
  slots.Release();
  waiter.join();
  EXPECT_TRUE(got.load());
  // The waiter's PageSlot gave its slot back when it went.
  PageSlot again(&slots, [] { return true; });
  EXPECT_TRUE(again.held());
}

TEST(PageSlots, TwoDocumentsSharingOneSlotReadEveryPageWithOneEngine) {
  PageSlots slots(1);
  Options options;
  options.jobs = 2;  // each document may use two threads...
  options.page_slots = &slots;  // ...but only one page is read at a time
  const EngineCounts start = CountEngines();
  std::vector<Page> english, mongolian;
  std::thread other([&] { mongolian = OcrPages(kMongolian, {1}, options); });
  english = OcrPages(kEnglish, {1, 2}, options);
  other.join();
  ASSERT_EQ(english.size(), 2u);
  ASSERT_EQ(mongolian.size(), 1u);
  for (const Page& page : english) EXPECT_FALSE(page.words.empty()) << "English page " << page.number;
  EXPECT_FALSE(mongolian[0].words.empty());
  EXPECT_LE(CountEngines().engines - start.engines, 1) << "more engines than pages read at once";
}

}  // namespace
}  // namespace ogpx::ingest
