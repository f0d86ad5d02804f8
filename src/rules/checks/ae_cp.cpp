// finance/ae-cp: in each schedule, cumulative CP never exceed cumulative AE; a warning gives the gap when totals differ.
#include <algorithm>

#include "rules/checks/checks.hpp"

namespace convlint::rules::checks {

namespace {

class AeCpCheck : public Check {
 public:
  void check(const CheckContext& context, Reporter& reporter) const override {
    for (const document::Schedule& schedule : context.document().facts.schedules) {
      if (!schedule.summary) check(schedule, reporter);
    }
  }

 private:
  static void check(const document::Schedule& schedule, Reporter& reporter) {
    int64_t ae = 0, cp = 0;
    for (const auto& row : schedule.rows) {
      ae = document::add_cents(ae, row.ae.value());
      cp = document::add_cents(cp, row.cp.value());
      if (cp > ae) {
        reporter.report("cp_exceeds", row.cp.span,
                        {{"year", std::to_string(row.year)}, {"cp", format_euros(cp)}, {"ae", format_euros(ae)}},
                        "AE − CP = " + format_euros(document::add_cents(ae, -cp)));
        return;
      }
    }
    if (ae > cp) {
      const auto& first = schedule.rows.front();
      // From the first year to its CP cell, or the year alone when the row has no CP cell.
      const Span where{first.year_span.begin, std::max(first.year_span.end, first.cp.span.end)};
      const int64_t difference = document::add_cents(ae, -cp);
      reporter.report("totals_differ", where, {{"ae", format_euros(ae)}, {"cp", format_euros(cp)}, {"difference", format_euros(difference)}},
                      "AE − CP = " + format_euros(difference));
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_ae_cp(const RuleSpec&, const Catalog&) { return std::make_unique<AeCpCheck>(); }

}  // namespace convlint::rules::checks
