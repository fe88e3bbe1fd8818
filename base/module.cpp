// Finding and opening ogpx's shared modules; see module.h.
#include "base/module.h"

#include <dlfcn.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#ifndef OGPX_MODULE_BUILD
#define OGPX_MODULE_BUILD "dev"
#endif
#ifndef OGPX_MODULE_RELDIR
#define OGPX_MODULE_RELDIR "../lib/ogpx"
#endif
#ifndef OGPX_MODULE_INSTALLDIR
#define OGPX_MODULE_INSTALLDIR "/usr/local/lib/ogpx"
#endif

namespace ogpx {
namespace {

namespace fs = std::filesystem;

// The module factory's type: the interface for a build, or null.
using Factory = const void* (*)(const char* build);

// The folder of the running executable; empty when /proc is not there.
fs::path ExecutableDir() {
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::path() : exe.parent_path();
}

}  // namespace

const char* ModuleBuild() { return OGPX_MODULE_BUILD; }

std::vector<std::string> ModuleCandidates(const std::string& file) {
  if (const char* dir = std::getenv("OGPX_MODULE_DIR"); dir != nullptr && *dir != '\0')
    return {(fs::path(dir) / file).string()};
  std::vector<std::string> out;
  if (const fs::path exe = ExecutableDir(); !exe.empty()) {
    out.push_back((exe / file).string());
    out.push_back((exe / OGPX_MODULE_RELDIR / file).lexically_normal().string());
  }
  const std::string installed = (fs::path(OGPX_MODULE_INSTALLDIR) / file).string();
  if (std::find(out.begin(), out.end(), installed) == out.end()) out.push_back(installed);
  return out;
}

std::string FindModule(const std::string& file, std::string& error) {
  const std::vector<std::string> candidates = ModuleCandidates(file);
  std::string looked;
  for (const std::string& path : candidates) {
    std::error_code ec;
    if (fs::is_regular_file(path, ec) && ::access(path.c_str(), R_OK) == 0) return path;
    looked += (looked.empty() ? "" : ", ") + path;
  }
  error = file + " not found (looked for " + looked + "; OGPX_MODULE_DIR names its folder)";
  return "";
}

const void* OpenModule(const std::string& file, const char* symbol, const std::string& what, std::string& error) {
  std::string why;
  const std::string path = FindModule(file, why);
  if (path.empty()) {
    error = "cannot open the " + what + ": " + why;
    return nullptr;
  }
  void* handle = ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (handle == nullptr) {
    const char* e = ::dlerror();
    error = "cannot open the " + what + " " + path + ": " + (e != nullptr ? e : "unknown dlopen error");
    return nullptr;
  }
  // Never closed: what the module made (engines, connections) lives on.
  auto factory = reinterpret_cast<Factory>(::dlsym(handle, symbol));
  if (factory == nullptr) {
    const char* e = ::dlerror();
    error = "the " + what + " " + path + " has no " + symbol + ": " + (e != nullptr ? e : "symbol not found");
    return nullptr;
  }
  const void* module = factory(ModuleBuild());
  if (module == nullptr)
    error = "the " + what + " " + path + " was built for another version of ogpx than " + ModuleBuild() +
            " (reinstall ogpx)";
  return module;
}

const void* LazyModule::Get(std::string& error) {
  if (const void* linked = linked_.load()) return linked;
  std::call_once(once_, [this] { opened_ = OpenModule(file_, symbol_, what_, error_); });
  if (opened_ == nullptr) error = error_;
  return opened_;
}

}  // namespace ogpx
