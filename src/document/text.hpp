#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "source/span.hpp"

namespace convlint::document {

// A piece of document text and where each part of it stands in the normalised source. Text rejoined across a
// page break is made of several pieces; every other text is one piece.
class Text {
 public:
  Text() = default;
  // Text copied from `source` at `span`; line breaks inside it read as spaces.
  Text(std::string_view source, Span span);

  // Appends the source text at `span`, after `joiner` (" " or "" when a hyphenated word is rejoined).
  void append(std::string_view source, Span span, std::string_view joiner);
  // Drops the last byte of the text (the hyphen of a word cut at a line's end, before its end is appended).
  void drop_last_byte();

  const std::string& str() const { return value_; }
  // True when the text is one piece of the source: the bytes of `span()`, line breaks read as spaces.
  bool contiguous() const { return pieces_.size() <= 1; }
  std::string_view view() const { return value_; }
  bool empty() const { return value_.empty(); }

  // The source span of the whole text (from its first to its last byte).
  Span span() const;
  // The source span of bytes [begin, end) of this text.
  Span source_span(uint32_t begin, uint32_t end) const;
  // The source span of a part of `view()`.
  Span source_span(std::string_view part) const;

 private:
  struct Piece {
    uint32_t at;      // offset in value_
    uint32_t source;  // offset in the normalised source
  };
  uint32_t source_offset(uint32_t at) const;

  std::string value_;
  std::vector<Piece> pieces_;
  uint32_t source_end_ = 0;
};

// Text without markdown emphasis markers (** and __).
std::string plain_text(std::string_view text);

// Whether `text` holds a digit 0–9.
inline bool has_digit(std::string_view text) {
  for (const char c : text)
    if (c >= '0' && c <= '9') return true;
  return false;
}

// Trims white space (ASCII and no-break spaces) and markdown emphasis markers from both ends.
std::string_view trim_decorations(std::string_view text);

}  // namespace convlint::document
