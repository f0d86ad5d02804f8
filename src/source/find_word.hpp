#pragma once
// Finding a word in text by one of its rarer letters: std::string_view::find stops at every occurrence of the
// word's first letter, and « d », « l », « p » are everywhere in French.

#include <cctype>
#include <string_view>

namespace convlint::source {

// `text.find(needle, from)`, looking first for `needle[pivot]` (memchr) and then comparing the rest.
inline size_t find_by_letter(std::string_view text, std::string_view needle, size_t pivot, size_t from = 0) {
  if (needle.empty() || pivot >= needle.size()) return text.find(needle, from);
  for (size_t at = text.find(needle[pivot], from + pivot); at != std::string_view::npos; at = text.find(needle[pivot], at + 1)) {
    const size_t start = at - pivot;
    if (text.compare(start, needle.size(), needle) == 0) return start;
  }
  return std::string_view::npos;
}

// Where `word` stands in `text` from `from` on as a whole word (no letter or digit just before or after it), npos
// when it does not.
inline size_t find_whole_word(std::string_view text, std::string_view word, size_t from = 0) {
  auto alnum = [&](size_t at) { return std::isalnum(static_cast<unsigned char>(text[at])) != 0; };
  for (size_t at = text.find(word, from); !word.empty() && at != std::string_view::npos; at = text.find(word, at + 1)) {
    const size_t end = at + word.size();
    if ((at == 0 || !alnum(at - 1)) && (end == text.size() || !alnum(end))) return at;
  }
  return std::string_view::npos;
}

}  // namespace convlint::source
