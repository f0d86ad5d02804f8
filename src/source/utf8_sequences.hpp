#pragma once
// Walking bytes as UTF-8: each valid sequence, and each invalid one, in order.

#include <unicode/utf8.h>

#include <cstdint>
#include <string_view>

namespace convlint::source {

// Calls `valid(sequence)` for each well-formed UTF-8 sequence of `bytes` and `invalid(sequence)` for each byte run
// ICU reads as malformed.
template <class Valid, class Invalid>
void for_each_utf8_sequence(std::string_view bytes, Valid valid, Invalid invalid) {
  const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
  const auto length = static_cast<int32_t>(bytes.size());
  for (int32_t at = 0; at < length;) {
    const int32_t start = at;
    UChar32 c;
    U8_NEXT(data, at, length, c);
    const std::string_view sequence = bytes.substr(static_cast<size_t>(start), static_cast<size_t>(at - start));
    if (c >= 0) valid(sequence);
    else invalid(sequence);
  }
}

}  // namespace convlint::source
