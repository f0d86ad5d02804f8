#pragma once
// Reading text 8 bytes at a time in a 64-bit word (first byte lowest), to find quickly where something starts.

#include <bit>
#include <cstdint>
#include <cstring>

namespace convlint::source::blocks {

static_assert(std::endian::native == std::endian::little, "8-byte blocks are read with the first byte lowest");

constexpr uint64_t every_byte = 0x0101010101010101ull;
constexpr uint64_t high_bits = 0x8080808080808080ull;

inline uint64_t load8(const void* bytes) {
  uint64_t block;
  std::memcpy(&block, bytes, 8);
  return block;
}

// High bit set on the bytes below `limit` (at most 0x80): their subtraction borrows into a clear high bit. The first
// such byte is exact; the borrow may flag bytes after it wrongly.
constexpr uint64_t bytes_below(uint64_t block, uint8_t limit) { return (block - limit * every_byte) & ~block & high_bits; }

// How many bytes come before the first flagged one (8 when none is).
constexpr size_t head_before(uint64_t flags) { return flags == 0 ? 8 : static_cast<size_t>(std::countr_zero(flags)) / 8; }

}  // namespace convlint::source::blocks
