#include "rules/document_view.hpp"

#include <algorithm>

#include "document/sentences.hpp"

namespace convlint::rules {

DocumentView::DocumentView(const document::Document& document)
    : document_(document), folded_(document.folded) {}

std::string_view DocumentView::folded(Span span) const {
  const uint32_t begin = folded_offset(span.begin);
  const uint32_t end = folded_offset(span.end);
  return folded_.view().substr(begin, end > begin ? end - begin : 0);
}

Span DocumentView::source_span(uint32_t folded_begin, uint32_t folded_end) const {
  const auto [begin, end] = folded_.original_range(folded_begin, folded_end);
  return {begin, end};
}

Span DocumentView::articles_span() const {
  if (document_.articles.empty()) return {};
  return {document_.articles.front().span.begin, document_.articles.back().span.end};
}

std::string_view DocumentView::articles_folded() const { return folded(articles_span()); }

bool DocumentView::credits_delegated() const {
  if (!document_.facts.schedules.empty() || !document_.facts.chorus.empty()) return true;
  const auto management = document::id(document::Core::credit_management);
  const document::Facts& facts = document_.facts;
  return std::any_of(facts.sentences.begin(), facts.sentences.end(), [&](const document::Sentence& sentence) {
    return sentence.part == document::Sentence::Part::article && !sentence.heading &&
           (sentence.concepts & document::concept_bit(management)) != 0 && document::mentions(facts, sentence, management);
  });
}

bool DocumentView::read_by_ocr(Span span) const {
  const source::SourceText& text = source();
  if (text.ocr_pages.empty()) return false;
  const uint32_t page = text.origin(text.position(span.begin).line);
  return std::any_of(text.ocr_pages.begin(), text.ocr_pages.end(), [&](const source::OcrPage& read) { return read.page == page; });
}

bool DocumentView::dinum_is_party() const {
  for (const document::Party& party : document_.parties) {
    const document::TextFold name = document_.fold_of(party.name);
    if (name.view().find("dinum") != std::string_view::npos ||
        name.view().find("direction interministerielle du numerique") != std::string_view::npos)
      return true;
  }
  return false;
}

}  // namespace convlint::rules
