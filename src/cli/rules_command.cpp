#include "cli/rules_command.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iostream>

#include "base/ui_text.hpp"
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

// The concepts a rule reads, in order: those its frames require, then those it declares.
std::vector<std::string> concepts_of(const rules::RuleSpec& rule) {
  std::vector<std::string> names;
  auto add = [&](const std::string& name) {
    if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
  };
  if (rule.clause) {
    for (const auto& item : rule.clause->require) {
      for (const auto& group : item.all) {
        for (const std::string& name : group) add(name);
      }
      if (!item.topic.empty()) add(item.topic);
      for (const std::string& name : item.none) add(name);
    }
  }
  for (const std::string& name : rule.concepts) add(name);
  return names;
}

std::string concept_title(const rules::Catalog& catalog, const std::string& name, Language language) {
  const auto title = catalog.concept_titles.find(name);
  return title == catalog.concept_titles.end() ? name : title->second.in(language);
}

// What each frame of a clause rule requires, then every phrasing of every concept the rule reads.
void phrasings(const rules::Catalog& catalog, const rules::RuleSpec& rule, Language language) {
  const std::vector<std::string> names = concepts_of(rule);
  if (names.empty()) return;
  std::string text;
  if (rule.clause) {
    for (const auto& item : rule.clause->require) {
      std::string frame;
      for (const auto& group : item.all) {
        std::string alternatives;
        for (const std::string& name : group) {
          if (!alternatives.empty()) alternatives += ui_text(language, "rules_command.or");
          alternatives += concept_title(catalog, name, language);
        }
        frame += (frame.empty() ? "" : " + ") + ("[" + alternatives + "]");
      }
      if (!item.topic.empty()) frame += std::string(ui_text(language, "rules_command.about")) + concept_title(catalog, item.topic, language);
      for (const std::string& name : item.none)
        frame += std::string(ui_text(language, "rules_command.without")) + concept_title(catalog, name, language);
      if (item.only_with_credits) frame += ui_text(language, "rules_command.when_the_d_l_gataire");
      const auto message = rule.messages.find(item.message);
      text += frame + (message == rule.messages.end() ? "" : " → « " + message->second.text.in(language) + " »") + "\n";
    }
    text += ui_text(language, "rules_command.a_pronoun_lui_celui_ci");
  }
  text += ui_text(language, "rules_command.any_word_ending_up_to");
  for (const std::string& name : names) {
    const auto id = catalog.lexicon.find(name);
    if (!id) continue;
    std::string list;
    for (const std::string& term : catalog.lexicon.terms(*id)) list += (list.empty() ? "" : ", ") + term;
    for (const std::string& word : catalog.lexicon.words(*id)) list += (list.empty() ? "" : ", ") + word;
    text += concept_title(catalog, name, language) + " : " + list + "\n";
  }
  text.pop_back();
  section(rule.clause ? ui_text(language, "rules_command.clauses_recognised_the_concepts_one")
                      : ui_text(language, "rules_command.phrasings_recognised"),
          text);
}

// The messages whose correction --fix, --diff and a reviewed DOCX apply, with what they write.
void safe_fixes(const rules::RuleSpec& rule, Language language) {
  std::string text;
  for (const std::string& key : rule.safe_fixes) {
    const auto message = rule.messages.find(key);
    if (message == rule.messages.end()) continue;
    text += "« " + message->second.text.in(language) + " »";
    if (!message->second.suggestion.empty()) text += " → « " + message->second.suggestion + " »";
    text += '\n';
  }
  if (text.empty()) return;
  text += ui_text(language, "rules_command.applied_by_check_fix_to");
  section(ui_text(language, "rules_command.safe_fix"), text);
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
    // « [*] » marks the rules with a safe fix, as ruff marks them.
    std::cout << fmt::format("{:<32} {:<8} {:<10} {:<3} {}\n", rule.id, rules::severity_name(rule.severity), rule.category(),
                             rule.safe_fixes.empty() ? "" : "[*]", rule.title.in(language));
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
    std::cerr << "convlint: " << ui_format(language, closest.empty() ? "words.unknown_rule" : "words.unknown_rule_closest", {{"id", id}, {"closest", closest}})
              << '\n';
    return exit_failure;
  }
  std::cout << fmt::format("{} ({}) — {}\n", rule->id, rules::severity_name(rule->severity), rule->title.in(language));
  if (!rule->basis.empty()) std::cout << ui_text(language, "words.basis") << rule->basis << '\n';
  if (rule->profile) std::cout << ui_text(language, "rules_command.profile") << *rule->profile << '\n';
  std::string kinds;
  for (const std::string_view kind : document::kind_names) {
    if (rule->applies_to(*document::kind_named(kind))) kinds += (kinds.empty() ? "" : ", ") + std::string(kind);
  }
  std::cout << ui_text(language, "rules_command.applies_to") << kinds << '\n';
  section(ui_text(language, "rules_command.what_it_does"), rule->what.in(language));
  phrasings(*catalog, *rule, language);
  section(ui_text(language, "rules_command.why"), rule->why.in(language));
  section(ui_text(language, "rules_command.how_to_fix"), rule->how_to_fix.in(language));
  safe_fixes(*rule, language);
  section(ui_text(language, "rules_command.conforming_example"), rule->conforming);
  section(ui_text(language, "rules_command.non_conforming_example"), rule->non_conforming);
  return exit_clean;
}

}  // namespace convlint::cli
