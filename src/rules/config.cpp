#include "base/ui_text.hpp"
#include "rules/config.hpp"

#include <yaml-cpp/yaml.h>

#include <filesystem>

namespace convlint::rules {

bool matches_rule(std::string_view pattern, std::string_view id) {
  if (pattern == id) return true;
  if (pattern.ends_with('/')) return id.starts_with(pattern);
  return id.size() > pattern.size() && id.starts_with(pattern) && id[pattern.size()] == '/';
}

bool Config::enables(const RuleSpec& rule) const {
  if (rule.profile && *rule.profile != profile) return false;
  const auto override_entry = overrides.find(rule.id);
  if (override_entry != overrides.end() && !override_entry->second.severity) return false;
  auto any_match = [&](const std::vector<std::string>& patterns) {
    return std::any_of(patterns.begin(), patterns.end(), [&](const std::string& p) { return matches_rule(p, rule.id); });
  };
  if (!select.empty() && !any_match(select)) return false;
  return !any_match(ignore);
}

std::optional<Severity> Config::severity_of(const RuleSpec& rule) const {
  const auto override_entry = overrides.find(rule.id);
  if (override_entry != overrides.end()) return override_entry->second.severity;
  return std::nullopt;
}

namespace {

LoadError config_error(const std::string& path, const YAML::Node& node, std::string_view key, UiValues values = {}) {
  return {path, node.Mark().is_null() ? 0 : node.Mark().line + 1, ui_localized(key, values)};
}

std::vector<std::string> string_list(const YAML::Node& node) {
  std::vector<std::string> values;
  if (node.IsScalar()) values.push_back(node.as<std::string>());
  else for (const YAML::Node& item : node) values.push_back(item.as<std::string>());
  return values;
}

}  // namespace

Expected<Config, LoadError> load_config(const std::string& path) {
  Config config;
  config.file = path;
  try {
    const YAML::Node root = YAML::LoadFile(path);
    if (!root || root.IsNull()) return config;
    if (!root.IsMap()) return config_error(path, root, "config.a_mapping_is_expected");
    const std::filesystem::path folder = std::filesystem::path(path).parent_path();
    for (const auto& entry : root) {
      const std::string key = entry.first.as<std::string>();
      if (key == "profile") {
        config.profile = entry.second.as<std::string>();
        if (config.profile != "signed" && config.profile != "draft")
          return config_error(path, entry.second, "config.unknown_profile", {{"profile", config.profile}});
      } else if (key == "rules") {
        if (!entry.second.IsMap()) return config_error(path, entry.second, "config.rules_expects_a_mapping");
        for (const auto& rule : entry.second) {
          const std::string value = rule.second.as<std::string>();
          Config::Override override_entry{parse_severity(value), rule.first.Mark().line + 1};
          if (value != "off" && !override_entry.severity)
            return config_error(path, rule.second, "config.unknown_severity", {{"severity", value}});
          config.overrides[rule.first.as<std::string>()] = override_entry;
        }
      } else if (key == "extra-rules") {
        for (const std::string& extra : string_list(entry.second)) config.extra_rules.push_back((folder / extra).string());
      } else if (key == "select") {
        config.select = string_list(entry.second);
      } else if (key == "ignore") {
        config.ignore = string_list(entry.second);
      } else {
        return config_error(path, entry.first, "config.unknown_key", {{"key", key}});
      }
    }
  } catch (const YAML::BadFile&) {
    return LoadError{path, 0, ui_localized("config.unreadable_configuration")};
  } catch (const YAML::Exception& problem) {
    return LoadError{path, problem.mark.is_null() ? 0 : problem.mark.line + 1, ui_localized("catalog.invalid_yaml", {{"problem", problem.msg}})};
  }
  return config;
}

std::string find_config_for(const std::string& input) {
  std::error_code error;
  std::filesystem::path folder = std::filesystem::absolute(input, error);
  if (!std::filesystem::is_directory(folder, error)) folder = folder.parent_path();
  while (!folder.empty()) {
    const auto candidate = folder / ".convlint.yaml";
    if (std::filesystem::is_regular_file(candidate, error)) return candidate.string();
    if (folder == folder.root_path()) break;
    folder = folder.parent_path();
  }
  return {};
}

std::optional<LoadError> check_rule_ids(const Config& config, const Catalog& catalog) {
  for (const auto& [id, override_entry] : config.overrides) {
    if (catalog.find(id)) continue;
    const std::string closest = catalog.closest_id(id);
    return LoadError{config.file, override_entry.line, ui_localized(closest.empty() ? "words.unknown_rule" : "words.unknown_rule_closest", {{"id", id}, {"closest", closest}})};
  }
  auto check_patterns = [&](const std::vector<std::string>& patterns) -> std::optional<LoadError> {
    for (const std::string& pattern : patterns) {
      const bool known = std::any_of(catalog.rules.begin(), catalog.rules.end(),
                                     [&](const RuleSpec& rule) { return matches_rule(pattern, rule.id); });
      if (!known) {
        const std::string closest = catalog.closest_id(pattern);
        return LoadError{config.file.empty() ? "convlint" : config.file, 0,
                         ui_localized(closest.empty() ? "config.no_rule_matches" : "config.no_rule_matches_closest", {{"pattern", pattern}, {"closest", closest}})};
      }
    }
    return std::nullopt;
  };
  if (auto problem = check_patterns(config.select)) return problem;
  return check_patterns(config.ignore);
}

}  // namespace convlint::rules
