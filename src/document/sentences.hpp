#pragma once
// The sentences of a document and the lexicon concepts each one mentions (Facts::sentences, Facts::mentions).

#include <span>

#include "document/document.hpp"
#include "document/lexicon.hpp"

namespace convlint::document {

// Splits the articles and the annexes (titles, paragraphs, list items; not tables), and the paragraphs of the
// préambule that refer to an article or an annex, into sentences and records the concepts of `lexicon` each one
// mentions. Facts::article_refs must be extracted first.
void index_sentences(Document& document, const Lexicon& lexicon);

// A bit per concept (modulo 64) for quick tests of what a sentence mentions.
constexpr uint64_t concept_bit(ConceptId concept_id) { return uint64_t{1} << (concept_id % 64); }

// The sentence (not a heading) that holds source offset `at`, or nullptr.
const Sentence* sentence_at(const Facts& facts, uint32_t at);

// The mentions of a sentence, in reading order.
std::span<const Mention> mentions_of(const Facts& facts, const Sentence& sentence);

// Whether `sentence` mentions `concept`.
bool mentions(const Facts& facts, const Sentence& sentence, ConceptId concept_id);

}  // namespace convlint::document
