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

Failure failure(const YAML::Node& node, std::string fr, std::string en) {
  return {node.Mark().is_null() ? 0 : node.Mark().line + 1, {std::move(fr), std::move(en)}};
}

std::string scalar(const YAML::Node& node, const char* key, bool required = true) {
  const YAML::Node value = node[key];
  if (!value) {
    if (required) throw failure(node, std::string("clé « ") + key + " » manquante", std::string("missing key « ") + key + " »");
    return {};
  }
  if (!value.IsScalar()) throw failure(value, std::string("« ") + key + " » doit être un texte", std::string("« ") + key + " » must be a string");
  return value.as<std::string>();
}

LocalizedText localized(const YAML::Node& node, const char* key, bool required = true) {
  const YAML::Node value = node[key];
  if (!value) {
    if (required) throw failure(node, std::string("clé « ") + key + " » manquante", std::string("missing key « ") + key + " »");
    return {};
  }
  if (value.IsScalar()) return {value.as<std::string>(), value.as<std::string>()};
  if (!value.IsMap()) throw failure(value, std::string("« ") + key + " » attend {fr, en}", std::string("« ") + key + " » expects {fr, en}");
  return {scalar(value, "fr"), scalar(value, "en", false)};
}

Severity severity_of(const YAML::Node& node) {
  const std::string name = scalar(node, "severity");
  const auto severity = parse_severity(name);
  if (!severity) throw failure(node["severity"], "sévérité inconnue « " + name + " » (error, warning, info)",
                               "unknown severity « " + name + " » (error, warning, info)");
  return *severity;
}

void check_regex(const YAML::Node& node, const std::string& regex) {
  const RE2 compiled(regex, pattern_options());
  if (!compiled.ok()) throw failure(node, "motif invalide « " + regex + " » : " + compiled.error(),
                                    "invalid pattern « " + regex + " »: " + compiled.error());
}

std::vector<PatternSpec::Item> pattern_items(const YAML::Node& node, const char* key, const RuleSpec& rule, Patterns patterns) {
  std::vector<PatternSpec::Item> items;
  const YAML::Node list = node[key];
  if (!list) return items;
  if (!list.IsSequence()) throw failure(list, std::string("« ") + key + " » attend une liste", std::string("« ") + key + " » expects a list");
  for (const YAML::Node& entry : list) {
    PatternSpec::Item item{scalar(entry, "regex"), scalar(entry, "message")};
    if (patterns == Patterns::check) check_regex(entry, item.regex);
    if (!rule.messages.count(item.message))
      throw failure(entry, "message « " + item.message + " » non défini dans « messages »",
                    "message « " + item.message + " » is not defined in « messages »");
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
      throw failure(node["scope"], "portée inconnue « " + scope + " » (text, visas, parties, articles, signature)",
                    "unknown scope « " + scope + " » (text, visas, parties, articles, signature)");
    pattern.scope = found->second;
  }
  pattern.title = scalar(node, "title", false);
  pattern.anchor = scalar(node, "anchor", false);
  if (patterns == Patterns::check && !pattern.title.empty()) check_regex(node["title"], pattern.title);
  if (patterns == Patterns::check && !pattern.anchor.empty()) check_regex(node["anchor"], pattern.anchor);
  pattern.require = pattern_items(node, "require", rule, patterns);
  pattern.forbid = pattern_items(node, "forbid", rule, patterns);
  if (pattern.require.empty() && pattern.forbid.empty())
    throw failure(node, "un motif a besoin de « require » ou « forbid »", "a pattern needs « require » or « forbid »");
  return pattern;
}

std::vector<std::string> string_list(const YAML::Node& node, const char* key) {
  std::vector<std::string> items;
  const YAML::Node list = node[key];
  if (!list) return items;
  if (!list.IsSequence()) throw failure(list, std::string("« ") + key + " » attend une liste", std::string("« ") + key + " » expects a list");
  for (const YAML::Node& item : list) {
    if (!item.IsScalar()) throw failure(item, std::string("« ") + key + " » attend une liste de textes", std::string("« ") + key + " » expects a list of strings");
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
    throw failure(node, "« clause » attend une liste « require »", "« clause » expects a « require » list");
  for (const YAML::Node& entry : list) {
    ClauseSpec::Item item;
    for (const std::string& group : string_list(entry, "all")) item.all.push_back(alternatives(group));
    if (item.all.empty()) throw failure(entry, "« all » attend au moins un concept", "« all » expects at least one concept");
    item.topic = scalar(entry, "topic", false);
    const std::string when = scalar(entry, "when", false);
    if (!when.empty() && when != "credits")
      throw failure(entry["when"], "condition « when » inconnue « " + when + " » (credits)", "unknown « when » condition « " + when + " » (credits)");
    item.only_with_credits = when == "credits";
    item.none = string_list(entry, "none");
    item.message = scalar(entry, "message");
    if (!rule.messages.count(item.message))
      throw failure(entry, "message « " + item.message + " » non défini dans « messages »",
                    "message « " + item.message + " » is not defined in « messages »");
    clause.require.push_back(std::move(item));
  }
  return clause;
}

const std::set<std::string> rule_keys = {"id", "severity", "profile", "title", "basis", "check", "params", "pattern",
                                         "clause", "concepts", "messages", "doc", "examples", "kinds", "fix"};

RuleSpec rule_of(const YAML::Node& node, const std::string& file, Patterns patterns) {
  if (!node.IsMap()) throw failure(node, "une règle doit être un dictionnaire", "a rule must be a mapping");
  for (const auto& entry : node) {
    const std::string key = entry.first.as<std::string>();
    if (!rule_keys.count(key)) throw failure(entry.first, "clé inconnue « " + key + " »", "unknown key « " + key + " »");
  }
  RuleSpec rule;
  rule.file = file;
  rule.line = node.Mark().line + 1;
  rule.id = scalar(node, "id");
  if (rule.id.find('/') == std::string::npos || rule.id.front() == '/' || rule.id.back() == '/')
    throw failure(node["id"], "identifiant « " + rule.id + " » : la forme attendue est catégorie/nom",
                  "id « " + rule.id + " »: expected category/name");
  rule.severity = severity_of(node);
  const std::string profile = scalar(node, "profile", false);
  if (!profile.empty() && profile != "signed" && profile != "draft")
    throw failure(node["profile"], "profil inconnu « " + profile + " »", "unknown profile « " + profile + " »");
  if (!profile.empty()) rule.profile = profile;
  if (node["kinds"]) {
    rule.kinds = 0;
    for (const std::string& name : string_list(node, "kinds")) {
      const auto kind = document::kind_named(name);
      if (!kind)
        throw failure(node["kinds"], "type de document inconnu « " + name + " » (convention, avenant, other)",
                      "unknown document kind « " + name + " » (convention, avenant, other)");
      rule.kinds |= document::kind_bit(*kind);
    }
  }
  rule.title = localized(node, "title");
  rule.basis = scalar(node, "basis", false);
  const YAML::Node messages = node["messages"];
  if (!messages || !messages.IsMap()) throw failure(node, "clé « messages » manquante", "missing key « messages »");
  for (const auto& entry : messages) {
    MessageSpec message;
    message.text = {scalar(entry.second, "fr"), scalar(entry.second, "en", false)};
    if (entry.second["severity"]) message.severity = severity_of(entry.second);
    message.suggestion = scalar(entry.second, "suggestion", false);
    rule.messages.emplace(entry.first.as<std::string>(), std::move(message));
  }
  for (const std::string& message : string_list(node, "fix")) {
    if (!rule.messages.count(message))
      throw failure(node["fix"], "message « " + message + " » non défini dans « messages »", "message « " + message + " » is not defined in « messages »");
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
    if (!params.IsMap()) throw failure(params, "« params » attend un dictionnaire", "« params » expects a mapping");
    for (const auto& entry : params) rule.params[entry.first.as<std::string>()] = entry.second.as<std::string>();
  }
  if (const YAML::Node pattern = node["pattern"]) rule.pattern = pattern_of(pattern, rule, patterns);
  if (const YAML::Node clause = node["clause"]) rule.clause = clause_of(clause, rule);
  rule.concepts = string_list(node, "concepts");
  if (int(!rule.check.empty()) + int(rule.pattern.has_value()) + int(rule.clause.has_value()) != 1)
    throw failure(node, "une règle a « check », « pattern » ou « clause », et un seul", "a rule has exactly one of « check », « pattern » and « clause »");
  if (!rule.check.empty() && !is_builtin_check(rule.check))
    throw failure(node["check"], "vérification intégrée inconnue « " + rule.check + " »", "unknown built-in check « " + rule.check + " »");
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
  if (found == kinds.end()) throw failure(node["kind"], "nature de texte inconnue « " + kind + " »", "unknown kind of text « " + kind + " »");
  text.kind = found->second;
  text.number = scalar(node, "number");
  const std::string date = scalar(node, "date");
  if (std::sscanf(date.c_str(), "%d-%d-%d", &text.year, &text.month, &text.day) != 3)
    throw failure(node["date"], "date « " + date + " » : la forme attendue est AAAA-MM-JJ", "date « " + date + " »: expected YYYY-MM-DD");
  text.title = scalar(node, "title");
  return text;
}

KnownRole role_of(const YAML::Node& node) {
  KnownRole role;
  role.name = scalar(node, "name");
  const std::string kind = scalar(node, "kind");
  if (kind != "delegant" && kind != "delegataire")
    throw failure(node["kind"], "rôle inconnu « " + kind + " » (delegant, delegataire)", "unknown role kind « " + kind + " » (delegant, delegataire)");
  role.kind = kind == "delegant" ? RoleKind::delegant : RoleKind::delegataire;
  if (const YAML::Node spellings = node["spellings"]) {
    for (const YAML::Node& spelling : spellings) role.spellings.push_back(spelling.as<std::string>());
  }
  return role;
}

// A `lexicon:` list: concepts with their terms, words and antecedents, added to those already known.
void add_lexicon(const YAML::Node& list, Catalog& catalog) {
  if (!list.IsSequence()) throw failure(list, "« lexicon » attend une liste de concepts", "« lexicon » expects a list of concepts");
  for (const YAML::Node& entry : list) {
    if (!entry.IsMap()) throw failure(entry, "un concept doit être un dictionnaire", "a concept must be a mapping");
    for (const auto& field : entry) {
      const std::string key = field.first.as<std::string>();
      if (key != "concept" && key != "title" && key != "terms" && key != "words" && key != "refers_to")
        throw failure(field.first, "clé inconnue « " + key + " » (concept, title, terms, words, refers_to)",
                      "unknown key « " + key + " » (concept, title, terms, words, refers_to)");
    }
    const std::string name = scalar(entry, "concept");
    if (entry["title"]) catalog.concept_titles[name] = localized(entry, "title");
    catalog.lexicon.intern(name);
    for (const std::string& term : string_list(entry, "terms")) {
      if (auto problem = catalog.lexicon.add(name, term))
        throw failure(entry["terms"], "concept « " + name + " », terme « " + term + " » : " + problem->first,
                      "concept « " + name + " », term « " + term + " »: " + problem->second);
    }
    for (const std::string& word : string_list(entry, "words")) catalog.lexicon.add_word(name, word);
    if (entry["refers_to"]) catalog.lexicon.set_antecedents(name, string_list(entry, "refers_to"));
  }
}

void add_rules(const YAML::Node& list, const std::string& name, Catalog& catalog, Patterns patterns) {
  if (!list.IsSequence()) throw failure(list, "une liste de règles est attendue", "a list of rules is expected");
  for (const YAML::Node& node : list) {
    RuleSpec rule = rule_of(node, name, patterns);
    if (const RuleSpec* existing = catalog.find(rule.id))
      throw failure(node, "règle « " + rule.id + " » déjà définie (" + existing->file + ")",
                    "rule « " + rule.id + " » is already defined (" + existing->file + ")");
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
    if (!root.IsMap()) throw failure(root, "liste de règles ou dictionnaire attendu", "a list of rules or a mapping is expected");
    for (const auto& entry : root) {
      const std::string key = entry.first.as<std::string>();
      if (key == "rules") add_rules(entry.second, name, catalog, patterns);
      else if (key == "references") for (const YAML::Node& node : entry.second) catalog.texts.push_back(text_of(node));
      else if (key == "roles") for (const YAML::Node& node : entry.second) catalog.roles.push_back(role_of(node));
      else if (key == "lexicon") add_lexicon(entry.second, catalog);
      else throw failure(entry.first, "clé inconnue « " + key + " » (rules, references, roles, lexicon)",
                         "unknown key « " + key + " » (rules, references, roles, lexicon)");
    }
    return std::nullopt;
  } catch (const Failure& problem) {
    return LoadError{name, problem.line, problem.message};
  } catch (const YAML::Exception& problem) {
    return LoadError{name, problem.mark.is_null() ? 0 : problem.mark.line + 1,
                     {"YAML invalide : " + problem.msg, "invalid YAML: " + problem.msg}};
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
  if (!file) return LoadError{path, 0, {"fichier de règles illisible", "unreadable rule file"}};
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
      return LoadError{"rules/lexicon.yaml", 0, {"le lexique ne donne aucun mot au concept « " + std::string(name) + " »",
                                                 "the lexicon gives no word to concept « " + std::string(name) + " »"}};
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
        return LoadError{rule.file, rule.line, {"règle « " + rule.id + " » : concept « " + name + " » absent du lexique",
                                                "rule « " + rule.id + " »: concept « " + name + " » is not in the lexicon"}};
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
