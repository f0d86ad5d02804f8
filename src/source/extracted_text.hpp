#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace convlint::source {

// Where a line of a PDF page or image lies, in points from the page's top left, and how sure OCR was of its words.
struct LineBox {
  float left = 0, top = 0, right = 0, bottom = 0;
  float confidence = -1;  // the mean confidence (0–100) of words read by OCR; -1 for a text layer's
};

// A word read by OCR: its bytes [begin, end) in line `line` (0-based) of the text, and how sure OCR was of it (0–100).
struct OcrWordConfidence {
  uint32_t line = 0;
  uint32_t begin = 0, end = 0;
  float confidence = 0;
};

// A page read by OCR and the mean confidence of its words.
struct OcrPage {
  uint32_t page = 0;
  float confidence = 0;
};

// The text read out of a DOCX, PDF or image, line by line, with where each line came from: the paragraph of the Word
// document or the page of the PDF (1-based), and for a PDF or image the line's box on its page.
struct ExtractedText {
  std::string text;
  std::vector<uint32_t> origins;  // one per line of `text`
  std::vector<LineBox> boxes;     // PDF and images: one per line of `text`
  std::vector<OcrPage> ocr_pages;
  std::vector<OcrWordConfidence> ocr_words;  // by line, then by place in the line

  void add_line(std::string_view line, uint32_t origin) {
    text.append(line);
    text.push_back('\n');
    origins.push_back(origin);
    if (!boxes.empty()) boxes.emplace_back();
  }
  void add_line(std::string_view line, uint32_t origin, LineBox box) {
    boxes.resize(origins.size());  // the lines before without a box
    text.append(line);
    text.push_back('\n');
    origins.push_back(origin);
    boxes.push_back(box);
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
