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

bool has_ui_text(std::string_view key) {
  const auto found = texts().find(key);
  return found != texts().end() && !found->second.first.empty() && !found->second.second.empty();
}

}  // namespace convlint
