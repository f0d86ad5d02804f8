#include "source/display_path.hpp"

#include <unicode/utf8.h>

#include <cstdio>

namespace convlint::source {

std::string display_path(std::string_view path) {
  std::string shown;
  shown.reserve(path.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(path.data());
  const auto length = static_cast<int32_t>(path.size());
  for (int32_t at = 0; at < length;) {
    const int32_t start = at;
    UChar32 c;
    U8_NEXT(bytes, at, length, c);
    if (c >= 0) {
      shown.append(path.substr(static_cast<size_t>(start), static_cast<size_t>(at - start)));
      continue;
    }
    for (int32_t invalid = start; invalid < at; ++invalid) {
      char escaped[5];
      std::snprintf(escaped, sizeof escaped, "\\x%02X", bytes[invalid]);
      shown += escaped;
    }
  }
  return shown;
}

}  // namespace convlint::source
