// Declarative clause rules (`clause:` in the rule files): each required frame of concepts is stated by a sentence of
// the articles, else its message is reported where the clause belongs.
#include "rules/checks/checks.hpp"

namespace convlint::rules::checks {

namespace {

std::vector<ConceptId> ids_of(const std::vector<std::string>& names, const document::Lexicon& lexicon) {
  std::vector<ConceptId> ids;
  for (const std::string& name : names) {
    if (const auto found = lexicon.find(name)) ids.push_back(*found);
  }
  return ids;
}

class ClauseCheck : public Check {
 public:
  ClauseCheck(const RuleSpec& rule, const Catalog& catalog) : anchor_(ids_of(rule.clause->anchor, catalog.lexicon)) {
    for (const ClauseSpec::Item& item : rule.clause->require) {
      Frame frame;
      for (const auto& group : item.all) frame.all.push_back(ids_of(group, catalog.lexicon));
      if (!item.topic.empty()) frame.topic = catalog.lexicon.find(item.topic);
      frame.none = ids_of(item.none, catalog.lexicon);
      required_.push_back({std::move(frame), item.message, item.only_with_credits});
    }
  }

  void check(const CheckContext& context, Reporter& reporter) const override {
    for (const Required& required : required_) {
      if (required.only_with_credits && !context.view.credits_delegated()) continue;
      if (!context.clauses.find(required.frame)) reporter.report(required.message, context.clauses.anchor(anchor_));
    }
  }

 private:
  struct Required {
    Frame frame;
    std::string message;
    bool only_with_credits;
  };
  std::vector<ConceptId> anchor_;
  std::vector<Required> required_;
};

}  // namespace

std::unique_ptr<Check> make_clause(const RuleSpec& rule, const Catalog& catalog) { return std::make_unique<ClauseCheck>(rule, catalog); }

}  // namespace convlint::rules::checks
