// Fuzz targets: each fuzz_<name>.cpp defines LLVMFuzzerTestOneInput for one
// parser we wrote. With clang and -DOGPX_FUZZ=ON they link with libFuzzer;
// otherwise replay_main.cpp runs them as ordinary tests over the seed corpus
// in fuzz/corpus/<name>/ plus deterministic mutations of every seed.
#pragma once

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size);
