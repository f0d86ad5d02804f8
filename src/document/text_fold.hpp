#pragma once
// The folded form of a document Text (lowercase, accent-free, see source::FoldedText) and the way back to source
// spans. A Text that is one piece of the source reads the document's folded text through a window, with no copy; a
// Text rejoined across a page break is folded on its own.
//
// Ownership, as for every text view of convlint: a view borrows what it is made from, which must outlive it, and
// owns only what it makes. A TextFold borrows its Text and the document's fold (it is made for the statement that
// reads it: `const TextFold name = document.fold_of(party.name);`) and owns the folding it makes on its own; it can
// neither be copied nor moved (its view may point into what it owns), nor be made from a temporary Text.

#include <optional>
#include <string_view>

#include "document/text.hpp"
#include "source/folded_text.hpp"

namespace convlint::document {

class TextFold {
 public:
  TextFold(const Text& text, const source::FoldedText& document_fold);
  TextFold(Text&&, const source::FoldedText&) = delete;
  TextFold(const TextFold&) = delete;
  TextFold& operator=(const TextFold&) = delete;

  std::string_view view() const { return view_; }
  // The folded offset of byte `at` of the text.
  uint32_t folded_offset(uint32_t at) const;
  // The source span of folded bytes [begin, end).
  Span source_span(uint32_t begin, uint32_t end) const;
  // The same, for readers that look up nearby ranges in order (see source::FoldedText::Cursor).
  Span source_span(uint32_t begin, uint32_t end, source::FoldedText::Cursor& cursor) const;
  // The text's own bytes that folded bytes [begin, end) come from.
  std::string_view original(uint32_t begin, uint32_t end) const;
  // The source offset where folded byte `at` comes from (the end of the text at the end of the view).
  uint32_t source_offset(uint32_t at) const;

 private:
  const Text& text_;
  std::optional<source::FoldedText> own_;
  const source::FoldedText* fold_;
  uint32_t base_ = 0;
  std::string_view view_;
};

}  // namespace convlint::document
