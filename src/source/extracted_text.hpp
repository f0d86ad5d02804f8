#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace convlint::source {

// The text read out of a DOCX or PDF, line by line, with where each line came from: the paragraph of the Word
// document or the page of the PDF (1-based).
struct ExtractedText {
  std::string text;
  std::vector<uint32_t> origins;  // one per line of `text`

  void add_line(std::string_view line, uint32_t origin) {
    text.append(line);
    text.push_back('\n');
    origins.push_back(origin);
  }
  // One empty line, unless the text already ends with one (or is empty).
  void add_blank(uint32_t origin) {
    if (!text.empty() && !text.ends_with("\n\n")) add_line({}, origin);
  }
};

// Bytes of the superscript digit (¹ ² ³ ⁰ ⁴…⁹) at `at` in `text`, or 0 when there is none.
inline size_t superscript_digit_length(std::string_view text, size_t at) {
  const auto byte = [&](size_t k) { return at + k < text.size() ? static_cast<unsigned char>(text[at + k]) : 0; };
  if (byte(0) == 0xC2 && (byte(1) == 0xB9 || byte(1) == 0xB2 || byte(1) == 0xB3)) return 2;
  if (byte(0) == 0xE2 && byte(1) == 0x81 && (byte(2) == 0xB0 || (byte(2) >= 0xB4 && byte(2) <= 0xB9))) return 3;
  return 0;
}

// « 12 » as « ¹² »: footnote calls written the way a typed convention writes them.
inline std::string superscript_digits(std::string_view digits) {
  static constexpr const char* marks[] = {"\u2070", "\u00B9", "\u00B2", "\u00B3", "\u2074",
                                          "\u2075", "\u2076", "\u2077", "\u2078", "\u2079"};
  std::string out;
  for (const char digit : digits)
    if (digit >= '0' && digit <= '9') out += marks[digit - '0'];
  return out;
}

}  // namespace convlint::source
