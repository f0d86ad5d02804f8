#pragma once
// The words convlint writes to its users besides the rules' messages: messages/ui.yaml, compiled into the binary.

#include <string_view>

#include "base/language.hpp"

namespace convlint {

// The text of `key` in `language`; a key messages/ui.yaml lacks gives the key itself (the tests check every key).
std::string_view ui_text(Language language, std::string_view key);

// Whether messages/ui.yaml has `key` in both languages.
bool has_ui_text(std::string_view key);

}  // namespace convlint
