// legal/preavis: a sentence lets either party end the convention early with a notice of three months (art. 5).
#include <algorithm>

#include "rules/checks/checks.hpp"

namespace convlint::rules::checks {

namespace {

class PreavisCheck : public Check {
 public:
  PreavisCheck(const RuleSpec& rule, const Catalog& catalog)
      : months_(std::atoi(param(rule, "months", "3").c_str())),
        termination_(catalog.lexicon.find("termination").value_or(0)), term_title_(catalog.lexicon.find("term_title").value_or(0)) {}

  void check(const CheckContext& context, Reporter& reporter) const override {
    std::vector<const document::Duration*> notices;
    for (const auto& duration : context.document().facts.durations) {
      if (duration.notice) notices.push_back(&duration);
    }
    if (notices.empty()) {
      reporter.report("missing", anchor(context));
      return;
    }
    // Where a three-month notice is given, another duration near an early end is a different delay (« mise en
    // demeure restée sans effet pendant un mois ») unless it too is called a notice.
    const bool given = std::any_of(notices.begin(), notices.end(), [&](const auto* notice) { return notice->months() == months_; });
    for (const auto* notice : notices) {
      if (notice->months() == months_ || (given && !notice->named_notice)) continue;
      const Span span = notice->span;
      reporter.report("wrong", span, {{"duration", std::string(context.view.source().text.substr(span.begin, span.size()))}});
    }
  }

 private:
  // The article about ending the convention, else the one about its term, else the title.
  Span anchor(const CheckContext& context) const {
    const ConceptId termination[] = {termination_};
    const Span at = context.clauses.anchor(termination);
    if (at != context.document().anchor()) return at;
    const ConceptId term[] = {term_title_};
    return context.clauses.anchor(term);
  }

  int months_;
  ConceptId termination_, term_title_;
};

}  // namespace

std::unique_ptr<Check> make_preavis(const RuleSpec& rule, const Catalog& catalog) { return std::make_unique<PreavisCheck>(rule, catalog); }

}  // namespace convlint::rules::checks
