#include "cli/rules_command.hpp"

#include <fmt/format.h>

#include <iostream>

#include "cli/app.hpp"
#include "rules/catalog.hpp"

namespace convlint::cli {

namespace {

Expected<rules::Catalog, rules::LoadError> catalog_with(const std::vector<std::string>& rule_files) {
  auto catalog = rules::builtin_catalog();
  if (!catalog) return catalog.error();
  for (const std::string& file : rule_files) {
    if (auto problem = rules::load_path(file, *catalog)) return *problem;
  }
  return catalog;
}

void section(std::string_view heading, std::string_view text) {
  if (text.empty()) return;
  std::cout << '\n' << heading << '\n';
  size_t start = 0;
  while (start <= text.size()) {
    const size_t end = std::min(text.find('\n', start), text.size());
    std::cout << "    " << text.substr(start, end - start) << '\n';
    if (end == text.size()) break;
    start = end + 1;
  }
}

}  // namespace

int run_rules(const std::vector<std::string>& rule_files, const std::string& lang) {
  const Language language = lang == "en" ? Language::en : Language::fr;
  auto catalog = catalog_with(rule_files);
  if (!catalog) {
    std::cerr << "convlint: " << catalog.error().describe(language) << '\n';
    return exit_failure;
  }
  for (const rules::RuleSpec& rule : catalog->rules) {
    std::cout << fmt::format("{:<32} {:<8} {:<10} {}\n", rule.id, rules::severity_name(rule.severity), rule.category(),
                             rule.title.in(language));
  }
  return exit_clean;
}

int run_explain(const std::string& id, const std::vector<std::string>& rule_files, const std::string& lang) {
  const Language language = lang == "en" ? Language::en : Language::fr;
  auto catalog = catalog_with(rule_files);
  if (!catalog) {
    std::cerr << "convlint: " << catalog.error().describe(language) << '\n';
    return exit_failure;
  }
  const rules::RuleSpec* rule = catalog->find(id);
  if (rule == nullptr) {
    const std::string closest = catalog->closest_id(id);
    std::cerr << "convlint: " << pick(language, "règle inconnue « ", "unknown rule « ") << id << " »";
    if (!closest.empty()) std::cerr << pick(language, " (vouliez-vous dire « ", " (did you mean « ") << closest << " »?)";
    std::cerr << '\n';
    return exit_failure;
  }
  std::cout << fmt::format("{} ({}) — {}\n", rule->id, rules::severity_name(rule->severity), rule->title.in(language));
  if (!rule->basis.empty()) std::cout << pick(language, "Base : ", "Basis: ") << rule->basis << '\n';
  if (rule->profile) std::cout << pick(language, "Profil : ", "Profile: ") << *rule->profile << '\n';
  section(pick(language, "Ce que vérifie la règle", "What it does"), rule->what.in(language));
  section(pick(language, "Pourquoi", "Why"), rule->why.in(language));
  section(pick(language, "Comment corriger", "How to fix"), rule->fix.in(language));
  section(pick(language, "Exemple conforme", "Conforming example"), rule->conforming);
  section(pick(language, "Exemple non conforme", "Non-conforming example"), rule->non_conforming);
  return exit_clean;
}

}  // namespace convlint::cli
