#include "document/text_fold.hpp"

namespace convlint::document {

TextFold::TextFold(const Text& text, const source::FoldedText& document_fold) : text_(text), fold_(&document_fold) {
  if (!text.contiguous()) {
    own_.emplace(text.view());
    fold_ = &*own_;
    view_ = own_->view();
    return;
  }
  const Span span = text.span();
  base_ = document_fold.folded_offset(span.begin);
  const uint32_t end = document_fold.folded_offset(span.end);
  view_ = document_fold.view().substr(base_, end - base_);
}

uint32_t TextFold::folded_offset(uint32_t at) const {
  if (own_) return own_->folded_offset(at);
  return fold_->folded_offset(text_.span().begin + at) - base_;
}

Span TextFold::source_span(uint32_t begin, uint32_t end) const {
  if (own_) {
    const auto [from, to] = own_->original_range(begin, end);
    return text_.source_span(from, to);
  }
  const auto [from, to] = fold_->original_range(base_ + begin, base_ + end);
  return {from, to};
}

Span TextFold::source_span(uint32_t begin, uint32_t end, source::FoldedText::Cursor& cursor) const {
  if (own_) return source_span(begin, end);
  const auto [from, to] = fold_->original_range(base_ + begin, base_ + end, cursor);
  return {from, to};
}

std::string_view TextFold::original(uint32_t begin, uint32_t end) const {
  if (own_) {
    const auto [from, to] = own_->original_range(begin, end);
    return text_.view().substr(from, to - from);
  }
  const auto [from, to] = fold_->original_range(base_ + begin, base_ + end);
  return text_.view().substr(from - text_.span().begin, to - from);
}

uint32_t TextFold::source_offset(uint32_t at) const {
  if (own_) return text_.source_span(0, own_->original_offset(at)).end;
  if (at >= view_.size()) return text_.span().end;
  return fold_->original_offset(base_ + at);
}

}  // namespace convlint::document
