// dates/valid: every date is a real calendar date.
#include <algorithm>

#include "rules/checks/checks.hpp"

namespace convlint::rules::checks {

namespace {

class ValidDatesCheck : public Check {
 public:
  void check(const CheckContext& context, Reporter& reporter) const override {
    const std::string_view text = context.view.source().text;
    for (const auto& date : context.document().facts.dates) {
      if (!date.valid) reporter.report("invalid", date.span, {{"text", std::string(text.substr(date.span.begin, date.span.size()))}});
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_valid_dates(const RuleSpec&, const Catalog&) { return std::make_unique<ValidDatesCheck>(); }

}  // namespace convlint::rules::checks
