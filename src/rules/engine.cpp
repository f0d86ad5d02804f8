#include "rules/engine.hpp"

#include <algorithm>

#include "rules/registry.hpp"

namespace convlint::rules {

Expected<std::shared_ptr<const Engine>, LoadError> Engine::create(Catalog catalog, const Config& config) {
  for (const std::string& extra : config.extra_rules) {
    if (auto problem = load_path(extra, catalog)) return *problem;
  }
  if (auto problem = check_rule_ids(config, catalog)) return *problem;
  if (auto problem = check_concepts(catalog)) return *problem;
  if (auto problem = check_messages(catalog)) return *problem;
  auto engine = std::make_shared<Engine>();
  engine->catalog_ = std::move(catalog);
  for (const RuleSpec& rule : engine->catalog_.rules) {
    if (!config.enables(rule)) continue;
    engine->active_.push_back({&rule, config.severity_of(rule), make_check(rule, engine->catalog_)});
  }
  std::vector<const RuleSpec*> specs;
  for (const ActiveRule& rule : engine->active_) specs.push_back(rule.spec);
  engine->required_ = std::make_unique<RequiredPatterns>(specs);
  return std::shared_ptr<const Engine>(std::move(engine));
}

std::vector<Finding> Engine::run(const document::Document& document, Language language) const {
  const DocumentView view(document);
  const RoleBook roles(catalog_, document);
  const RequiredPatterns::Found required = required_->match(view);
  const ClauseReader clauses(view, catalog_.lexicon);
  const CheckContext context{view, catalog_, roles, required, clauses};
  std::vector<Finding> findings;
  for (const ActiveRule& rule : active_) {
    if (!rule.spec->applies_to(document.kind)) continue;
    Reporter reporter(*rule.spec, rule.severity, language, document.source ? std::string_view(document.source->text) : std::string_view(), findings);
    rule.check->check(context, reporter);
  }
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.rule < b.rule;
  });
  return findings;
}

}  // namespace convlint::rules
