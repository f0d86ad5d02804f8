// finance/schedule-years: years given for the credits are the schedule's; no money after the convention ends.
#include <algorithm>

#include "rules/checks/checks.hpp"

namespace convlint::rules::checks {

namespace {

class ScheduleYearsCheck : public Check {
 public:
  void check(const CheckContext& context, Reporter& reporter) const override {
    const auto& facts = context.document().facts;
    const std::vector<document::ScheduleRow> credits = facts.credits_by_year();
    if (credits.empty()) return;
    std::string years;
    for (const auto& row : credits) years += (years.empty() ? "" : ", ") + std::to_string(row.year);
    for (const auto& mention : facts.credit_years) {
      const bool known = std::any_of(credits.begin(), credits.end(), [&](const auto& row) { return row.year == mention.year; });
      if (!known) reporter.report("year_not_in_schedule", mention.span, {{"year", std::to_string(mention.year)}, {"years", years}});
    }
    if (!facts.term.end || !facts.term.end->valid) return;
    for (const document::Schedule& schedule : facts.schedules) {
      report_after_end(schedule, *facts.term.end, reporter);
    }
  }

 private:
  static void report_after_end(const document::Schedule& schedule, const document::Date& end, Reporter& reporter) {
    for (const auto& row : schedule.rows) {
      if (row.year <= end.year) continue;
      for (const auto* cell : {&row.ae, &row.cp}) {
        if (cell->value() > 0)
          reporter.report("after_end", cell->span, {{"year", std::to_string(row.year)}, {"end", end.iso()}});
      }
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_schedule_years(const RuleSpec&, const Catalog&) { return std::make_unique<ScheduleYearsCheck>(); }

}  // namespace convlint::rules::checks
