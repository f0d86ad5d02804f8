// finance/schedule: delegated credits come with an AE/CP schedule whose cells read as amounts.
#include <algorithm>

#include "document/schedule_words.hpp"
#include "rules/checks/checks.hpp"
#include "source/folded_text.hpp"

namespace convlint::rules::checks {

namespace {

bool states_an_amount(const document::Document& document) {
  if (document.articles.empty()) return !document.facts.amounts.empty();
  const uint32_t body = document.articles.front().span.begin;
  return std::any_of(document.facts.amounts.begin(), document.facts.amounts.end(),
                     [&](const document::Amount& amount) { return amount.span.begin >= body && amount.cents > 0; });
}

class ScheduleCheck : public Check {
 public:
  explicit ScheduleCheck(const document::Lexicon& lexicon) : lexicon_(lexicon), nothing_(lexicon.find("no_amount")) {}

  void check(const CheckContext& context, Reporter& reporter) const override {
    if (!context.view.credits_delegated()) return;
    const auto& schedules = context.document().facts.schedules;
    if (schedules.empty()) {
      // No amount in the articles or annexes: the délégataire executes the délégant's credits without an envelope.
      if (states_an_amount(context.document())) reporter.report("missing", context.clauses.anchor({"financial"}));
      return;
    }
    for (const document::Schedule& schedule : schedules) {
      for (const auto& row : schedule.rows) {
        for (const auto& [column, cell] : {std::pair{"AE", &row.ae}, std::pair{"CP", &row.cp}}) {
          if (cell->amounts.empty() && !means_nothing(*cell))
            reporter.report("unreadable", cell->span, {{"column", column}, {"year", std::to_string(row.year)}, {"text", cell->text}});
        }
      }
    }
  }

 private:
  // A cell that says « nothing » rather than an amount: empty, a dash, or a word of the lexicon (« néant »).
  bool means_nothing(const document::ScheduleCell& cell) const {
    const std::string text = source::fold(document::trim_decorations(cell.text));
    return text.empty() || document::is_dash_cell(document::trim_decorations(cell.text)) || (nothing_ && lexicon_.has_word(*nothing_, text));
  }

  const document::Lexicon& lexicon_;
  std::optional<ConceptId> nothing_;
};

}  // namespace

std::unique_ptr<Check> make_schedule(const RuleSpec&, const Catalog& catalog) { return std::make_unique<ScheduleCheck>(catalog.lexicon); }

}  // namespace convlint::rules::checks
