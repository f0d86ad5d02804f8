// legal/preavis: the termination clause gives a three-month notice (art. 5).
#include <algorithm>

#include "rules/checks/checks.hpp"

namespace convlint::rules::checks {

namespace {

class PreavisCheck : public Check {
 public:
  explicit PreavisCheck(const RuleSpec& rule) : months_(std::atoi(param(rule, "months", "3").c_str())) {}

  void check(const CheckContext& context, Reporter& reporter) const override {
    bool any = false;
    for (const auto& duration : context.document().facts.durations) {
      if (!duration.notice) continue;
      any = true;
      if (duration.months != months_)
        reporter.report("wrong", duration.span, {{"months", std::to_string(duration.months)}}, "préavis de trois mois");
    }
    if (!any) reporter.report("missing", context.view.article_anchor({"resiliation", "duree", "fin "}));
  }

 private:
  int months_;
};

}  // namespace

std::unique_ptr<Check> make_preavis(const RuleSpec& rule) { return std::make_unique<PreavisCheck>(rule); }

}  // namespace convlint::rules::checks
