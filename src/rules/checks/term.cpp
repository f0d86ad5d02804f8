// dates/term: the convention says when it takes effect and when it ends; the end comes after the start and the signature.
#include <algorithm>

#include "rules/checks/checks.hpp"

namespace convlint::rules::checks {

namespace {

class TermCheck : public Check {
 public:
  void check(const CheckContext& context, Reporter& reporter) const override {
    const auto& document = context.document();
    if (document.articles.empty()) return;
    const auto& term = document.facts.term;
    const Span anchor = context.clauses.anchor({"term_title"});
    if (!term.start_clause) reporter.report("no_start", anchor);
    if (!term.end) {
      if (!term.length) reporter.report(term.until_settlement ? "settlement_without_default" : "no_end", anchor);
      return;
    }
    if (!term.end->valid) return;  // dates/valid reports it
    if (term.start && term.start->valid && *term.end < *term.start)
      reporter.report("end_before_start", term.end->span, {{"end", term.end->iso()}, {"start", term.start->iso()}});
    if (document.signature && document.signature->date && document.signature->date->valid && *term.end < *document.signature->date)
      reporter.report("end_before_signature", term.end->span,
                      {{"end", term.end->iso()}, {"signature", document.signature->date->iso()}});
  }
};

}  // namespace

std::unique_ptr<Check> make_term(const RuleSpec&, const Catalog&) { return std::make_unique<TermCheck>(); }

}  // namespace convlint::rules::checks
