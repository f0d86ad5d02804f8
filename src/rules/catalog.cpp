#include "rules/catalog.hpp"

#include <re2/re2.h>
#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "rules/embedded_rules.hpp"
#include "rules/pattern_scope.hpp"
#include "rules/registry.hpp"
#include "rules/text_distance.hpp"

namespace convlint::rules {

namespace {

struct Failure {
  int line;
  LocalizedText message;
};

// The problem messages/ui.yaml names `key`, at `node`'s line.
Failure failure(const YAML::Node& node, std::string_view key, UiValues values = {}) {
  return {node.Mark().is_null() ? 0 : node.Mark().line + 1, ui_localized(key, values)};
}

std::string scalar(const YAML::Node& node, const char* key, bool required = true) {
  const YAML::Node value = node[key];
  if (!value) {
    if (required) throw failure(node, "catalog.missing_key", {{"key", key}});
    return {};
  }
  if (!value.IsScalar()) throw failure(value, "catalog.must_be_a_string", {{"key", key}});
  return value.as<std::string>();
}

LocalizedText localized(const YAML::Node& node, const char* key, bool required = true) {
  const YAML::Node value = node[key];
  if (!value) {
    if (required) throw failure(node, "catalog.missing_key", {{"key", key}});
    return {};
  }
  if (value.IsScalar()) return {value.as<std::string>(), value.as<std::string>()};
  if (!value.IsMap()) throw failure(value, "catalog.expects_fr_en", {{"key", key}});
  return {scalar(value, "fr"), scalar(value, "en", false)};
}

Severity severity_of(const YAML::Node& node) {
  const std::string name = scalar(node, "severity");
  const auto severity = parse_severity(name);
  if (!severity) throw failure(node["severity"], "catalog.unknown_severity_error_warning_info", {{"name", name}});
  return *severity;
}

void check_regex(const YAML::Node& node, const std::string& regex) {
  const RE2 compiled(regex, pattern_options());
  if (!compiled.ok()) throw failure(node, "catalog.invalid_pattern", {{"regex", regex}, {"problem", compiled.error()}});
}

std::vector<PatternSpec::Item> pattern_items(const YAML::Node& node, const char* key, const RuleSpec& rule, Patterns patterns) {
  std::vector<PatternSpec::Item> items;
  const YAML::Node list = node[key];
  if (!list) return items;
  if (!list.IsSequence()) throw failure(list, "catalog.expects_a_list", {{"key", key}});
  for (const YAML::Node& entry : list) {
    PatternSpec::Item item{scalar(entry, "regex"), scalar(entry, "message")};
    if (patterns == Patterns::check) check_regex(entry, item.regex);
    if (!rule.messages.count(item.message))
      throw failure(entry, "catalog.message_is_not_defined_in", {{"message", item.message}});
    items.push_back(std::move(item));
  }
  return items;
}

PatternSpec pattern_of(const YAML::Node& node, const RuleSpec& rule, Patterns patterns) {
  static const std::map<std::string, PatternSpec::Scope> scopes = {
      {"text", PatternSpec::Scope::text}, {"visas", PatternSpec::Scope::visas}, {"parties", PatternSpec::Scope::parties},
      {"articles", PatternSpec::Scope::articles}, {"signature", PatternSpec::Scope::signature}};
  PatternSpec pattern;
  const std::string scope = scalar(node, "scope", false);
  if (!scope.empty()) {
    const auto found = scopes.find(scope);
    if (found == scopes.end())
      throw failure(node["scope"], "catalog.unknown_scope_text_visas_parties", {{"scope", scope}});
    pattern.scope = found->second;
  }
  pattern.title = scalar(node, "title", false);
  pattern.anchor = scalar(node, "anchor", false);
  if (patterns == Patterns::check && !pattern.title.empty()) check_regex(node["title"], pattern.title);
  if (patterns == Patterns::check && !pattern.anchor.empty()) check_regex(node["anchor"], pattern.anchor);
  pattern.require = pattern_items(node, "require", rule, patterns);
  pattern.forbid = pattern_items(node, "forbid", rule, patterns);
  if (pattern.require.empty() && pattern.forbid.empty())
    throw failure(node, "catalog.a_pattern_needs_require_or");
  return pattern;
}

std::vector<std::string> string_list(const YAML::Node& node, const char* key) {
  std::vector<std::string> items;
  const YAML::Node list = node[key];
  if (!list) return items;
  if (!list.IsSequence()) throw failure(list, "catalog.expects_a_list", {{"key", key}});
  for (const YAML::Node& item : list) {
    if (!item.IsScalar()) throw failure(item, "catalog.expects_a_list_of_strings", {{"key", key}});
    items.push_back(item.as<std::string>());
  }
  return items;
}

// « copy|sending » → {"copy", "sending"}.
std::vector<std::string> alternatives(const std::string& group) {
  std::vector<std::string> names;
  for (size_t at = 0; at <= group.size();) {
    const size_t bar = std::min(group.find('|', at), group.size());
    if (bar > at) names.push_back(group.substr(at, bar - at));
    at = bar + 1;
  }
  return names;
}

ClauseSpec clause_of(const YAML::Node& node, const RuleSpec& rule) {
  ClauseSpec clause;
  clause.anchor = string_list(node, "anchor");
  const YAML::Node list = node["require"];
  if (!list || !list.IsSequence() || list.size() == 0)
    throw failure(node, "catalog.clause_expects_a_require_list");
  for (const YAML::Node& entry : list) {
    ClauseSpec::Item item;
    for (const std::string& group : string_list(entry, "all")) item.all.push_back(alternatives(group));
    if (item.all.empty()) throw failure(entry, "catalog.all_expects_at_least_one");
    item.topic = scalar(entry, "topic", false);
    const std::string when = scalar(entry, "when", false);
    if (!when.empty() && when != "credits")
      throw failure(entry["when"], "catalog.unknown_when_condition_credits", {{"when", when}});
    item.only_with_credits = when == "credits";
    item.none = string_list(entry, "none");
    item.message = scalar(entry, "message");
    if (!rule.messages.count(item.message))
      throw failure(entry, "catalog.message_is_not_defined_in", {{"message", item.message}});
    clause.require.push_back(std::move(item));
  }
  return clause;
}

const std::set<std::string> rule_keys = {"id", "severity", "profile", "title", "basis", "check", "params", "pattern",
                                         "clause", "concepts", "messages", "doc", "examples", "kinds", "fix"};

RuleSpec rule_of(const YAML::Node& node, const std::string& file, Patterns patterns) {
  if (!node.IsMap()) throw failure(node, "catalog.a_rule_must_be_a");
  for (const auto& entry : node) {
    const std::string key = entry.first.as<std::string>();
    if (!rule_keys.count(key)) throw failure(entry.first, "catalog.unknown_key", {{"key", key}});
  }
  RuleSpec rule;
  rule.file = file;
  rule.line = node.Mark().line + 1;
  rule.id = scalar(node, "id");
  if (rule.id.find('/') == std::string::npos || rule.id.front() == '/' || rule.id.back() == '/')
    throw failure(node["id"], "catalog.id_expected_category_name", {{"id", rule.id}});
  rule.severity = severity_of(node);
  const std::string profile = scalar(node, "profile", false);
  if (!profile.empty() && profile != "signed" && profile != "draft")
    throw failure(node["profile"], "catalog.unknown_profile", {{"profile", profile}});
  if (!profile.empty()) rule.profile = profile;
  if (node["kinds"]) {
    rule.kinds = 0;
    for (const std::string& name : string_list(node, "kinds")) {
      const auto kind = document::kind_named(name);
      if (!kind)
        throw failure(node["kinds"], "catalog.unknown_document_kind_convention_avenant", {{"name", name}});
      rule.kinds |= document::kind_bit(*kind);
    }
  }
  rule.title = localized(node, "title");
  rule.basis = scalar(node, "basis", false);
  const YAML::Node messages = node["messages"];
  if (!messages || !messages.IsMap()) throw failure(node, "catalog.missing_key_messages");
  for (const auto& entry : messages) {
    MessageSpec message;
    message.text = {scalar(entry.second, "fr"), scalar(entry.second, "en", false)};
    if (entry.second["severity"]) message.severity = severity_of(entry.second);
    message.suggestion = scalar(entry.second, "suggestion", false);
    rule.messages.emplace(entry.first.as<std::string>(), std::move(message));
  }
  for (const std::string& message : string_list(node, "fix")) {
    if (!rule.messages.count(message))
      throw failure(node["fix"], "catalog.message_is_not_defined_in", {{"message", message}});
    rule.safe_fixes.insert(message);
  }
  if (const YAML::Node doc = node["doc"]) {
    rule.what = localized(doc, "what");
    rule.why = localized(doc, "why", false);
    rule.how_to_fix = localized(doc, "fix", false);
  }
  if (const YAML::Node examples = node["examples"]) {
    rule.conforming = scalar(examples, "conforming", false);
    rule.non_conforming = scalar(examples, "non_conforming", false);
  }
  rule.check = scalar(node, "check", false);
  if (const YAML::Node params = node["params"]) {
    if (!params.IsMap()) throw failure(params, "catalog.params_expects_a_mapping");
    for (const auto& entry : params) rule.params[entry.first.as<std::string>()] = entry.second.as<std::string>();
  }
  if (const YAML::Node pattern = node["pattern"]) rule.pattern = pattern_of(pattern, rule, patterns);
  if (const YAML::Node clause = node["clause"]) rule.clause = clause_of(clause, rule);
  rule.concepts = string_list(node, "concepts");
  if (int(!rule.check.empty()) + int(rule.pattern.has_value()) + int(rule.clause.has_value()) != 1)
    throw failure(node, "catalog.a_rule_has_exactly_one");
  if (!rule.check.empty() && !is_builtin_check(rule.check))
    throw failure(node["check"], "catalog.unknown_built_in_check", {{"check", rule.check}});
  return rule;
}

KnownText text_of(const YAML::Node& node) {
  static const std::map<std::string, document::LegalKind> kinds = {
      {"decret", document::LegalKind::decret},        {"ordonnance", document::LegalKind::ordonnance},
      {"loi", document::LegalKind::loi},              {"loi_organique", document::LegalKind::loi_organique},
      {"arrete", document::LegalKind::arrete},        {"circulaire", document::LegalKind::circulaire}};
  KnownText text;
  const std::string kind = scalar(node, "kind");
  const auto found = kinds.find(kind);
  if (found == kinds.end()) throw failure(node["kind"], "catalog.unknown_kind_of_text", {{"kind", kind}});
  text.kind = found->second;
  text.number = scalar(node, "number");
  const std::string date = scalar(node, "date");
  if (std::sscanf(date.c_str(), "%d-%d-%d", &text.year, &text.month, &text.day) != 3)
    throw failure(node["date"], "catalog.date_expected_yyyy_mm_dd", {{"date", date}});
  text.title = scalar(node, "title");
  return text;
}

KnownRole role_of(const YAML::Node& node) {
  KnownRole role;
  role.name = scalar(node, "name");
  const std::string kind = scalar(node, "kind");
  if (kind != "delegant" && kind != "delegataire")
    throw failure(node["kind"], "catalog.unknown_role_kind_delegant_delegataire", {{"kind", kind}});
  role.kind = kind == "delegant" ? RoleKind::delegant : RoleKind::delegataire;
  if (const YAML::Node spellings = node["spellings"]) {
    for (const YAML::Node& spelling : spellings) role.spellings.push_back(spelling.as<std::string>());
  }
  return role;
}

// A `lexicon:` list: concepts with their terms, words and antecedents, added to those already known.
void add_lexicon(const YAML::Node& list, Catalog& catalog) {
  if (!list.IsSequence()) throw failure(list, "catalog.lexicon_expects_a_list_of");
  for (const YAML::Node& entry : list) {
    if (!entry.IsMap()) throw failure(entry, "catalog.a_concept_must_be_a");
    for (const auto& field : entry) {
      const std::string key = field.first.as<std::string>();
      if (key != "concept" && key != "title" && key != "terms" && key != "words" && key != "refers_to")
        throw failure(field.first, "catalog.unknown_key_concept_title_terms", {{"key", key}});
    }
    const std::string name = scalar(entry, "concept");
    if (entry["title"]) catalog.concept_titles[name] = localized(entry, "title");
    catalog.lexicon.intern(name);
    for (const std::string& term : string_list(entry, "terms")) {
      if (auto problem = catalog.lexicon.add(name, term))
        throw failure(entry["terms"], "catalog.bad_term", {{"name", name}, {"term", term}, {"problem_fr", problem->fr}, {"problem_en", problem->en}});
    }
    for (const std::string& word : string_list(entry, "words")) catalog.lexicon.add_word(name, word);
    if (entry["refers_to"]) catalog.lexicon.set_antecedents(name, string_list(entry, "refers_to"));
  }
}

void add_rules(const YAML::Node& list, const std::string& name, Catalog& catalog, Patterns patterns) {
  if (!list.IsSequence()) throw failure(list, "catalog.a_list_of_rules_is");
  for (const YAML::Node& node : list) {
    RuleSpec rule = rule_of(node, name, patterns);
    if (const RuleSpec* existing = catalog.find(rule.id))
      throw failure(node, "catalog.rule_is_already_defined", {{"id", rule.id}, {"file", existing->file}});
    catalog.rules.push_back(std::move(rule));
  }
}

}  // namespace

std::string LoadError::describe(Language language) const {
  std::string where = file;
  if (line > 0) where += ":" + std::to_string(line);
  return where + ": " + message.in(language);
}

const RuleSpec* Catalog::find(std::string_view id) const {
  for (const RuleSpec& rule : rules) {
    if (rule.id == id) return &rule;
  }
  return nullptr;
}

std::string Catalog::closest_id(std::string_view id) const {
  std::string best;
  size_t best_distance = std::max<size_t>(4, id.size() / 3 + 1);
  for (const RuleSpec& rule : rules) {
    const size_t distance = edit_distance(rule.id, id);
    if (distance < best_distance) {
      best_distance = distance;
      best = rule.id;
    }
  }
  return best;
}

std::optional<LoadError> load_yaml(const std::string& name, const std::string& content, Catalog& catalog, Patterns patterns) {
  try {
    const YAML::Node root = YAML::Load(content);
    if (!root || root.IsNull()) return std::nullopt;
    if (root.IsSequence()) {
      add_rules(root, name, catalog, patterns);
      return std::nullopt;
    }
    if (!root.IsMap()) throw failure(root, "catalog.a_list_of_rules_or");
    for (const auto& entry : root) {
      const std::string key = entry.first.as<std::string>();
      if (key == "rules") add_rules(entry.second, name, catalog, patterns);
      else if (key == "references") for (const YAML::Node& node : entry.second) catalog.texts.push_back(text_of(node));
      else if (key == "roles") for (const YAML::Node& node : entry.second) catalog.roles.push_back(role_of(node));
      else if (key == "lexicon") add_lexicon(entry.second, catalog);
      else throw failure(entry.first, "catalog.unknown_key_rules_references_roles", {{"key", key}});
    }
    return std::nullopt;
  } catch (const Failure& problem) {
    return LoadError{name, problem.line, problem.message};
  } catch (const YAML::Exception& problem) {
    return LoadError{name, problem.mark.is_null() ? 0 : problem.mark.line + 1, ui_localized("catalog.invalid_yaml", {{"problem", problem.msg}})};
  }
}

std::optional<LoadError> load_path(const std::string& path, Catalog& catalog) {
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(path, error)) {
      if (entry.path().extension() == ".yaml" || entry.path().extension() == ".yml") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
      if (auto problem = load_path(file.string(), catalog)) return problem;
    }
    return std::nullopt;
  }
  std::ifstream file(path, std::ios::binary);
  if (!file) return LoadError{path, 0, ui_localized("catalog.unreadable_rule_file")};
  std::stringstream content;
  content << file.rdbuf();
  return load_yaml(path, content.str(), catalog);
}

std::optional<LoadError> check_concepts(const Catalog& catalog) {
  const document::Lexicon& lexicon = catalog.lexicon;
  auto known = [&](const std::string& name) {
    const auto found = lexicon.find(name);
    return found && (!lexicon.terms(*found).empty() || !lexicon.words(*found).empty());
  };
  for (std::string_view name : document::core_concept_names) {
    if (!known(std::string(name)))
      return LoadError{"rules/lexicon.yaml", 0, ui_localized("catalog.the_lexicon_gives_no_word", {{"name", std::string(name)}})};
  }
  for (const RuleSpec& rule : catalog.rules) {
    std::vector<std::string> names = rule.concepts;
    if (rule.clause) {
      names.insert(names.end(), rule.clause->anchor.begin(), rule.clause->anchor.end());
      for (const auto& item : rule.clause->require) {
        for (const auto& group : item.all) names.insert(names.end(), group.begin(), group.end());
        names.insert(names.end(), item.none.begin(), item.none.end());
        if (!item.topic.empty()) names.push_back(item.topic);
      }
    }
    for (const std::string& name : names) {
      if (!known(name))
        return LoadError{rule.file, rule.line, ui_localized("catalog.rule_concept_is_not_in", {{"id", rule.id}, {"name", name}})};
    }
  }
  return std::nullopt;
}

Expected<Catalog, LoadError> builtin_catalog() {
  Catalog catalog;
  for (const EmbeddedFile& file : embedded_rule_files()) {
    if (auto problem = load_yaml("rules/" + std::string(file.name), std::string(file.content), catalog, Patterns::trust))
      return *problem;
  }
  return catalog;
}

}  // namespace convlint::rules

namespace convlint::rules {

const document::Lexicon& builtin_lexicon() {
  static const document::Lexicon lexicon = [] {
    auto catalog = builtin_catalog();
    return catalog ? std::move(catalog->lexicon) : document::Lexicon();
  }();
  return lexicon;
}

}  // namespace convlint::rules
