#include "rules/role_book.hpp"

#include "rules/text_distance.hpp"
#include "source/folded_text.hpp"

namespace convlint::rules {

std::string singular(std::string_view word) {
  if (word.size() > 3 && word.back() == 's') word.remove_suffix(1);
  return std::string(word);
}

namespace {

// Acronyms in parentheses in a party's name: « … du numérique (DINUM) » → "dinum".
std::vector<std::string> acronyms(std::string_view name) {
  std::vector<std::string> found;
  for (size_t open = name.find('('); open != std::string_view::npos; open = name.find('(', open + 1)) {
    const size_t close = name.find(')', open);
    if (close == std::string_view::npos) break;
    const std::string_view inside = name.substr(open + 1, close - open - 1);
    if (!inside.empty() && inside.size() <= 12 && inside.find(' ') == std::string_view::npos)
      found.push_back(source::fold(inside));
  }
  return found;
}

}  // namespace

RoleBook::RoleBook(const Catalog& catalog, const document::Document& document) : catalog_(catalog) {
  for (size_t p = 0; p < document.parties.size(); ++p) {
    const document::Party& party = document.parties[p];
    std::vector<std::string> names = acronyms(party.name.view());
    for (const document::Role& role : party.roles) {
      DefinedRole defined;
      defined.folded = source::fold(role.name);
      defined.canonical = defined.folded;
      defined.role = &role;
      defined.party = p;
      auto match = canonical(singular(defined.folded));
      // « le service délégant », « la partie délégataire »: the role is the word that qualifies the noun.
      if (const size_t space = defined.folded.rfind(' '); !match && space != std::string::npos) {
        if (auto qualifier = canonical(singular(std::string_view(defined.folded).substr(space + 1))); qualifier && qualifier->exact)
          match = qualifier;
      }
      if (match) {
        defined.kind = match->role->kind;
        defined.canonical = match->spelling;
        defined.misspelt = !match->exact;
      }
      names.push_back(defined.folded);
      defined_.push_back(std::move(defined));
    }
    aliases_.push_back(std::move(names));
  }
}

std::vector<size_t> RoleBook::parties_with(RoleKind kind) const {
  std::vector<size_t> parties;
  for (const DefinedRole& role : defined_) {
    if (role.kind == kind && (parties.empty() || parties.back() != role.party)) parties.push_back(role.party);
  }
  return parties;
}

std::optional<RoleBook::Match> RoleBook::canonical(std::string_view word) const {
  for (const KnownRole& role : catalog_.roles) {
    for (const std::string& spelling : role.spellings) {
      if (spelling == word) return Match{&role, spelling, true};
    }
  }
  std::optional<Match> best;
  size_t best_distance = 0;
  for (const KnownRole& role : catalog_.roles) {
    for (const std::string& spelling : role.spellings) {
      const size_t allowed = spelling.size() >= 14 ? 3 : spelling.size() >= 7 ? 2 : 1;
      const size_t distance = edit_distance(spelling, word, allowed);
      if (distance <= allowed && (!best || distance < best_distance)) {
        best = Match{&role, spelling, false};
        best_distance = distance;
      }
    }
  }
  return best;
}

}  // namespace convlint::rules
