#include "rules/clause_reader.hpp"

#include <algorithm>
#include <array>

#include "document/sentences.hpp"

namespace convlint::rules {

namespace {

using document::Core;
using document::id;
using document::Mention;

bool holds(std::span<const ConceptId> concepts, ConceptId concept_id) {
  return std::find(concepts.begin(), concepts.end(), concept_id) != concepts.end();
}

bool overlaps(std::span<const ConceptId> a, std::span<const ConceptId> b) {
  return std::any_of(a.begin(), a.end(), [&](ConceptId concept_id) { return holds(b, concept_id); });
}

// The word of `text` that ends at `end` (spaces before `end` skipped), and where it starts; « l' » keeps its apostrophe.
std::string_view word_before(std::string_view text, size_t end, size_t& start) {
  while (end > 0 && text[end - 1] == ' ') --end;
  start = end;
  if (start > 0 && text[start - 1] == '\'') --start;
  while (start > 0 && document::is_word_byte(text[start - 1])) --start;
  return text.substr(start, end - start);
}

}  // namespace

ClauseReader::ClauseReader(const DocumentView& view, const document::Lexicon& lexicon)
    : view_(view), lexicon_(lexicon), sending_(lexicon.find("sending").value_or(id(Core::copy))),
      recipients_elsewhere_(lexicon.find("recipients_elsewhere")), report_document_(lexicon.find("report_document")) {
  for (size_t concept_id = 0; concept_id < lexicon.size(); ++concept_id) {
    if (!lexicon.antecedents(static_cast<ConceptId>(concept_id)).empty()) pronouns_.push_back(static_cast<ConceptId>(concept_id));
  }
}

uint64_t ClauseReader::bits_for(std::span<const ConceptId> concepts) const {
  uint64_t bits = 0;
  for (const ConceptId concept_id : concepts) bits |= document::concept_bit(concept_id);
  for (const ConceptId pronoun : pronouns_) {
    if (overlaps(lexicon_.antecedents(pronoun), concepts)) bits |= document::concept_bit(pronoun);
  }
  return bits;
}

bool ClauseReader::mention_of(const Mention& mention, std::span<const ConceptId> concepts) const {
  const auto& all = facts().mentions;
  const size_t index = static_cast<size_t>(&mention - all.data());
  for (size_t i = index; i < all.size() && all[i].span.begin == mention.span.begin; ++i) {
    if (holds(concepts, all[i].concept_id)) return true;
  }
  for (size_t i = index; i > 0 && all[i - 1].span.begin == mention.span.begin; --i) {
    if (holds(concepts, all[i - 1].concept_id)) return true;
  }
  return false;
}

const Mention* ClauseReader::antecedent(const Sentence& sentence, const Mention& pronoun, std::span<const ConceptId> wanted,
                                        bool texts_only) const {
  const auto& sentences = facts().sentences;
  const std::vector<ConceptId>& candidates = lexicon_.antecedents(pronoun.concept_id);
  auto candidate = [&](const Sentence& in, const Mention& mention) {
    return holds(candidates, mention.concept_id) && (wanted.empty() || holds(wanted, mention.concept_id)) &&
           (!texts_only || !is_complement(in, mention));
  };
  for (size_t i = static_cast<size_t>(&sentence - sentences.data()); i > 0;) {
    const Sentence& before = sentences[--i];
    if (before.paragraph != sentence.paragraph || before.heading) break;
    const auto list = document::mentions_of(facts(), before);
    for (auto it = list.rbegin(); it != list.rend(); ++it) {
      if (candidate(before, *it)) return &*it;
    }
  }
  const auto own = document::mentions_of(facts(), sentence);
  const Mention* found = nullptr;
  for (const Mention& mention : own) {
    if (mention.span.begin >= pronoun.span.begin) break;
    if (candidate(sentence, mention)) found = &mention;
  }
  return found;
}

bool ClauseReader::states_directly(const Sentence& sentence, std::span<const ConceptId> concepts) const {
  for (const Mention& mention : document::mentions_of(facts(), sentence)) {
    if (holds(concepts, mention.concept_id)) return true;
    const std::vector<ConceptId>& antecedents = lexicon_.antecedents(mention.concept_id);
    if (antecedents.empty() || !overlaps(antecedents, concepts)) continue;
    if (const Mention* stands_for = antecedent(sentence, mention, {}); stands_for && mention_of(*stands_for, concepts)) return true;
  }
  return false;
}

bool ClauseReader::states(const Sentence& sentence, std::span<const ConceptId> concepts) const {
  return states(sentence, concepts, bits_for(concepts));
}

bool ClauseReader::states(const Sentence& sentence, std::span<const ConceptId> concepts, uint64_t bits) const {
  if ((sentence.concepts & bits) != 0 && states_directly(sentence, concepts)) return true;
  if (recipients_elsewhere_ && (sentence.concepts & document::concept_bit(*recipients_elsewhere_)) != 0 &&
      states_by_reference(sentence, concepts))
    return true;
  if (sentence.lead < 0) return false;
  const Sentence& lead = facts().sentences[static_cast<size_t>(sentence.lead)];
  return (lead.concepts & bits) != 0 && states_directly(lead, concepts);
}

bool ClauseReader::states_by_reference(const Sentence& sentence, std::span<const ConceptId> concepts) const {
  const ConceptId sends[] = {sending_, id(Core::copy)};
  const ConceptId reference[] = {*recipients_elsewhere_};
  if (overlaps(concepts, sends) || !states_directly(sentence, sends) || !states_directly(sentence, reference)) return false;
  const document::Document& document = view_.document();
  std::optional<int> article;  // the index of the article the sentence refers to
  for (const document::ArticleRef& ref : facts().article_refs) {
    if (!ref.internal || ref.target != document::ArticleRef::Target::article || ref.span.begin < sentence.span.begin ||
        ref.span.end > sentence.span.end)
      continue;
    for (size_t a = 0; a < document.articles.size(); ++a) {
      if (document.articles[a].number == ref.number) article = static_cast<int>(a);
    }
  }
  return std::any_of(facts().sentences.begin(), facts().sentences.end(), [&](const Sentence& other) {
    return &other != &sentence && !other.heading && other.part == Sentence::Part::article && (!article || other.article == *article) &&
           states_directly(other, sends) && states_directly(other, concepts);
  });
}

bool ClauseReader::is_complement(const Sentence& sentence, const Mention& mention) const {
  const std::string_view text = view_.folded({sentence.span.begin, mention.span.begin});
  size_t start = text.size();
  std::string_view word = word_before(text, start, start);
  while (!word.empty() && lexicon_.has_word(id(Core::determiner), word)) {
    if (lexicon_.has_word(id(Core::possessive), word)) return true;  // « la présente convention et ses avenants »
    word = word_before(text, start, start);
  }
  if (word.empty() || !lexicon_.has_word(id(Core::complement), word)) return false;
  // « copie de la présente convention »: what a copy is of is what the sentence sends.
  const std::string_view folded = view_.document().folded.view();
  const uint32_t complement_at = view_.folded_offset(sentence.span.begin) + static_cast<uint32_t>(start);
  for (const Mention& other : document::mentions_of(facts(), sentence)) {
    if (other.concept_id != id(Core::copy)) continue;
    const uint32_t end = view_.folded_offset(other.span.end);
    if (end <= complement_at && folded.substr(end, complement_at - end).find_first_not_of(' ') == std::string_view::npos) return false;
  }
  return true;
}

bool ClauseReader::about(const Sentence& sentence, ConceptId topic) const {
  // The texts a sentence may be about: the convention, an avenant, a report (« publie un rapport d'activité »).
  const std::array<ConceptId, 3> known = {id(Core::this_document), id(Core::amendment), report_document_.value_or(id(Core::amendment))};
  const std::span<const ConceptId> texts(known.data(), report_document_ ? 3 : 2);
  struct Named {
    ConceptId text;
    uint32_t at;
  };
  std::vector<Named> named;
  std::optional<uint32_t> sent_at;  // the first word of sending (« transmis ») or copy (« copie »)
  for (const Mention& mention : document::mentions_of(facts(), sentence)) {
    if (!sent_at && (mention.concept_id == sending_ || mention.concept_id == id(Core::copy))) sent_at = mention.span.begin;
    if (holds(texts, mention.concept_id)) {
      if (!is_complement(sentence, mention)) named.push_back({mention.concept_id, mention.span.begin});
    } else if (overlaps(lexicon_.antecedents(mention.concept_id), texts) && !is_complement(sentence, mention)) {
      // The text it stands for is named as a subject, or else anyhow (« … prennent la forme d'avenants. Ces
      // derniers sont transmis … »); « de celle-ci » is a complement itself.
      const Mention* stands_for = antecedent(sentence, mention, texts, true);
      if (!stands_for) stands_for = antecedent(sentence, mention, texts);
      if (stands_for) named.push_back({stands_for->concept_id, mention.span.begin});
    }
  }
  if (named.empty()) return true;
  const bool one_text = std::all_of(named.begin(), named.end(), [&](const Named& text) { return text.text == named.front().text; });
  if (one_text || !sent_at) return std::any_of(named.begin(), named.end(), [&](const Named& text) { return text.text == topic; });
  // Both the convention and an avenant: what is sent is the text named last before the word of sending
  // (« … modifiée par voie d'avenant signé des parties et communiqué au CBCM »), else the first one after it.
  const Named* sent = nullptr;
  for (const Named& text : named) {
    if (text.at < *sent_at) sent = &text;
  }
  if (!sent) sent = &named.front();
  return sent->text == topic;
}

const Sentence* ClauseReader::find(const Frame& frame) const {
  std::vector<uint64_t> bits;
  for (const auto& group : frame.all) bits.push_back(bits_for(group));
  for (const Sentence& sentence : facts().sentences) {
    if (sentence.heading || sentence.part != Sentence::Part::article) continue;
    bool all = true;
    for (size_t group = 0; group < frame.all.size() && all; ++group) all = states(sentence, frame.all[group], bits[group]);
    if (all && !frame.none.empty() && states(sentence, frame.none)) continue;
    if (all && (!frame.topic || about(sentence, *frame.topic))) return &sentence;
  }
  return nullptr;
}

Span ClauseReader::anchor(std::span<const ConceptId> concepts) const {
  for (const Sentence& sentence : facts().sentences) {
    if (!sentence.heading || sentence.part != Sentence::Part::article) continue;
    if (states_directly(sentence, concepts)) return view_.article_heading(static_cast<size_t>(sentence.article));
  }
  return view_.document().anchor();
}

Span ClauseReader::anchor(std::initializer_list<std::string_view> names) const {
  std::vector<ConceptId> concepts;
  for (std::string_view name : names) {
    if (const auto found = lexicon_.find(name)) concepts.push_back(*found);
  }
  return anchor(std::span<const ConceptId>(concepts));
}

}  // namespace convlint::rules
