// finance/amounts: the envelope the prose states agrees with the schedules' total AE, or one schedule's (after deductions).
#include <algorithm>

#include "rules/checks/checks.hpp"

namespace convlint::rules::checks {

namespace {

using document::Amount;

// The total of all the schedules, or of one of them (a délégant's share when there are several).
bool names_a_total(const document::Facts& facts, int64_t cents) {
  if (cents == facts.total_ae()) return true;
  return std::any_of(facts.schedules.begin(), facts.schedules.end(), [&](const document::Schedule& s) { return s.total_ae() == cents; });
}

class AmountsCheck : public Check {
 public:
  void check(const CheckContext& context, Reporter& reporter) const override {
    const auto& facts = context.document().facts;
    const int64_t total = facts.total_ae();
    if (total <= 0) return;
    const Amount* envelope = nullptr;
    int64_t deducted = 0;
    std::vector<int64_t> counted;
    for (const Amount& amount : facts.amounts) {
      if ((amount.role == Amount::Role::envelope || amount.role == Amount::Role::remainder) && names_a_total(facts, amount.cents)) return;
      if (amount.role == Amount::Role::envelope && envelope == nullptr) envelope = &amount;
      if (amount.role == Amount::Role::deduction && std::find(counted.begin(), counted.end(), amount.cents) == counted.end()) {
        counted.push_back(amount.cents);
        deducted = document::add_cents(deducted, amount.cents);
      }
    }
    if (envelope == nullptr) return;
    const int64_t remaining = document::add_cents(envelope->cents, -deducted);
    if (names_a_total(facts, envelope->cents) || (deducted > 0 && names_a_total(facts, remaining))) return;
    if (deducted > 0) {
      reporter.report("mismatch_after_deduction", envelope->span,
                      {{"amount", format_euros(envelope->cents)}, {"deducted", format_euros(deducted)},
                       {"remaining", format_euros(remaining)}, {"total", format_euros(total)}});
    } else {
      reporter.report("mismatch", envelope->span, {{"amount", format_euros(envelope->cents)}, {"total", format_euros(total)}});
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_amounts(const RuleSpec&, const Catalog&) { return std::make_unique<AmountsCheck>(); }

}  // namespace convlint::rules::checks
