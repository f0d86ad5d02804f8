// structure/required-clauses: objet, obligations of each party, financial execution and reporting (art. 2), each
// stated by a sentence of the articles, or by an article whose title names it and whose body is not empty.
#include <algorithm>
#include <optional>
#include <vector>

#include <range/v3/algorithm/any_of.hpp>
#include <range/v3/view/filter.hpp>

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
        report_(concept_id(catalog, "report")), report_frame_{{{concept_id(catalog, "report_document")}, {concept_id(catalog, "report_subject")}}, {}},
        delegant_(concept_id(catalog, "delegant")),
        delegataire_(concept_id(catalog, "delegataire")) {}

  void check(const CheckContext& context, Reporter& reporter) const override {
    const document::Document& document = context.document();
    if (document.articles.empty()) return;  // parse/structure already says no article was found
    const ClauseReader& clauses = context.clauses;
    const ArticleSentences articles(context);
    if (!titled(context, articles, purpose_title_) && !stated(context, articles, purpose_)) reporter.report("no_purpose", document.anchor());
    for (const RoleKind kind : {RoleKind::delegant, RoleKind::delegataire}) {
      if (obligations_stated(context, articles, kind)) continue;
      const ConceptId place[] = {obligations_};
      reporter.report(kind == RoleKind::delegant ? "no_delegant_obligations" : "no_delegataire_obligations", clauses.anchor(place));
    }
    if (!titled(context, articles, financial_) && document.facts.schedules.empty() && !stated(context, articles, financial_))
      reporter.report("no_financial", document.anchor());
    if (!stated(context, articles, report_) && clauses.find(report_frame_) == nullptr) {
      const ConceptId place[] = {obligations_, financial_};
      reporter.report("no_report", clauses.anchor(place));
    }
  }

 private:
  // The sentences of the articles, in document order, each article's sentences together.
  struct ArticleSentences {
    explicit ArticleSentences(const CheckContext& context) {
      for (const auto& sentence : context.document().facts.sentences) {
        if (sentence.part != document::Sentence::Part::article) continue;
        if (sentence.article >= 0) {
          const auto article = static_cast<size_t>(sentence.article);
          if (article >= of_article.size()) of_article.resize(article + 1);
          of_article[article].push_back(&sentence);
        }
        all.push_back(&sentence);
      }
    }
    const std::vector<const document::Sentence*>& of(int article) const {
      static const std::vector<const document::Sentence*> none;
      return article >= 0 && static_cast<size_t>(article) < of_article.size() ? of_article[static_cast<size_t>(article)] : none;
    }
    bool has_body(int article) const { return ranges::any_of(of(article), in_body); }

    std::vector<const document::Sentence*> all;
    std::vector<std::vector<const document::Sentence*>> of_article;
  };

  static bool in_body(const document::Sentence* sentence) { return !sentence->heading; }
  static bool is_title(const document::Sentence* sentence) { return sentence->heading; }

  // A sentence of the articles (not a heading) states the concept.
  static bool stated(const CheckContext& context, const ArticleSentences& articles, ConceptId concept_id) {
    return ranges::any_of(articles.all | ranges::views::filter(in_body),
                          [&](const document::Sentence* sentence) { return context.clauses.states(*sentence, concept_id); });
  }

  // An article titled with the concept (« Article 1 : Objet ») has a body.
  bool titled(const CheckContext& context, const ArticleSentences& articles, ConceptId concept_id) const {
    return ranges::any_of(articles.all | ranges::views::filter(is_title), [&](const document::Sentence* title) {
      return document::mentions(context.document().facts, *title, concept_id) && articles.has_body(title->article);
    });
  }

  // Where names of a party of `kind` first stand in a sentence: its first mention of the role, and the first
  // occurrence of each name a party holding the role is given (source offsets).
  struct FirstNames {
    uint32_t role_mention = UINT32_MAX;
    std::vector<Span> names;

    // The first of them that stands wholly before `limit`, or UINT32_MAX.
    uint32_t before(uint32_t limit) const {
      uint32_t first = role_mention < limit ? role_mention : UINT32_MAX;
      for (const Span& name : names)
        if (name.end <= limit) first = std::min(first, name.begin);
      return first;
    }
  };

  FirstNames first_names(const CheckContext& context, const document::Sentence& sentence, RoleKind kind) const {
    FirstNames found;
    const ConceptId role = kind == RoleKind::delegant ? delegant_ : delegataire_;
    for (const Mention& mention : document::mentions_of(context.document().facts, sentence)) {
      if (mention.concept_id == role) {
        found.role_mention = mention.span.begin;
        break;
      }
    }
    if (sentence.span.end <= sentence.span.begin) return found;
    const std::string_view text = context.view.folded(sentence.span);
    const uint32_t base = context.view.folded_offset(sentence.span.begin);
    for (size_t party : context.roles.parties_with(kind)) {
      for (const std::string& alias : context.roles.aliases()[party]) {
        const size_t at = alias.empty() ? std::string_view::npos : text.find(alias);
        if (at == std::string_view::npos) continue;
        const auto begin = base + static_cast<uint32_t>(at);
        found.names.push_back(context.view.source_span(begin, begin + static_cast<uint32_t>(alias.size())));
      }
    }
    return found;
  }

  // Whether `sentence` names a party of `kind`: the role word, or a name a party holding it is given.
  bool names_role(const CheckContext& context, const document::Sentence& sentence, RoleKind kind) const {
    return first_names(context, sentence, kind).before(sentence.span.end) != UINT32_MAX;
  }

  // Whether a party of `kind` undertakes something in `sentence`: it is the first party named before a verb of
  // undertaking (« le délégant fournit au délégataire » is the délégant's).
  bool undertakes(const CheckContext& context, const document::Sentence& sentence, RoleKind kind) const {
    std::optional<std::pair<FirstNames, FirstNames>> names;  // this kind's and the other's, found at the first verb
    for (const Mention& mention : document::mentions_of(context.document().facts, sentence)) {
      if (mention.concept_id != undertaking_) continue;
      if (!names) {
        const RoleKind other_kind = kind == RoleKind::delegant ? RoleKind::delegataire : RoleKind::delegant;
        names.emplace(first_names(context, sentence, kind), first_names(context, sentence, other_kind));
      }
      const uint32_t own = names->first.before(mention.span.begin);
      if (own != UINT32_MAX && own < names->second.before(mention.span.begin)) return true;
    }
    return false;
  }

  // An article titled « Obligations / Engagements / Rôle du … » naming the role (or « des parties » with a body
  // naming it), or a sentence where the party undertakes something (« le délégataire s'engage à », « il assure »).
  bool obligations_stated(const CheckContext& context, const ArticleSentences& articles, RoleKind kind) const {
    const auto& facts = context.document().facts;
    auto names_it = [&](const document::Sentence* sentence) { return names_role(context, *sentence, kind); };
    for (const auto* title : articles.all | ranges::views::filter(is_title)) {
      if (!document::mentions(facts, *title, obligations_)) continue;
      if (names_it(title) && articles.has_body(title->article)) return true;
      if (document::mentions(facts, *title, both_parties_) && ranges::any_of(articles.of(title->article) | ranges::views::filter(in_body), names_it))
        return true;
    }
    return ranges::any_of(articles.all | ranges::views::filter(in_body),
                          [&](const document::Sentence* sentence) { return undertakes(context, *sentence, kind); });
  }

  ConceptId purpose_, purpose_title_, obligations_, both_parties_, undertaking_, financial_, report_;
  Frame report_frame_;  // a document about the execution: « un état de l'exécution des marchés »
  ConceptId delegant_, delegataire_;
};

}  // namespace

std::unique_ptr<Check> make_required_clauses(const RuleSpec&, const Catalog& catalog) {
  return std::make_unique<RequiredClausesCheck>(catalog);
}

}  // namespace convlint::rules::checks
