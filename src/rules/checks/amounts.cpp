// finance/amounts: the envelope the prose states agrees with the schedule's total AE (after deductions).
#include <algorithm>

#include "rules/checks/checks.hpp"

namespace convlint::rules::checks {

namespace {

using document::Amount;

class AmountsCheck : public Check {
 public:
  void check(const CheckContext& context, Reporter& reporter) const override {
    const auto& facts = context.document().facts;
    if (!facts.schedule || facts.schedule->rows.empty()) return;
    const int64_t total = facts.schedule->total_ae();
    if (total <= 0) return;
    const Amount* envelope = nullptr;
    int64_t deducted = 0;
    std::vector<int64_t> counted;
    for (const Amount& amount : facts.amounts) {
      if ((amount.role == Amount::Role::envelope || amount.role == Amount::Role::remainder) && amount.cents == total) return;
      if (amount.role == Amount::Role::envelope && envelope == nullptr) envelope = &amount;
      if (amount.role == Amount::Role::deduction && std::find(counted.begin(), counted.end(), amount.cents) == counted.end()) {
        counted.push_back(amount.cents);
        deducted = document::add_cents(deducted, amount.cents);
      }
    }
    if (envelope == nullptr) return;
    const int64_t remaining = document::add_cents(envelope->cents, -deducted);
    if (deducted > 0 && remaining == total) return;
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
