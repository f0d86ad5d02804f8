#pragma once

namespace convlint {

// Whether this build runs under AddressSanitizer, whose shadow memory takes terabytes of address space: such builds
// cannot limit address space, nor run under valgrind.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool address_sanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool address_sanitized = true;
#else
inline constexpr bool address_sanitized = false;
#endif
#else
inline constexpr bool address_sanitized = false;
#endif

}  // namespace convlint
