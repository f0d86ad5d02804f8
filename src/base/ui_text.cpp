#include "base/ui_text.hpp"

#include <yaml-cpp/yaml.h>

#include <map>
#include <string>
#include <utility>

namespace convlint {

extern const char* const embedded_ui_messages;

namespace {

using Texts = std::map<std::string, std::pair<std::string, std::string>, std::less<>>;

// Read once; the embedded file is checked by the tests, so a malformed one leaves the keys in place of the words.
const Texts& texts() {
  static const Texts loaded = [] {
    Texts read;
    try {
      for (const auto& entry : YAML::Load(embedded_ui_messages))
        read.emplace(entry.first.as<std::string>(), std::pair{entry.second["fr"].as<std::string>(""), entry.second["en"].as<std::string>("")});
    } catch (const YAML::Exception&) {
      read.clear();
    }
    return read;
  }();
  return loaded;
}

}  // namespace

std::string_view ui_text(Language language, std::string_view key) {
  const auto found = texts().find(key);
  if (found == texts().end()) return key;
  const std::string& text = language == Language::fr ? found->second.first : found->second.second;
  return text.empty() ? key : std::string_view(text);
}

std::string ui_format(Language language, std::string_view key, UiValues values) {
  std::string text(ui_text(language, key));
  for (const auto& [name, value] : values) {
    const std::string placeholder = "{" + std::string(name) + "}";
    for (size_t at = text.find(placeholder); at != std::string::npos; at = text.find(placeholder, at + value.size()))
      text.replace(at, placeholder.size(), value);
  }
  return text;
}

LocalizedText ui_localized(std::string_view key, UiValues values) {
  return {ui_format(Language::fr, key, values), ui_format(Language::en, key, values)};
}

bool has_ui_text(std::string_view key) {
  const auto found = texts().find(key);
  return found != texts().end() && !found->second.first.empty() && !found->second.second.empty();
}

}  // namespace convlint
