// structure/required-clauses: objet, obligations of each party, financial execution and reporting (art. 2), each
// stated by a sentence of the articles, or by an article whose title names it and whose body is not empty.
#include <algorithm>

#include "document/sentences.hpp"
#include "rules/checks/checks.hpp"

namespace convlint::rules::checks {

namespace {

using document::Mention;

ConceptId concept_id(const Catalog& catalog, std::string_view name) { return catalog.lexicon.find(name).value_or(0); }

class RequiredClausesCheck : public Check {
 public:
  explicit RequiredClausesCheck(const Catalog& catalog)
      : purpose_(concept_id(catalog, "purpose")), purpose_title_(concept_id(catalog, "purpose_title")),
        obligations_(concept_id(catalog, "obligations")), both_parties_(concept_id(catalog, "both_parties")),
        undertaking_(concept_id(catalog, "undertaking")), financial_(concept_id(catalog, "financial")),
        report_(concept_id(catalog, "report")), delegant_(concept_id(catalog, "delegant")),
        delegataire_(concept_id(catalog, "delegataire")) {}

  void check(const CheckContext& context, Reporter& reporter) const override {
    const document::Document& document = context.document();
    if (document.articles.empty()) return;  // parse/structure already says no article was found
    const ClauseReader& clauses = context.clauses;
    if (!titled(context, purpose_title_) && !stated(context, purpose_)) reporter.report("no_purpose", document.anchor());
    for (const RoleKind kind : {RoleKind::delegant, RoleKind::delegataire}) {
      if (obligations_stated(context, kind)) continue;
      const ConceptId place[] = {obligations_};
      reporter.report(kind == RoleKind::delegant ? "no_delegant_obligations" : "no_delegataire_obligations", clauses.anchor(place));
    }
    if (!titled(context, financial_) && document.facts.schedules.empty() && !stated(context, financial_))
      reporter.report("no_financial", document.anchor());
    if (!stated(context, report_)) {
      const ConceptId place[] = {obligations_, financial_};
      reporter.report("no_report", clauses.anchor(place));
    }
  }

 private:
  static auto article_sentences(const CheckContext& context) {
    const auto& sentences = context.document().facts.sentences;
    std::vector<const document::Sentence*> list;
    for (const auto& sentence : sentences) {
      if (sentence.part == document::Sentence::Part::article) list.push_back(&sentence);
    }
    return list;
  }

  // A sentence of the articles (not a heading) states the concept.
  static bool stated(const CheckContext& context, ConceptId concept_id) {
    const auto list = article_sentences(context);
    return std::any_of(list.begin(), list.end(), [&](const document::Sentence* sentence) {
      return !sentence->heading && context.clauses.states(*sentence, concept_id);
    });
  }

  // An article titled with the concept (« Article 1 : Objet ») has a body.
  bool titled(const CheckContext& context, ConceptId concept_id) const {
    for (const auto* sentence : article_sentences(context)) {
      if (sentence->heading && document::mentions(context.document().facts, *sentence, concept_id) && has_body(context, sentence->article))
        return true;
    }
    return false;
  }

  static bool has_body(const CheckContext& context, int article) {
    const auto list = article_sentences(context);
    return std::any_of(list.begin(), list.end(), [&](const document::Sentence* sentence) { return !sentence->heading && sentence->article == article; });
  }

  // Whether `sentence` names a party of `kind`: the role word, or a name a party holding it is given.
  bool names_role(const CheckContext& context, const document::Sentence& sentence, RoleKind kind) const {
    return first_role_before(context, sentence, sentence.span.end, kind) != UINT32_MAX;
  }

  // Where the first name of a party of `kind` stands in `sentence` before source offset `before`, or UINT32_MAX.
  uint32_t first_role_before(const CheckContext& context, const document::Sentence& sentence, uint32_t before, RoleKind kind) const {
    const ConceptId role = kind == RoleKind::delegant ? delegant_ : delegataire_;
    uint32_t first = UINT32_MAX;
    for (const Mention& mention : document::mentions_of(context.document().facts, sentence)) {
      if (mention.concept_id == role && mention.span.begin < before) {
        first = mention.span.begin;
        break;
      }
    }
    const uint32_t end = std::min(before, sentence.span.end);
    if (end <= sentence.span.begin) return first;
    const std::string_view text = context.view.folded({sentence.span.begin, end});
    const uint32_t base = context.view.folded_offset(sentence.span.begin);
    for (size_t party : context.roles.parties_with(kind)) {
      for (const std::string& alias : context.roles.aliases()[party]) {
        const size_t at = alias.empty() ? std::string_view::npos : text.find(alias);
        if (at != std::string_view::npos) first = std::min(first, context.view.source_span(base + static_cast<uint32_t>(at), base + static_cast<uint32_t>(at)).begin);
      }
    }
    return first;
  }

  // Whether a party of `kind` undertakes something in `sentence`: it is the first party named before a verb of
  // undertaking (« le délégant fournit au délégataire » is the délégant's).
  bool undertakes(const CheckContext& context, const document::Sentence& sentence, RoleKind kind) const {
    for (const Mention& mention : document::mentions_of(context.document().facts, sentence)) {
      if (mention.concept_id != undertaking_) continue;
      const uint32_t own = first_role_before(context, sentence, mention.span.begin, kind);
      const RoleKind other_kind = kind == RoleKind::delegant ? RoleKind::delegataire : RoleKind::delegant;
      if (own != UINT32_MAX && own < first_role_before(context, sentence, mention.span.begin, other_kind)) return true;
    }
    return false;
  }

  // An article titled « Obligations / Engagements / Rôle du … » naming the role (or « des parties » with a body
  // naming it), or a sentence where the party undertakes something (« le délégataire s'engage à », « il assure »).
  bool obligations_stated(const CheckContext& context, RoleKind kind) const {
    const auto& facts = context.document().facts;
    const auto list = article_sentences(context);
    for (const auto* title : list) {
      if (!title->heading || !document::mentions(facts, *title, obligations_)) continue;
      if (names_role(context, *title, kind) && has_body(context, title->article)) return true;
      if (!document::mentions(facts, *title, both_parties_)) continue;
      for (const auto* sentence : list) {
        if (sentence->article == title->article && !sentence->heading && names_role(context, *sentence, kind)) return true;
      }
    }
    return std::any_of(list.begin(), list.end(), [&](const document::Sentence* sentence) {
      return !sentence->heading && undertakes(context, *sentence, kind);
    });
  }

  ConceptId purpose_, purpose_title_, obligations_, both_parties_, undertaking_, financial_, report_, delegant_, delegataire_;
};

}  // namespace

std::unique_ptr<Check> make_required_clauses(const RuleSpec&, const Catalog& catalog) {
  return std::make_unique<RequiredClausesCheck>(catalog);
}

}  // namespace convlint::rules::checks
