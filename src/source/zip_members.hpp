#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/expected.hpp"

namespace convlint::source {

// Reads the members named in `wanted` out of the ZIP held in `bytes`, in memory. Members not in the ZIP are absent
// from the result. Fails, with libarchive's reason, on a damaged ZIP or when the members read exceed `max_total`.
Expected<std::map<std::string, std::string>, std::string> read_zip_members(std::string_view bytes,
                                                                           const std::vector<std::string>& wanted,
                                                                           uint64_t max_total);

// Every member of the ZIP held in `bytes`, in the ZIP's order, with the same limit.
Expected<std::vector<std::pair<std::string, std::string>>, std::string> read_all_zip_members(std::string_view bytes, uint64_t max_total);

// A ZIP (deflated) holding `members` in the order given; empty when libarchive fails.
std::string write_zip_members(const std::vector<std::pair<std::string, std::string>>& members);

}  // namespace convlint::source
