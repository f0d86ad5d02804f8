#pragma once

#include <string_view>

namespace convlint {

// Language of messages shown to users: French first, English on request (`--lang en`).
enum class Language { fr, en };

// Picks the text for `language` from a French/English pair.
constexpr std::string_view pick(Language language, std::string_view fr, std::string_view en) {
  return language == Language::fr ? fr : en;
}

}  // namespace convlint
