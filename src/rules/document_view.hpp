#pragma once
// A document as rules look at it: its facts, a folded (lowercase, accent-free) view of the whole text built once,
// and the questions several rules ask (are credits delegated? where should a missing clause be reported?).

#include <string_view>

#include "document/document.hpp"
#include "source/folded_text.hpp"

namespace convlint::rules {

class DocumentView {
 public:
  explicit DocumentView(const document::Document& document);

  const document::Document& document() const { return document_; }
  const source::SourceText& source() const { return *document_.source; }

  // The folded text of a span of the normalised source, and the way back.
  std::string_view folded(Span span) const;
  uint32_t folded_offset(uint32_t source_offset) const { return folded_.folded_offset(source_offset); }
  Span source_span(uint32_t folded_begin, uint32_t folded_end) const;

  // The folded text of all articles (from the first heading to the end of the last article).
  std::string_view articles_folded() const;
  Span articles_span() const;

  // True when the convention delegates the management of credits: an AE/CP schedule, Chorus references, or a
  // sentence of the articles that speaks of AE, CP or spending acts (lexicon concept `credit_management`).
  bool credits_delegated() const;
  bool dinum_is_party() const;
  // True when the text at `span` was read by OCR from a scanned page (its figures may be misread).
  bool read_by_ocr(Span span) const;

  // The heading span of an article index.
  Span article_heading(size_t index) const { return document_.articles[index].heading.span(); }

 private:
  const document::Document& document_;
  const source::FoldedText& folded_;
};

}  // namespace convlint::rules
