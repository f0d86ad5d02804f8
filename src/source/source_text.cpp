#include "source/source_text.hpp"

#include <algorithm>

namespace convlint::source {

float SourceText::ocr_confidence(Span span) const {
  const uint32_t first_line = lines.line_index(span.begin);
  const LineBox* line_box = box(first_line + 1);
  const float of_line = line_box != nullptr ? line_box->confidence : -1.0f;
  if (ocr_words.empty()) return of_line;
  const uint32_t last_line = lines.line_index(std::max(span.begin, span.end > span.begin ? span.end - 1 : span.begin));
  auto at = std::lower_bound(ocr_words.begin(), ocr_words.end(), first_line,
                             [](const OcrWordConfidence& word, uint32_t line) { return word.line < line; });
  float least = -1;
  for (; at != ocr_words.end() && at->line <= last_line; ++at) {
    const uint32_t start = lines.line_start(at->line);
    const bool touches = start + at->begin < std::max(span.end, span.begin + 1) && start + at->end > span.begin;
    if (touches && (least < 0 || at->confidence < least)) least = at->confidence;
  }
  return least >= 0 ? least : of_line;
}

}  // namespace convlint::source
