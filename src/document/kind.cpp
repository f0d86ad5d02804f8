// Tells a convention from an avenant and from an agreement that is not a délégation de gestion, by the concepts its
// title, parties, visas and sentences name.
#include "document/kind_reading.hpp"

#include <algorithm>

namespace convlint::document {

namespace {

std::vector<ConceptHit> hits_in(std::string_view folded, const Lexicon& lexicon) {
  std::vector<ConceptHit> hits;
  lexicon.scan(folded, hits);
  return hits;
}

bool names(const std::vector<ConceptHit>& hits, Core concept_id) {
  return std::any_of(hits.begin(), hits.end(), [&](const ConceptHit& hit) { return hit.concept_id == id(concept_id); });
}

// The folded word just before byte `at` of `folded`.
std::string_view word_before(std::string_view folded, size_t at) {
  size_t end = at;
  while (end > 0 && !is_word_byte(folded[end - 1])) --end;
  size_t begin = end;
  while (begin > 0 && is_word_byte(folded[begin - 1])) --begin;
  return folded.substr(begin, end - begin);
}

// A title that names an avenant as what the text is (« Avenant n° 2 à la convention … », « Convention … — avenant
// n° 1 »), not as something the convention has (« … et ses avenants »).
bool titled_avenant(const Document& document, const Lexicon& lexicon) {
  if (!document.title) return false;
  const TextFold title = document.fold_of(*document.title);
  for (const ConceptHit& hit : hits_in(title.view(), lexicon)) {
    if (hit.concept_id == id(Core::amendment) && !lexicon.has_word(id(Core::possessive), word_before(title.view(), hit.begin)))
      return true;
  }
  return false;
}

// Whether anything in the text says it delegates management under the décret: the décret itself, « délégation de
// gestion », a délégant or délégataire. The sentences were scanned already; the rest is short, and the whole text is
// read only when nothing was found (a text that is most likely no délégation at all).
bool names_a_delegation(const Document& document, const Lexicon& lexicon) {
  const auto delegation = id(Core::delegation);
  if (std::any_of(document.facts.mentions.begin(), document.facts.mentions.end(),
                  [&](const Mention& mention) { return mention.concept_id == delegation; }))
    return true;
  auto in = [&](const Text& text) { return names(hits_in(document.fold_of(text).view(), lexicon), Core::delegation); };
  if (document.title && in(*document.title)) return true;
  for (const Party& party : document.parties) {
    if (in(party.name) || std::any_of(party.roles.begin(), party.roles.end(), [&](const Role& role) {
          return names(hits_in(source::fold(role.name), lexicon), Core::delegation);
        }))
      return true;
  }
  if (std::any_of(document.visas.begin(), document.visas.end(), [&](const Visa& visa) { return in(visa.text); })) return true;
  return names(hits_in(document.folded.view(), lexicon), Core::delegation);
}

}  // namespace

DocumentKind read_kind(const Document& document, const Lexicon& lexicon) {
  if (titled_avenant(document, lexicon)) return DocumentKind::avenant;
  // A text without a title or parties (an excerpt, a clause pasted alone) does not say what it is: read as a convention.
  const bool presents_itself = document.title.has_value() || !document.parties.empty();
  return !presents_itself || names_a_delegation(document, lexicon) ? DocumentKind::convention : DocumentKind::other;
}

}  // namespace convlint::document
