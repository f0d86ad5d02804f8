#pragma once
// The rule catalog and the registers of legal texts and role names, loaded from YAML: the files compiled into the
// binary (rules/*.yaml), then any file the user adds.

#include <map>
#include <string>
#include <vector>

#include "base/expected.hpp"
#include "document/facts.hpp"
#include "document/lexicon.hpp"
#include "rules/rule_spec.hpp"

namespace convlint::rules {

struct KnownText {
  document::LegalKind kind;
  std::string number;
  int year = 0, month = 0, day = 0;
  std::string title;
};

enum class RoleKind { delegant, delegataire };

struct KnownRole {
  std::string name;                    // "délégataire"
  RoleKind kind = RoleKind::delegataire;
  std::vector<std::string> spellings;  // folded accepted spellings
};

// A problem in a rule, register or configuration file, with where it is.
struct LoadError {
  std::string file;
  int line = 0;  // 0 when the problem is the file as a whole
  LocalizedText message;
  std::string describe(Language language) const;
};

struct Catalog {
  std::vector<RuleSpec> rules;
  std::vector<KnownText> texts;
  std::vector<KnownRole> roles;
  document::Lexicon lexicon;
  std::map<std::string, LocalizedText> concept_titles;

  const RuleSpec* find(std::string_view id) const;
  // The known rule id closest to `id`, for « did you mean »; empty when none is close.
  std::string closest_id(std::string_view id) const;
};

// The catalog compiled into the binary.
Expected<Catalog, LoadError> builtin_catalog();

// The lexicon of the built-in catalog, loaded once (for readers of documents that run no rule: `parse`, tests).
const document::Lexicon& builtin_lexicon();

// Whether the regexes of declarative rules are compiled once at load time to report bad ones: always for rule files
// given by the user; not at every start for the built-in catalog, which the test suite loads with `check`.
enum class Patterns { check, trust };

// Adds the rules and registers of one YAML document to `catalog`; `name` is used in error messages.
std::optional<LoadError> load_yaml(const std::string& name, const std::string& content, Catalog& catalog,
                                   Patterns patterns = Patterns::check);

// Checks that the lexicon gives words to every concept the document reader and the rules use.
std::optional<LoadError> check_concepts(const Catalog& catalog);

// Adds a file, or every *.yaml of a directory.
std::optional<LoadError> load_path(const std::string& path, Catalog& catalog);

}  // namespace convlint::rules
