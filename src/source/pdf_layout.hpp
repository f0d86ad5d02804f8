#pragma once

#include <string>
#include <vector>

#include "source/extracted_text.hpp"

namespace convlint::source {

// A word of a PDF page as the PDF library places it; coordinates in points, the origin at the top left.
struct PdfWord {
  std::string text;
  double left = 0, top = 0, right = 0, bottom = 0;
  double font_size = 0;
  bool space_after = false;
  float confidence = -1;  // 0–100 for a word read by OCR, -1 for a word of the text layer
};

struct PdfPage {
  double height = 0;
  std::vector<PdfWord> words;
  bool ocr = false;             // the words were read by OCR
  float ocr_confidence = -1;    // their mean confidence, 0–100
};

// Turns the words of a PDF's pages into the text of a typed convention: words regrouped into lines by position
// (so a table row stays one line, its columns separated by tabs), running headers, footers and page numbers removed,
// the lines of a paragraph rejoined, words hyphenated at a line end rejoined, a blank line between paragraphs and a
// form feed between pages. Each line's origin is its page (1-based).
ExtractedText lay_out_pages(const std::vector<PdfPage>& pages);

}  // namespace convlint::source
