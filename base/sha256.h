// SHA-256 of a byte string (FIPS 180-4), as lower-case hex. Used for the
// document identity in the store; no dependency beyond the standard library.
#pragma once

#include <string>
#include <string_view>

namespace ogpx {

std::string Sha256Hex(std::string_view bytes);

}  // namespace ogpx
