#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "base/language.hpp"
#include "rules/finding.hpp"

#include "base/span.hpp"
#include "source/source_text.hpp"

namespace convlint::report {

// {"line", "column", "end_line", "end_column"} of `span` in the original file: 1-based, columns in code points, the
// end exclusive (the column just after the last character), as ruff and SARIF report it.
// A DOCX or PDF input also gives the paragraph or page: {..., "page": 3} or {..., "paragraph": 12}; a PDF or image
// the box of the line on its page, in points from its top left ("bbox": [left, top, right, bottom]), and text read
// by OCR the confidence of its least sure word ("ocr_confidence": 0–100; the line's mean where its words are unknown).
nlohmann::ordered_json location_json(const source::SourceText& source, Span span);

// A safe fix: the place it replaces (as location_json, an empty range for an insertion), "replacement", and
// "own_paragraph" when the replacement is a paragraph of its own after that place.
nlohmann::ordered_json fix_json(const source::SourceText& source, const rules::Fix& fix);

// A safe fix for a reader: « « un mois » → « trois mois » », « insérer après la ligne 12 : « Vu … » ».
std::string describe_fix(const source::SourceText& source, const rules::Fix& fix, Language language);

// Where in the original document a span was read from, for inputs that are not text files.
struct Origin {
  const char* kind;  // "page" (PDF, image) or "paragraph" (DOCX)
  uint32_t number;
  float ocr_confidence = -1;  // read by OCR, with this confidence (0–100): see SourceText::ocr_confidence
  const char* program = "Word";  // paragraphs: the kind of document, « Word » or « OpenDocument »

  // « page 3 du PDF », « paragraphe 12 du document Word », « page 2 du PDF, lue par OCR (confiance 84 %) ».
  std::string describe(Language language) const;
};
std::optional<Origin> origin_of(const source::SourceText& source, Span span);

}  // namespace convlint::report
