#include "source/display_path.hpp"

#include <cstdio>

#include "source/utf8_sequences.hpp"

namespace convlint::source {

std::string display_path(std::string_view path) {
  std::string shown;
  shown.reserve(path.size());
  for_each_utf8_sequence(
      path, [&](std::string_view sequence) { shown += sequence; },
      [&](std::string_view sequence) {
        for (const char byte : sequence) {
          char escaped[5];
          std::snprintf(escaped, sizeof escaped, "\\x%02X", static_cast<unsigned char>(byte));
          shown += escaped;
        }
      });
  return shown;
}

}  // namespace convlint::source
