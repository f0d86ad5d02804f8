// avenant/amounts: the changes an avenant states add up: « porté de 200 000 € à 250 000 €, soit une augmentation de
// 50 000 € », and a new total of AE is the total of the avenant's schedule (or the schedule gives the increase).
#include <algorithm>

#include "rules/checks/checks.hpp"
#include "source/folded_text.hpp"

namespace convlint::rules::checks {

namespace {

using document::Amount;
using document::Sentence;

class AvenantAmountsCheck : public Check {
 public:
  explicit AvenantAmountsCheck(const Catalog& catalog)
      : change_(concept_of(catalog, "amount_change")), stated_(concept_of(catalog, "stated_change")),
        commitments_(concept_of(catalog, "commitments")), to_(concept_of(catalog, "amount_to")), lexicon_(catalog.lexicon) {}

  void check(const CheckContext& context, Reporter& reporter) const override {
    const auto& facts = context.document().facts;
    for (const Sentence& sentence : facts.sentences) {
      if (sentence.heading || !context.clauses.states(sentence, change_)) continue;
      const auto amounts = amounts_in(facts.amounts, sentence.span);
      for (size_t i = 0; i + 1 < amounts.size(); ++i) {
        if (!joined_by_to(context, *amounts[i], *amounts[i + 1])) continue;
        check_change(context, sentence, *amounts[i], *amounts[i + 1], i + 2 < amounts.size() ? amounts[i + 2] : nullptr, reporter);
      }
    }
  }

 private:
  static ConceptId concept_of(const Catalog& catalog, std::string_view name) { return catalog.lexicon.find(name).value_or(0); }

  // The amounts inside `span` (the facts' amounts are in reading order).
  static std::vector<const Amount*> amounts_in(const std::vector<Amount>& amounts, Span span) {
    std::vector<const Amount*> found;
    auto at = std::lower_bound(amounts.begin(), amounts.end(), span.begin, [](const Amount& a, uint32_t begin) { return a.span.begin < begin; });
    for (; at != amounts.end() && at->span.begin < span.end; ++at) {
      if (at->span.end <= span.end) found.push_back(&*at);
    }
    return found;
  }

  // « de 200 000 € à 250 000 € », « « 200 000 € » est remplacé par « 250 000 € » »: only « à » (or its like) between
  // the two amounts, quotes aside.
  bool joined_by_to(const CheckContext& context, const Amount& from, const Amount& to) const {
    if (to.span.begin < from.span.end) return false;
    const std::string between = source::fold(context.view.source().text.substr(from.span.end, to.span.begin - from.span.end));
    const auto first = between.find_first_not_of(" \"");
    if (first == std::string::npos) return false;
    const auto last = between.find_last_not_of(" \"");
    return lexicon_.has_word(to_, std::string_view(between).substr(first, last - first + 1));
  }

  void check_change(const CheckContext& context, const Sentence& sentence, const Amount& from, const Amount& to, const Amount* stated,
                    Reporter& reporter) const {
    const int64_t change = std::llabs(document::add_cents(to.cents, -from.cents));
    if (stated && context.clauses.states(sentence, stated_) && stated->cents != change) {
      reporter.report("change_mismatch", stated->span,
                      {{"from", format_euros(from.cents)}, {"to", format_euros(to.cents)}, {"change", format_euros(change)},
                       {"stated", format_euros(stated->cents)}},
                      format_euros(change));
    }
    const auto& facts = context.document().facts;
    const int64_t total = facts.total_ae();
    if (!context.clauses.states(sentence, commitments_) || facts.schedules.empty() || total == to.cents || total == change) return;
    reporter.report("schedule_mismatch", to.span, {{"amount", format_euros(to.cents)}, {"total", format_euros(total)}});
  }

  ConceptId change_, stated_, commitments_, to_;
  const document::Lexicon& lexicon_;
};

}  // namespace

std::unique_ptr<Check> make_avenant_amounts(const RuleSpec&, const Catalog& catalog) {
  return std::make_unique<AvenantAmountsCheck>(catalog);
}

}  // namespace convlint::rules::checks
