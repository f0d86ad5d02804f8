#pragma once

#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace convlint::source {

// A place in the ORIGINAL file: 1-based line and 1-based column counted in Unicode code points.
struct Position {
  uint32_t line = 1;
  uint32_t column = 1;
  friend bool operator==(const Position&, const Position&) = default;
};

// Maps byte offsets of the normalised text back to original lines and columns.
// Line breaks are kept one for one by normalisation, so normalised line N is original line N; only NFC can change
// columns, and the lines it changed keep a table of original columns.
class LineMap {
 public:
  // Records that a normalised line starts at `offset`; lines are added in order.
  void add_line(uint32_t offset) { starts_.push_back(offset); }

  // For a line changed by NFC: `original_columns[k]` is the 0-based original column of normalised code point k.
  void remap_line(uint32_t line_index, std::vector<uint32_t> original_columns) {
    remapped_[line_index] = std::move(original_columns);
  }

  // Original position of byte `offset` of `text` (the normalised text this map was built with).
  Position position(std::string_view text, uint32_t offset) const;

  // 0-based index of the line holding `offset`.
  uint32_t line_index(uint32_t offset) const;

  uint32_t line_count() const { return static_cast<uint32_t>(starts_.size()); }
  uint32_t line_start(uint32_t line_index) const { return starts_[line_index]; }

 private:
  std::vector<uint32_t> starts_;
  std::unordered_map<uint32_t, std::vector<uint32_t>> remapped_;
};

// Number of code points in a UTF-8 string (continuation bytes are not counted).
uint32_t count_code_points(std::string_view utf8);

}  // namespace convlint::source
