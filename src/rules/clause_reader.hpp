#pragma once
// Reads clauses in the sentences of a document: which concepts a sentence states, directly, through the line that
// introduces its list, or through a pronoun; which text it is about; where a missing clause belongs.

#include <span>
#include <vector>

#include "document/lexicon.hpp"
#include "rules/document_view.hpp"

namespace convlint::rules {

using document::ConceptId;
using document::Sentence;

// Concepts that one sentence must state together: every group, each by any of its concepts.
struct Frame {
  std::vector<std::vector<ConceptId>> all;
  std::optional<ConceptId> topic;  // the sentence must be about this text, or name no text
  std::vector<ConceptId> none;     // the sentence must state none of these (« n'est pas publiée »)
};

class ClauseReader {
 public:
  ClauseReader(const DocumentView& view, const document::Lexicon& lexicon);

  // Whether `sentence` states one of `concepts`: it mentions it, the line introducing its list does, or a pronoun
  // of it stands for a mention of it.
  bool states(const Sentence& sentence, std::span<const ConceptId> concepts) const;
  bool states(const Sentence& sentence, ConceptId concept_id) const { return states(sentence, std::span(&concept_id, 1)); }

  // Whether `sentence` is about the text `topic` (« la présente convention »): among the texts it names as its
  // subject or as the object of a copy (not as a complement: « tout avenant à la présente convention » is about the
  // avenant), `topic` is one, or it names none.
  bool about(const Sentence& sentence, ConceptId topic) const;

  // The first sentence of the articles that states `frame`, or nullptr.
  const Sentence* find(const Frame& frame) const;

  // The heading of the first article whose title mentions one of `concepts`; else the document anchor.
  Span anchor(std::span<const ConceptId> concepts) const;
  // The same, for concepts named in the lexicon (for findings, which are rare: the names are looked up each time).
  Span anchor(std::initializer_list<std::string_view> names) const;

  const DocumentView& view() const { return view_; }
  const document::Lexicon& lexicon() const { return lexicon_; }

 private:
  const document::Facts& facts() const { return view_.document().facts; }
  bool states_directly(const Sentence& sentence, std::span<const ConceptId> concepts) const;
  // states() with the bits of bits_for(concepts) worked out once by the caller.
  bool states(const Sentence& sentence, std::span<const ConceptId> concepts, uint64_t bits) const;
  // The mention a pronoun stands for: the nearest earlier mention of one of its antecedents in the same paragraph,
  // in the sentences before it first (« lui » never stands for its own sentence's subject), then in its own.
  // `texts_only`: only texts named as a subject or as what a copy is of count (see about()).
  const document::Mention* antecedent(const Sentence& sentence, const document::Mention& pronoun,
                                      std::span<const ConceptId> wanted, bool texts_only = false) const;
  // Whether the mention at `mention` (or one at the same place) is of one of `concepts`.
  bool mention_of(const document::Mention& mention, std::span<const ConceptId> concepts) const;
  // « … dont copie est adressée aux destinataires mentionnés à l'article 4 », « … transmis dans les mêmes conditions
  // que la convention »: a sentence that sends something to recipients named elsewhere states `concepts` when the
  // sending clause it refers to (in the article it names, else anywhere in the articles) states them.
  bool states_by_reference(const Sentence& sentence, std::span<const ConceptId> concepts) const;
  // Whether a text named at `mention` is a noun's complement (« de la présente convention » after « modification »).
  bool is_complement(const Sentence& sentence, const document::Mention& mention) const;

  // The concept bits a sentence must have to state one of `concepts`: theirs and those of the pronouns that may
  // stand for them.
  uint64_t bits_for(std::span<const ConceptId> concepts) const;

  const DocumentView& view_;
  const document::Lexicon& lexicon_;
  ConceptId sending_;
  std::optional<ConceptId> recipients_elsewhere_;
  std::optional<ConceptId> report_document_;
  std::vector<ConceptId> pronouns_;
};

}  // namespace convlint::rules
