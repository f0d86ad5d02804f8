#pragma once
// The sentences of a document and the lexicon concepts each one mentions (Facts::sentences, Facts::mentions).

#include <span>

#include "document/document.hpp"
#include "document/lexicon.hpp"

namespace convlint::document {

// Splits the préambule, the articles and the annexes (titles, paragraphs, list items; not tables) into sentences
// and records the concepts of `lexicon` each one mentions.
void index_sentences(Document& document, const Lexicon& lexicon);

// The sentence (not a heading) that holds source offset `at`, or nullptr.
const Sentence* sentence_at(const Facts& facts, uint32_t at);

// The mentions of a sentence, in reading order.
std::span<const Mention> mentions_of(const Facts& facts, const Sentence& sentence);

// Whether `sentence` mentions `concept`.
bool mentions(const Facts& facts, const Sentence& sentence, ConceptId concept_id);

}  // namespace convlint::document
