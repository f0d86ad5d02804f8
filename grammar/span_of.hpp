#pragma once

#include <cstdint>

#include "base/span.hpp"

namespace convlint::grammar {

// The span of what a PEGTL input matched, as offsets from `base`, the start of the text being parsed.
template <class Input>
Span span_of(const char* base, const Input& in) {
  return {static_cast<uint32_t>(in.begin() - base), static_cast<uint32_t>(in.end() - base)};
}

}  // namespace convlint::grammar
