#pragma once
// The words convlint writes to its users besides the rules' messages: messages/ui.yaml, compiled into the binary.

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

#include "base/language.hpp"

namespace convlint {

// The text of `key` in `language`; a key messages/ui.yaml lacks gives the key itself (the tests check every key).
std::string_view ui_text(Language language, std::string_view key);

// The `{name}` placeholders of a text and the values that fill them.
using UiValues = std::initializer_list<std::pair<std::string_view, std::string_view>>;

// The text of `key` in `language`, each `{name}` replaced by its value.
std::string ui_format(Language language, std::string_view key, UiValues values = {});

// A text in French and English, as the rule files and messages/ui.yaml give it.
struct LocalizedText {
  std::string fr;
  std::string en;
  const std::string& in(Language language) const { return language == Language::fr || en.empty() ? fr : en; }
};

// The text of `key` in both languages, each `{name}` replaced by its value.
LocalizedText ui_localized(std::string_view key, UiValues values = {});

// Whether messages/ui.yaml has `key` in both languages.
bool has_ui_text(std::string_view key);

}  // namespace convlint
