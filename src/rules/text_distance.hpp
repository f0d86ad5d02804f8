#pragma once

#include <cstddef>
#include <string_view>

namespace convlint::rules {

// Levenshtein distance between two byte strings (used on folded, accent-free words).
size_t edit_distance(std::string_view a, std::string_view b);
// The same when it is at most `limit`; some value above `limit` otherwise (found without filling the whole table).
size_t edit_distance(std::string_view a, std::string_view b, size_t limit);

}  // namespace convlint::rules
