#pragma once

#include <cctype>
#include <cstdint>
#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "base/span.hpp"

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

// Whether `text` holds a digit 0–9. Eight bytes at a time: once xored with '0', a digit is a byte below 10, and
// (x - 0x0A…) & ~x & 0x80… marks exactly the bytes of x below 10 (bytes above 0x7F never count).
inline bool has_digit(std::string_view text) {
  constexpr uint64_t zeros = 0x3030303030303030ull, tens = 0x0A0A0A0A0A0A0A0Aull, highs = 0x8080808080808080ull;
  size_t at = 0;
  for (; at + 8 <= text.size(); at += 8) {
    uint64_t block;
    std::memcpy(&block, text.data() + at, 8);
    block ^= zeros;
    if (((block - tens) & ~block & highs) != 0) return true;
  }
  for (; at < text.size(); ++at)
    if (text[at] >= '0' && text[at] <= '9') return true;
  return false;
}

// A few words without a figure, not a label ending with a colon (« à déterminer », « d'engagement »): a table
// cell's text rather than a sentence or an amount. Length is the caller's to bound.
inline bool is_few_words(std::string_view text) {
  constexpr size_t most_words = 4;
  return !text.empty() && !has_digit(text) && !text.ends_with(':') &&
         static_cast<size_t>(std::count(text.begin(), text.end(), ' ')) < most_words;
}

// Whether a year of this century (« 2026 ») stands at `at` in `text`, a word of its own (no letter or digit touches it).
inline bool is_year_at(std::string_view text, size_t at) {
  auto alnum = [&](size_t i) { return std::isalnum(static_cast<unsigned char>(text[i])) != 0; };
  if (at + 4 > text.size() || text[at] != '2' || text[at + 1] != '0' || (at > 0 && alnum(at - 1)) || (at + 4 < text.size() && alnum(at + 4)))
    return false;
  return text[at + 2] >= '0' && text[at + 2] <= '9' && text[at + 3] >= '0' && text[at + 3] <= '9';
}

// Trims white space (ASCII and no-break spaces) and markdown emphasis markers from both ends.
std::string_view trim_decorations(std::string_view text);

// `text` folded (lowercase, no accents) without the decorations and the « : », « , », « ; » that close it:
// « VISAS : » → « visas », « d'une part, » → « d'une part ».
std::string folded_words(std::string_view text);

}  // namespace convlint::document
