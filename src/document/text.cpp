#include "document/text.hpp"

#include "source/folded_text.hpp"

#include <algorithm>
#include <cstring>

namespace convlint::document {

Text::Text(std::string_view source, Span span) { append(source, span, ""); }

void Text::append(std::string_view source, Span span, std::string_view joiner) {
  // The next line of the source, joined by a space, reads as the source itself (its line break read as a space):
  // the text stays one piece.
  const bool next_line =
      !value_.empty() && joiner == " " && span.begin == source_end_ + 1 && source[source_end_] == '\n';
  if (!value_.empty()) value_ += joiner;
  if (!next_line) pieces_.push_back({static_cast<uint32_t>(value_.size()), span.begin});
  const size_t start = value_.size();
  value_.append(source.substr(span.begin, span.size()));
  char* const end = value_.data() + value_.size();
  for (char* at = value_.data() + start; (at = static_cast<char*>(std::memchr(at, '\n', static_cast<size_t>(end - at))));)
    *at = ' ';
  source_end_ = span.end;
}

void Text::drop_last_byte() {
  if (value_.empty()) return;
  value_.pop_back();
  // The next append starts a piece of its own: the source's byte after this one is no longer the text's next.
  source_end_ = source_end_ > 0 ? source_end_ - 1 : 0;
}

uint32_t Text::source_offset(uint32_t at) const {
  if (pieces_.empty()) return 0;
  auto after = std::upper_bound(pieces_.begin(), pieces_.end(), at,
                                [](uint32_t offset, const Piece& piece) { return offset < piece.at; });
  const Piece& piece = after == pieces_.begin() ? pieces_.front() : *(after - 1);
  return piece.source + (at - std::min(at, piece.at));
}

Span Text::span() const {
  if (pieces_.empty()) return {};
  return {pieces_.front().source, source_end_};
}

Span Text::source_span(uint32_t begin, uint32_t end) const {
  if (end <= begin) {
    const uint32_t at = source_offset(begin);
    return {at, at};
  }
  return {source_offset(begin), source_offset(end - 1) + 1};
}

Span Text::source_span(std::string_view part) const {
  const auto begin = static_cast<uint32_t>(part.data() - value_.data());
  return source_span(begin, begin + static_cast<uint32_t>(part.size()));
}

std::string_view trim_decorations(std::string_view text) {
  auto is_decoration_at_front = [](std::string_view t) -> size_t {
    if (t.empty()) return 0;
    const char c = t.front();
    if (c == ' ' || c == '\t' || c == '*' || c == '_' || c == '\n' || c == '\f') return 1;
    if (t.substr(0, 2) == "\xC2\xA0") return 2;
    if (t.substr(0, 3) == "\xE2\x80\xAF") return 3;
    return 0;
  };
  auto is_decoration_at_back = [](std::string_view t) -> size_t {
    if (t.empty()) return 0;
    const char c = t.back();
    if (c == ' ' || c == '\t' || c == '*' || c == '_' || c == '\n' || c == '\f') return 1;
    if (t.size() >= 2 && t.substr(t.size() - 2) == "\xC2\xA0") return 2;
    if (t.size() >= 3 && t.substr(t.size() - 3) == "\xE2\x80\xAF") return 3;
    return 0;
  };
  while (size_t n = is_decoration_at_front(text)) text.remove_prefix(n);
  while (size_t n = is_decoration_at_back(text)) text.remove_suffix(n);
  return text;
}

std::string plain_text(std::string_view text) {
  std::string plain;
  plain.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (i + 1 < text.size() && ((text[i] == '*' && text[i + 1] == '*') || (text[i] == '_' && text[i + 1] == '_'))) {
      ++i;
      continue;
    }
    plain += text[i];
  }
  return plain;
}

std::string folded_words(std::string_view text) {
  std::string folded = source::fold(trim_decorations(text));
  while (!folded.empty() && (folded.back() == ':' || folded.back() == ',' || folded.back() == ';' || folded.back() == ' ')) folded.pop_back();
  return folded;
}

}  // namespace convlint::document
