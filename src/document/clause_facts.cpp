// Facts whose meaning depends on the sentence around them: notices, references to other texts, credit years.
#include <algorithm>

#include "document/facts_extraction.hpp"
#include "document/sentences.hpp"

namespace convlint::document {

namespace {

bool is_one_of(ConceptId concept_id, std::initializer_list<Core> concepts) {
  return std::any_of(concepts.begin(), concepts.end(), [&](Core core) { return id(core) == concept_id; });
}

// The mentions that stand before `at` in the reading of `sentence`: those of the line introducing its list first.
template <class Visit>
void each_mention_before(const Facts& facts, const Sentence& sentence, uint32_t at, Visit&& visit) {
  if (sentence.lead >= 0) {
    for (const Mention& mention : mentions_of(facts, facts.sentences[static_cast<size_t>(sentence.lead)])) visit(mention);
  }
  for (const Mention& mention : mentions_of(facts, sentence)) {
    if (mention.span.end <= at) visit(mention);
  }
}

bool mentions_in_reading(const Facts& facts, const Sentence& sentence, Core concept_id) {
  return mentions(facts, sentence, id(concept_id)) ||
         (sentence.lead >= 0 && mentions(facts, facts.sentences[static_cast<size_t>(sentence.lead)], id(concept_id)));
}

// A duration is a notice when the words nearest before it introduce one (« préavis de », or « délai »,
// « moyennant », « avant » in a sentence that ends the convention early), not the convention's length (« conclue
// pour une durée de »); « trois mois de préavis » names it after.
void classify_duration(const Facts& facts, Duration& duration) {
  constexpr uint32_t adjacent = 12;  // bytes: « préavis d'une durée de », « trois mois de préavis »
  const Sentence* sentence = sentence_at(facts, duration.span.begin);
  if (!sentence) return;
  const Mention* nearest = nullptr;
  const Mention* named_before = nullptr;
  each_mention_before(facts, *sentence, duration.span.begin, [&](const Mention& mention) {
    if (mention.concept_id == id(Core::notice_word)) named_before = &mention;
    if (is_one_of(mention.concept_id, {Core::notice_word, Core::notice, Core::term_length, Core::termination})) nearest = &mention;
  });
  bool named = nearest && nearest->concept_id == id(Core::notice_word);
  // « préavis d'une durée de trois mois »: the length named is the notice's own.
  if (nearest && nearest->concept_id == id(Core::term_length) && named_before && nearest->span.begin <= named_before->span.end + adjacent)
    named = true;
  // « … prend fin trois mois après la réception de la décision d'y mettre fin »: the delay word comes after.
  bool delay_after = false;
  for (const Mention& mention : mentions_of(facts, *sentence)) {
    if (mention.span.begin < duration.span.end || mention.span.begin > duration.span.end + adjacent) continue;
    if (mention.concept_id == id(Core::notice_word)) named = true;
    if (mention.concept_id == id(Core::notice)) delay_after = true;
  }
  const bool ends_early = mentions_in_reading(facts, *sentence, Core::termination);
  duration.named_notice = named;
  duration.notice = named || (ends_early && (nearest ? nearest->concept_id != id(Core::term_length) : delay_after));
}

// The word of `text` before `end` (spaces and one comma skipped): its start and its letters.
std::string_view word_before(std::string_view text, size_t end, size_t& start) {
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == ',')) --end;
  start = end;
  while (start > 0 && is_word_byte(text[start - 1])) --start;
  return text.substr(start, end - start);
}

// The last word of `text` (spaces, commas and determiners skipped): « alinéa 2, de la » gives « de ».
std::string_view last_word(std::string_view text, const Lexicon& lexicon) {
  size_t end = text.size();
  while (true) {
    while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == ',')) --end;
    size_t start = end;
    if (start > 0 && text[start - 1] == '\'') --start;
    while (start > 0 && is_word_byte(text[start - 1])) --start;
    const std::string_view word = text.substr(start, end - start);
    if (word.empty() || !lexicon.has_word(id(Core::determiner), word)) return word;
    end = start;
  }
}

// « l'article 2 du décret … », « l'article 5 de la convention du 3 mars 2021 », « l'article 4 dudit décret »,
// « l'article 9 précité » point into another text; « l'article 4 de la présente convention », « l'article 3
// ci-dessus » and a bare « l'article 4 » do not. The text is named right after the number, or after a preposition.
void classify_reference(const Document& document, const Lexicon& lexicon, ArticleRef& reference) {
  constexpr uint32_t within = 40;  // bytes after the number: « l'article 3, alinéa 2, de la loi »
  const Facts& facts = document.facts;
  const Sentence* sentence = sentence_at(facts, reference.span.begin);
  if (!sentence) return;
  const uint32_t from = document.folded.folded_offset(reference.span.end);
  for (const Mention& mention : mentions_of(facts, *sentence)) {
    if (mention.span.begin < reference.span.end || mention.span.begin > reference.span.end + within) continue;
    if (mention.concept_id != id(Core::this_text) && mention.concept_id != id(Core::other_text)) continue;
    const uint32_t to = document.folded.folded_offset(mention.span.begin);
    const std::string_view between = document.folded.view().substr(from, to - from);
    const bool adjacent = between.find_first_not_of(" ,") == std::string_view::npos;
    if (!adjacent && !lexicon.has_word(id(Core::complement), last_word(between, lexicon))) continue;
    reference.internal = mention.concept_id == id(Core::this_text);
    return;
  }
  // « le décret n° 2012-1246 …, notamment son article 76 »: the article of a text named before.
  const std::string_view before = document.folded.view().substr(0, document.folded.folded_offset(reference.span.begin));
  size_t start = 0;
  if (lexicon.has_word(id(Core::possessive), word_before(before, before.size(), start))) reference.internal = false;
}

bool inside_any(Span span, const auto& facts_with_spans) {
  return std::any_of(facts_with_spans.begin(), facts_with_spans.end(),
                     [&](const auto& fact) { return fact.span.begin <= span.begin && span.end <= fact.span.end; });
}

bool is_year(std::string_view word) {
  return word.size() == 4 && word.starts_with("20") && std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Years for which an article says credits are made available: « au titre de l'exercice 2024 », « pour l'année
// 2024 », « sur la gestion 2024 », « en 2024 et 2025 », in a sentence about allocating credits.
void read_credit_years(const Document& document, const Lexicon& lexicon, Facts& facts) {
  const std::string_view folded = document.folded.view();
  const std::optional<ConceptId> dated_event = lexicon.find("dated_event");
  for (const Sentence& sentence : facts.sentences) {
    if (sentence.heading || sentence.part == Sentence::Part::preamble) continue;
    if (!mentions_in_reading(facts, sentence, Core::allocation) || !mentions_in_reading(facts, sentence, Core::credits)) continue;
    const uint32_t begin = document.folded.folded_offset(sentence.span.begin);
    const uint32_t end = document.folded.folded_offset(sentence.span.end);
    const std::string_view text = folded.substr(begin, end - begin);
    std::vector<size_t> accepted;  // where the years already taken end
    for (size_t at = 0; at + 4 <= text.size(); ++at) {
      if ((at > 0 && is_word_byte(text[at - 1])) || (at + 4 < text.size() && is_word_byte(text[at + 4]))) continue;
      if (!is_year(text.substr(at, 4))) continue;
      const Span span = {document.folded.original_offset(begin + static_cast<uint32_t>(at)),
                         document.folded.original_offset(begin + static_cast<uint32_t>(at + 4))};
      if (inside_any(span, facts.dates) || inside_any(span, facts.legal_refs) || inside_any(span, facts.amounts)) continue;
      size_t start = at;
      std::string_view before = word_before(text, at, start);
      bool lead = lexicon.has_word(id(Core::year_lead), before);
      if (!lead && lexicon.has_word(id(Core::complement), before)) {
        size_t earlier = start;
        lead = lexicon.has_word(id(Core::year_lead), word_before(text, start, earlier));  // « au titre de 2024 »
      }
      // « en 2024 et 2025 », « en 2024, 2025 »: a year listed after one already taken.
      auto taken = [&](size_t word_start, std::string_view word) {
        return is_year(word) && std::find(accepted.begin(), accepted.end(), word_start + 4) != accepted.end();
      };
      if (!lead) lead = taken(start, before);
      if (!lead && lexicon.has_word(id(Core::conjunction), before)) {
        size_t earlier = start;
        const std::string_view listed = word_before(text, start, earlier);
        lead = taken(earlier, listed);
      }
      // « la convention-cadre signée en 2019 »: the year another text or event dates from.
      if (lead && dated_event) {
        size_t earlier = start;
        if (lexicon.has_word(*dated_event, word_before(text, start, earlier))) lead = false;
      }
      if (!lead) continue;
      accepted.push_back(at + 4);
      facts.credit_years.push_back({(text[at + 2] - '0') * 10 + (text[at + 3] - '0') + 2000, span});
    }
  }
}

}  // namespace

void read_clause_facts(Document& document, const Lexicon& lexicon) {
  Facts& facts = document.facts;
  if (facts.sentences.empty()) return;
  for (Duration& duration : facts.durations) classify_duration(facts, duration);
  for (ArticleRef& reference : facts.article_refs) classify_reference(document, lexicon, reference);
  read_credit_years(document, lexicon, facts);
}

}  // namespace convlint::document
