// ingest::Open on the real samples: words, lines, ruling lines, text layer.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "ingest/ingest.h"
#include "support/pdf_bytes.h"

namespace ogpx::ingest {
namespace {

std::string Sample(const std::string& name) { return std::string(OGPX_SAMPLES_DIR) + "/" + name; }

Document OpenOk(const std::string& name, Options options = {}) {
  options.ocr = OcrMode::kNever;
  auto doc = Open(Sample(name), options);
  EXPECT_TRUE(doc.ok()) << (doc.ok() ? "" : doc.error().ToString());
  return doc.ok() ? std::move(doc).value() : Document{};
}

// Finds `phrase` as consecutive words on a page; returns their indexes.
std::vector<int> FindPhrase(const Page& page, const std::vector<std::string>& phrase) {
  for (std::size_t i = 0; i + phrase.size() <= page.words.size(); ++i) {
    bool all = true;
    for (std::size_t k = 0; k < phrase.size() && all; ++k) all = page.words[i + k].text == phrase[k];
    if (all) {
      std::vector<int> idx;
      for (std::size_t k = 0; k < phrase.size(); ++k) idx.push_back(static_cast<int>(i + k));
      return idx;
    }
  }
  return {};
}

const std::vector<std::string> kTitle = {"Commitment", "1.", "Advancing", "extractive", "industry",
                                         "transparency"};

void ExpectTitleOnSomePage(const Document& doc) {
  bool found = false;
  for (const Page& page : doc.pages) {
    auto idx = FindPhrase(page, kTitle);
    if (idx.empty()) continue;
    found = true;
    // In reading order on one line: boxes go left to right at the same height.
    for (std::size_t k = 1; k < idx.size(); ++k) {
      const Box& a = page.words[idx[k - 1]].box;
      const Box& b = page.words[idx[k]].box;
      EXPECT_LT(a.x1, b.x0 + 0.5);
      EXPECT_NEAR(a.cy(), b.cy(), 1.5);
    }
    for (int i : idx) {
      const Box& b = page.words[i].box;
      EXPECT_GT(b.width(), 3);
      EXPECT_GT(b.height(), 5);
      EXPECT_LT(b.height(), 20);
      EXPECT_GE(b.x0, 0);
      EXPECT_LE(b.x1, page.width);
      EXPECT_GT(page.words[i].font_size, 6);
    }
    break;
  }
  EXPECT_TRUE(found) << doc.file_name;
}

// A one-page PDF whose page shows `lines` in Helvetica, one per 16 points.
std::string TextPdf(const std::vector<std::string>& lines) {
  std::string content = "BT /F1 11 Tf 72 740 Td 16 TL\n";
  for (const auto& l : lines) content += "(" + l + ") Tj T*\n";
  content += "ET\n";
  const std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> "
      "/Contents 5 0 R >>",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
      "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "endstream",
  };
  return ogpx::testing::PdfFromObjects(objects);
}

TEST(PdfReader, ContentsPageWithDotLeadersKeepsItsTextLayer) {
  // A table of contents is mostly leaders; it is not a garbled text layer to
  // be OCR'd (which takes a minute on a long plan instead of milliseconds).
  std::vector<std::string> lines = {"Contents"};
  for (const char* entry : {"Foreword", "Introduction", "Commitment 1: Open contracting",
                            "Commitment 2: Beneficial ownership", "Commitment 3: Budget", "Annex A",
                            "Annex B"})
    lines.push_back(std::string(entry) + " ................................................................ 7");
  lines.push_back("Means - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - 9");
  Options options;
  options.ocr = OcrMode::kAuto;
  auto doc = OpenBytes("contents.pdf", TextPdf(lines), options);
  ASSERT_TRUE(doc.ok()) << doc.error().ToString();
  ASSERT_EQ(doc.value().pages.size(), 1u);
  const Page& page = doc.value().pages[0];
  EXPECT_EQ(page.source, PageSource::kText);
  for (const auto& w : page.warnings) EXPECT_NE(w.code, "garbled_text_layer") << w.message;
  EXPECT_FALSE(FindPhrase(page, {"Commitment", "2:", "Beneficial"}).empty());
}

TEST(PdfReader, CommitmentTitleWordsInOrderWithPlausibleBoxes) {
  ExpectTitleOnSomePage(OpenOk("nap5-en.pdf"));
}

TEST(PdfReader, SameTitleInChromiumPrint) { ExpectTitleOnSomePage(OpenOk("nap5-en-chromium.pdf")); }

TEST(PdfReader, PageSizeAndDocumentFacts) {
  Document doc = OpenOk("nap5-en.pdf");
  EXPECT_EQ(doc.page_count, 36);
  ASSERT_EQ(doc.pages.size(), 36u);
  EXPECT_EQ(doc.sha256.size(), 64u);
  // Portrait intro pages, landscape commitment pages.
  EXPECT_LT(doc.pages[0].width, doc.pages[0].height);
  EXPECT_GT(doc.pages[6].width, doc.pages[6].height);
  EXPECT_NEAR(doc.pages[6].width, 841.9, 1);
}

TEST(PdfReader, RulingLinesFormTheCommitmentTableGrid) {
  Options options;
  options.first_page = options.last_page = 7;
  Document doc = OpenOk("nap5-en.pdf", options);
  ASSERT_EQ(doc.pages.size(), 1u);
  const Page& page = doc.pages[0];
  std::vector<double> outer_columns;
  int long_horizontal = 0;
  for (const Rule& r : page.rules) {
    if (!r.horizontal() && r.length() > 300) outer_columns.push_back(r.x0);
    if (r.horizontal() && r.length() > 700) ++long_horizontal;
  }
  // Milestones | Outputs | Dates | Stakeholders: five full-height verticals.
  ASSERT_EQ(outer_columns.size(), 5u);
  std::sort(outer_columns.begin(), outer_columns.end());
  EXPECT_NEAR(outer_columns.front(), 56.7, 2);
  EXPECT_NEAR(outer_columns.back(), 799.4, 2);
  // Row separators across the whole table: top, between 1.1 and 1.2, bottom.
  EXPECT_EQ(long_horizontal, 3);
  // Nested Government | Civil Society | Other Actors sub-tables add short rules.
  EXPECT_GT(page.rules.size(), 15u);
}

TEST(PdfReader, ScannedPageHasNoTextLayer) {
  Document doc = OpenOk("nap5-en.pdf");
  ASSERT_GE(doc.pages.size(), 5u);
  EXPECT_FALSE(doc.pages[3].has_text_layer);  // page 4: the scanned order
  EXPECT_TRUE(doc.pages[2].has_text_layer);
  EXPECT_TRUE(doc.pages[4].has_text_layer);
}

TEST(PdfReader, EveryPageOfAScanHasNoTextLayer) {
  Document doc = OpenOk("nap5-en-scan.pdf");
  ASSERT_EQ(doc.pages.size(), 36u);
  for (const Page& p : doc.pages) EXPECT_FALSE(p.has_text_layer) << "page " << p.number;
}

TEST(PdfReader, LinesCoverTheirWords) {
  Document doc = OpenOk("report-mof-2024q3-en.pdf");
  for (const Page& p : doc.pages)
    for (const TextLine& l : p.lines)
      for (int i : l.words) {
        EXPECT_GE(p.words[i].box.x0, l.box.x0 - 0.01);
        EXPECT_LE(p.words[i].box.x1, l.box.x1 + 0.01);
      }
}

TEST(PdfReader, PageRangeReadsOnlyThatPage) {
  Options options;
  options.first_page = options.last_page = 2;
  Document doc = OpenOk("report-mof-2024q3-en.pdf", options);
  ASSERT_EQ(doc.pages.size(), 1u);
  EXPECT_EQ(doc.pages[0].number, 2);
  EXPECT_EQ(doc.page_count, 4);
}

TEST(PdfReader, NoSuchPageIsAUsageError) {
  Options options;
  options.first_page = options.last_page = 99;
  auto doc = Open(Sample("order-120-mn.pdf"), options);
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.error().kind, ErrorKind::kUsage);
}

}  // namespace
}  // namespace ogpx::ingest
