#pragma once
// Bare numbers written with groups of three digits and run together on one line (« 1 800 000 1 100 000 »), as a
// conversion leaves the amounts of a table row whose columns it flattened: where one number ends is certain when a
// group shorter than three digits, or a group that cannot open a number (« 000 »), leaves one way only to read them.

#include <optional>
#include <string_view>
#include <vector>

#include "base/span.hpp"

namespace convlint::document {

// The spans (offsets in `text`) of the `count` numbers that make up all of `text`, when exactly one reading gives
// that many; nullopt when the text holds anything else or can be read in several ways (« 120 450 300 000 »).
std::optional<std::vector<Span>> split_grouped_numbers(std::string_view text, size_t count);

}  // namespace convlint::document
