#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "source/line_map.hpp"

namespace convlint::source {

enum class Encoding { utf8, utf8_bom, utf16le, utf16be, windows1252 };

std::string_view encoding_name(Encoding encoding);

// A decoded input: UTF-8, LF line ends, NFC, with the map back to the original file.
struct SourceText {
  std::string path;          // as given by the user, or "-" for stdin
  std::string text;          // normalised UTF-8
  Encoding encoding = Encoding::utf8;
  LineMap lines;
  std::vector<uint32_t> replaced_bytes;  // offsets in `text` where invalid UTF-8 bytes became U+FFFD

  Position position(uint32_t offset) const { return lines.position(text, offset); }
};

}  // namespace convlint::source
