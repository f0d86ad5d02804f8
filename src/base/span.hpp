#pragma once

#include <cstdint>

namespace convlint {

// A half-open byte range [begin, end) of the normalised text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;

  bool empty() const { return begin >= end; }
  uint32_t size() const { return end > begin ? end - begin : 0; }
  friend bool operator==(const Span&, const Span&) = default;
};

}  // namespace convlint
