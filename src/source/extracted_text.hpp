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

}  // namespace convlint::source
