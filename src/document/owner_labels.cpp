// Labels that introduce a schedule or a block of Chorus references, and whose credits they say follow.
#include <algorithm>
#include <cctype>

#include "document/facts_extraction.hpp"
#include "source/find_word.hpp"
#include "source/folded_text.hpp"

namespace convlint::document {

// « programme 216 », « BOP 216 », « P216 » in a label.
std::optional<int> programme_in(std::string_view label) {
  const std::string folded = source::fold(label);
  for (const std::string_view word : {"programme ", "programme n ", "programme no ", "bop ", "p"}) {
    for (size_t at = folded.find(word); at != std::string::npos; at = folded.find(word, at + 1)) {
      if (word == "p" && at > 0 && std::isalpha(static_cast<unsigned char>(folded[at - 1]))) continue;
      const size_t digits = at + word.size();
      size_t end = digits;
      while (end < folded.size() && std::isdigit(static_cast<unsigned char>(folded[end]))) ++end;
      if (end - digits == 3 && (end == folded.size() || !std::isalnum(static_cast<unsigned char>(folded[end]))))
        return std::stoi(folded.substr(digits, 3));
    }
  }
  return std::nullopt;
}

namespace {

// How many parties `label` names, by name or by one of their roles (whole words).
size_t parties_named(std::string_view label, const std::vector<Party>& parties) {
  const std::string folded = source::fold(label);
  auto named = [&](std::string_view words) {
    return source::find_whole_word(folded, source::fold(trim_decorations(words))) != std::string_view::npos;
  };
  return static_cast<size_t>(std::count_if(parties.begin(), parties.end(), [&](const Party& party) {
    return named(party.name.view()) || std::any_of(party.roles.begin(), party.roles.end(), [&](const Role& role) { return named(role.name); });
  }));
}

}  // namespace

bool names_an_owner(std::string_view label, const std::vector<Party>& parties) {
  return programme_in(label) || parties_named(label, parties) == 1;
}

}  // namespace convlint::document
