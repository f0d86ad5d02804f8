#include "source/line_map.hpp"

#include <algorithm>

namespace convlint::source {

uint32_t count_code_points(std::string_view utf8) {
  return static_cast<uint32_t>(
      std::count_if(utf8.begin(), utf8.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

uint32_t LineMap::line_index(uint32_t offset) const {
  auto after = std::upper_bound(starts_.begin(), starts_.end(), offset);
  return after == starts_.begin() ? 0 : static_cast<uint32_t>(after - starts_.begin() - 1);
}

Position LineMap::position(std::string_view text, uint32_t offset) const {
  if (starts_.empty()) return {};
  offset = std::min<uint32_t>(offset, static_cast<uint32_t>(text.size()));
  const uint32_t index = line_index(offset);
  const uint32_t column = count_code_points(text.substr(starts_[index], offset - starts_[index]));
  auto remapped = remapped_.find(index);
  if (remapped == remapped_.end()) return {index + 1, column + 1};
  const auto& columns = remapped->second;
  const uint32_t original = column < columns.size() ? columns[column]
                            : columns.empty()       ? column
                                                    : columns.back() + 1 + (column - static_cast<uint32_t>(columns.size()));
  return {index + 1, original + 1};
}

}  // namespace convlint::source
