// module: shared modules (dlopen) that ogpx opens on first use, so that the
// libraries only some runs need (Tesseract and Leptonica for OCR, libpq for
// PostgreSQL) are not loaded at every start (docs/performance.md
// "Start-up"). ogpx_ocr.so and ogpx_pg.so are built with ogpx and
// installed with it (docs/install.md).
//
// Where a module is looked for, first found wins:
//  1. $OGPX_MODULE_DIR/<file> when that variable is set (then only there);
//  2. next to the running executable (/proc/self/exe): the build tree;
//  3. <executable's folder>/OGPX_MODULE_RELDIR/<file>: the installed layout
//     (bin/ogpx -> lib/.../ogpx/);
//  4. OGPX_MODULE_INSTALLDIR/<file>: where `cmake --install` put it, for
//     other programs linking the ogpx libraries.
//
// A module exports one C-linkage factory, `<name>(const char* build)`,
// which returns its interface when `build` is the ogpx version it was built
// with, null otherwise. Thread-safe; never throws; a module once opened
// stays loaded until the process ends.
#pragma once

#include <atomic>
#include <mutex>
#include <string>
#include <vector>

namespace ogpx {

// The ogpx version modules and executables are built with: a module of
// another build is refused.
const char* ModuleBuild();

// The paths where `file` is looked for, in order (see above).
std::vector<std::string> ModuleCandidates(const std::string& file);

// The first of ModuleCandidates(file) that is a readable file; "" when none,
// with `error` naming the places looked in and the variable that overrides
// them.
std::string FindModule(const std::string& file, std::string& error);

// Opens `file` (RTLD_NOW: every library it needs is loaded and every symbol
// resolved now, or the open fails) and returns the interface its factory
// `symbol` gives for ModuleBuild(); null with `error` ("cannot open the OCR
// module /usr/lib/ogpx/ogpx_ocr.so: libtesseract.so.5: cannot open shared
// object file ...", naming the path and dlerror()) when it cannot.
// `what` names the module in messages ("OCR module").
const void* OpenModule(const std::string& file, const char* symbol, const std::string& what, std::string& error);

// One module of the process: opened by the first Get() (std::call_once),
// or the interface a program linked itself and handed to Link().
// Thread-safe; meant to be a static object.
class LazyModule {
 public:
  LazyModule(const char* file, const char* symbol, const char* what) : file_(file), symbol_(symbol), what_(what) {}

  // The interface; null with `error` (OpenModule's) when it cannot be opened.
  const void* Get(std::string& error);
  // Makes `module` what Get() returns, without opening any file.
  void Link(const void* module) { linked_.store(module); }
  bool linked() const { return linked_.load() != nullptr; }
  const char* file() const { return file_; }

 private:
  const char* file_;
  const char* symbol_;
  const char* what_;
  std::atomic<const void*> linked_{nullptr};
  std::once_flag once_;
  const void* opened_ = nullptr;
  std::string error_;
};

}  // namespace ogpx
