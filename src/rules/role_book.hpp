#pragma once
// The roles of a convention: those its parties define, read against the register of canonical roles.

#include <optional>
#include <string>
#include <vector>

#include "document/document.hpp"
#include "rules/catalog.hpp"

namespace convlint::rules {

struct DefinedRole {
  std::string folded;                  // as defined: "partenaire-deleataire"
  std::string canonical;               // the register's spelling it stands for: "partenaire-delegataire"
  std::optional<RoleKind> kind;        // délégant or délégataire, when the role is one
  bool misspelt = false;               // the definition itself is a misspelling of a canonical role
  const document::Role* role = nullptr;
  size_t party = 0;
};

class RoleBook {
 public:
  RoleBook(const Catalog& catalog, const document::Document& document);

  const std::vector<DefinedRole>& defined() const { return defined_; }
  // Names every party can be called by (folded): its roles and the acronym in its name (« (DINUM) »).
  const std::vector<std::vector<std::string>>& aliases() const { return aliases_; }
  // Parties holding a role of `kind`.
  std::vector<size_t> parties_with(RoleKind kind) const;

  // The canonical role a folded word is, or is a misspelling of (within a small edit distance).
  struct Match {
    const KnownRole* role = nullptr;
    std::string spelling;  // the accepted spelling matched
    bool exact = false;
  };
  std::optional<Match> canonical(std::string_view folded_word) const;

 private:
  const Catalog& catalog_;
  std::vector<DefinedRole> defined_;
  std::vector<std::vector<std::string>> aliases_;
};

// Removes a trailing plural « s » from a folded word.
std::string singular(std::string_view folded_word);

}  // namespace convlint::rules
