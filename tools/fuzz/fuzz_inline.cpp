// libFuzzer target: the inline fact grammar (legal references, dates, amounts, durations, codes) on any string.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "inline.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto facts = convlint::grammar::scan_inline(text);
  for (const auto& amount : facts.amounts) {
    if (amount.span.end > size || amount.span.begin >= amount.span.end) __builtin_trap();
  }
  for (const auto& date : facts.dates) {
    if (date.span.end > size) __builtin_trap();
  }
  convlint::grammar::bare_amount_cents(text);
  return 0;
}
