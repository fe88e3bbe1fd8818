// Broken inputs made on purpose: each gives an Error naming the file and the
// reason, or a warning where the file can still be read; never a crash.
#include <gtest/gtest.h>

#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <limits>
#include <random>
#include <sstream>
#include <string>

#include "base/files.h"
#include "ingest/ingest.h"
#include "ingest/page_limits.h"
#include "base/sha256.h"

namespace ogpx::ingest {
namespace {

namespace fs = std::filesystem;

class BadInput : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("ogpx-bad-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& bytes) {
    fs::path p = dir_ / name;
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
  static std::string ReadSample(const std::string& name) {
    std::ifstream in(std::string(OGPX_SAMPLES_DIR) + "/" + name, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }
  static Result<Document> OpenNoOcr(const std::string& path) {
    Options o;
    o.ocr = OcrMode::kNever;
    return Open(path, o);
  }
  fs::path dir_;
};

void ExpectError(const Result<Document>& r, ErrorKind kind, const std::string& path,
                 const std::string& words) {
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, kind) << r.error().ToString();
  EXPECT_EQ(r.error().file, path);
  EXPECT_NE(r.error().ToString().find(words), std::string::npos) << r.error().ToString();
}

TEST_F(BadInput, EmptyFile) {
  auto p = Write("empty.pdf", "");
  ExpectError(OpenNoOcr(p), ErrorKind::kNotPdf, p, "empty");
}

TEST_F(BadInput, RandomBytes) {
  std::mt19937 rng(42);
  std::string bytes(4096, '\0');
  for (char& c : bytes) c = static_cast<char>(rng());
  auto p = Write("random.pdf", bytes);
  ExpectError(OpenNoOcr(p), ErrorKind::kNotPdf, p, "not a PDF");
}

TEST_F(BadInput, TruncatedAtHalf) {
  std::string bytes = ReadSample("nap5-en.pdf");
  auto p = Write("half.pdf", bytes.substr(0, bytes.size() / 2));
  auto r = OpenNoOcr(p);
  // Either repaired (pages read, with a warning) or a clear damage error.
  if (r.ok()) {
    EXPECT_FALSE(r->warnings.empty());
  } else {
    EXPECT_EQ(r.error().kind, ErrorKind::kDamaged);
    EXPECT_EQ(r.error().file, p);
  }
}

TEST_F(BadInput, EncryptedNeedsPassword) {
  if (std::system("command -v qpdf >/dev/null 2>&1") != 0) GTEST_SKIP() << "qpdf not installed";
  std::string in = std::string(OGPX_SAMPLES_DIR) + "/order-120-mn.pdf";
  std::string out = (dir_ / "encrypted.pdf").string();
  std::string cmd = "qpdf --encrypt user owner 256 -- '" + in + "' '" + out + "'";
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  ExpectError(OpenNoOcr(out), ErrorKind::kEncrypted, out, "password");
}

TEST_F(BadInput, BrokenXrefIsRepairedWithAWarning) {
  std::string bytes = ReadSample("order-120-mn.pdf");
  auto at = bytes.rfind("startxref");
  ASSERT_NE(at, std::string::npos);
  auto p = Write("badxref.pdf", bytes.substr(0, at) + "startxref\n999999\n%%EOF\n");
  auto r = OpenNoOcr(p);
  ASSERT_TRUE(r.ok()) << r.error().ToString();
  ASSERT_EQ(r->pages.size(), 1u);
  EXPECT_TRUE(r->pages[0].has_text_layer);
  bool warned = false;
  for (const auto& w : r->warnings) warned |= w.code == "pdf_repaired";
  EXPECT_TRUE(warned);
}

TEST_F(BadInput, DirectoryIsNotAFile) {
  ExpectError(OpenNoOcr(dir_.string()), ErrorKind::kNotFound, dir_.string(), "directory");
}

TEST_F(BadInput, MissingFile) {
  auto p = (dir_ / "nope.pdf").string();
  ExpectError(OpenNoOcr(p), ErrorKind::kNotFound, p, "no such file");
}

TEST(Sha256, KnownVectors) {
  EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(Sha256Hex(std::string(1000, 'a')),
            "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3");
}

// base/files.h: whole files read with bounds; folders, FIFOs and devices are
// refused before they are read (issue 22: /dev/zero as an alias table took
// 2 GB, a FIFO named .pdf gave "cannot read file size").
void ExpectRefused(const Result<std::string>& r, ErrorKind kind, const std::string& reason) {
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, kind) << r.error().ToString();
  EXPECT_EQ(r.error().reason, reason);
}

TEST_F(BadInput, WhatIsNotARegularFileIsRefusedWithoutBeingRead) {
  auto ok = ReadRegularFile(Write("a.tsv", std::string("a\0b", 3)), 3, "max_test");
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(*ok, std::string("a\0b", 3));
  ExpectRefused(ReadRegularFile(Write("big", std::string(11, 'x')), 10, "max_test"), ErrorKind::kLimit,
                "file of 11 bytes is larger than the limit of 10 bytes (limit max_test)");
  ExpectRefused(ReadRegularFile((dir_ / "none").string(), 10, "max_test"), ErrorKind::kNotFound, "no such file");
  ExpectRefused(ReadRegularFile(dir_.string(), 10, "max_test"), ErrorKind::kNotFound, "is a directory, not a file");
  ExpectRefused(ReadRegularFile("/dev/zero", 10, "max_test"), ErrorKind::kNotFound,
                "is a character device, not a regular file");
  const std::string fifo = (dir_ / "fifo.pdf").string();
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);  // no writer: a blocking open would never return
  ExpectRefused(ReadRegularFile(fifo, 10, "max_test"), ErrorKind::kNotFound,
                "is a named pipe (FIFO), not a regular file");
  ExpectError(OpenNoOcr(fifo), ErrorKind::kNotFound, fifo, "named pipe");
  fs::create_symlink("loop", dir_ / "loop");
  ExpectRefused(ReadRegularFile((dir_ / "loop").string(), 10, "max_test"), ErrorKind::kNotFound,
                "cannot read: Too many levels of symbolic links");
}

TEST(PageLimits, NumbersInMessagesNeverOverflow) {
  // A MediaBox of 1e20 points was "-9223372036854775808" (a float-to-integer cast).
  EXPECT_EQ(WholeNumber(842), "842");
  EXPECT_EQ(WholeNumber(1e20), "1e+20");
  EXPECT_EQ(WholeNumber(-1e300), "-1e+300");
  EXPECT_EQ(WholeNumber(std::numeric_limits<double>::infinity()), "inf");
  EXPECT_EQ(WholeNumber(14400), "14400");
}

}  // namespace
}  // namespace ogpx::ingest
