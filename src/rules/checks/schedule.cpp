// finance/schedule: delegated credits come with an AE/CP schedule whose cells read as amounts.
#include <algorithm>

#include "document/schedule_words.hpp"
#include "rules/checks/checks.hpp"
#include "source/folded_text.hpp"

namespace convlint::rules::checks {

namespace {

// A cell that says « nothing » rather than an amount: empty, a dash, « néant ».
bool means_nothing(const document::ScheduleCell& cell) {
  const std::string text = source::fold(document::trim_decorations(cell.text));
  return text.empty() || document::is_dash_cell(document::trim_decorations(cell.text)) || text == "/" || text == "neant" || text == "n/a" || text == "sans objet";
}

bool states_an_amount(const document::Document& document) {
  if (document.articles.empty()) return !document.facts.amounts.empty();
  const uint32_t body = document.articles.front().span.begin;
  return std::any_of(document.facts.amounts.begin(), document.facts.amounts.end(),
                     [&](const document::Amount& amount) { return amount.span.begin >= body && amount.cents > 0; });
}

class ScheduleCheck : public Check {
 public:
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
};

}  // namespace

std::unique_ptr<Check> make_schedule(const RuleSpec&, const Catalog&) { return std::make_unique<ScheduleCheck>(); }

}  // namespace convlint::rules::checks
