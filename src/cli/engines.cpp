#include "cli/engines.hpp"

#include <filesystem>

namespace convlint::cli {

Expected<std::shared_ptr<const rules::Engine>, rules::LoadError> Engines::build(const rules::Catalog& catalog,
                                                                               const std::string& config_path,
                                                                               const RuleSettings& settings) {
  rules::Config config;
  if (!config_path.empty()) {
    auto loaded = rules::load_config(config_path);
    if (!loaded) return loaded.error();
    config = std::move(loaded.value());
  }
  if (settings.profile) config.profile = *settings.profile;
  if (!settings.select.empty()) config.select = settings.select;
  if (!settings.ignore.empty()) config.ignore.insert(config.ignore.end(), settings.ignore.begin(), settings.ignore.end());
  config.extra_rules.insert(config.extra_rules.end(), settings.rule_files.begin(), settings.rule_files.end());
  return rules::Engine::create(catalog, config);
}

Expected<Engines, rules::LoadError> Engines::prepare(const std::vector<source::Input>& inputs, const RuleSettings& settings) {
  auto catalog = rules::builtin_catalog();
  if (!catalog) return catalog.error();
  Engines engines;
  engines.default_config_ = settings.config;
  auto ensure = [&](const std::string& config_path) -> std::optional<rules::LoadError> {
    if (engines.by_config_.count(config_path)) return std::nullopt;
    auto engine = build(*catalog, config_path, settings);
    if (!engine) return engine.error();
    engines.by_config_[config_path] = engine.value();
    return std::nullopt;
  };
  if (auto problem = ensure(settings.config)) return *problem;  // always usable, even with no input
  if (settings.config.empty()) {
    std::map<std::string, std::string> config_of_folder;  // inputs of one folder share its configuration
    for (const source::Input& input : inputs) {
      const std::string file = input.path == "-" ? "./-" : input.path.substr(0, input.path.find('!'));
      const std::string folder = std::filesystem::path(file).parent_path().string();
      auto known = config_of_folder.find(folder);
      if (known == config_of_folder.end()) known = config_of_folder.emplace(folder, rules::find_config_for(file)).first;
      const std::string& config_path = known->second;
      engines.config_of_input_[input.path] = config_path;
      if (auto problem = ensure(config_path)) return *problem;
    }
  }
  return engines;
}

const rules::Engine& Engines::for_input(const source::Input& input) const {
  const auto config = config_of_input_.find(input.path);
  return *by_config_.at(config == config_of_input_.end() ? default_config_ : config->second);
}

}  // namespace convlint::cli
