#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/span.hpp"
#include "source/document_format.hpp"
#include "source/extracted_text.hpp"
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
  DocumentFormat format = DocumentFormat::text;
  std::vector<uint32_t> line_origins;  // DOCX and PDF: the paragraph or page of each line of `text`
  std::vector<LineBox> line_boxes;     // PDF and images: the box of each line of `text` on its page
  std::vector<OcrPage> ocr_pages;      // the pages read by OCR
  std::vector<OcrWordConfidence> ocr_words;  // the words read by OCR, by line

  // The paragraph (DOCX) or page (PDF) that line `line` (1-based) was read from; 0 for a text file.
  uint32_t origin(uint32_t line) const { return line >= 1 && line <= line_origins.size() ? line_origins[line - 1] : 0; }
  // The box of line `line` (1-based) on its page, when it has one.
  const LineBox* box(uint32_t line) const { return line >= 1 && line <= line_boxes.size() ? &line_boxes[line - 1] : nullptr; }

  Position position(uint32_t offset) const { return lines.position(text, offset); }

  // How sure OCR was of the text at `span`: the confidence of its least sure word, or of its line when no word is
  // known there; -1 for text that OCR did not read.
  float ocr_confidence(Span span) const;
};

}  // namespace convlint::source
