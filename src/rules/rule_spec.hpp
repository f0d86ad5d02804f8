#pragma once
// A rule as the catalog files describe it (rules/*.yaml).

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "base/language.hpp"
#include "base/ui_text.hpp"
#include "document/kind.hpp"
#include "rules/severity.hpp"

namespace convlint::rules {

struct MessageSpec {
  LocalizedText text;                 // with {named} placeholders
  std::optional<Severity> severity;   // a message that is milder than its rule (« else warning »)
  std::string suggestion;             // what replaces the words the finding points at, in the text's language
};

// A declarative check: patterns required or forbidden in a scope of the folded text.
struct PatternSpec {
  enum class Scope { text, visas, parties, articles, signature };
  struct Item {
    std::string regex;    // RE2 syntax, matched on lowercase text without accents
    std::string message;  // key into RuleSpec::messages
  };
  Scope scope = Scope::articles;
  std::string title;    // only articles whose title matches (folded regex), when set
  std::string anchor;   // where a missing clause is reported: the first article whose title matches
  std::vector<Item> require;
  std::vector<Item> forbid;
};

// A clause rule: each required item is a frame, concepts of the lexicon that one sentence of the articles must state
// together (directly, through the line introducing its list, or through a pronoun).
struct ClauseSpec {
  struct Item {
    std::vector<std::vector<std::string>> all;  // every group must be stated; a group is satisfied by any of its concepts
    std::string topic;    // when set, the sentence must be about this text (or name none): « this_document »
    std::string message;  // key into RuleSpec::messages, reported when no sentence states the frame
    bool only_with_credits = false;  // `when: credits`: required only when the délégataire manages credits
    std::vector<std::string> none;   // a sentence that states one of these does not count (« n'est pas publiée »)
  };
  std::vector<std::string> anchor;  // a missing clause is reported at the first article whose title names one of these
  std::vector<Item> require;
};

struct RuleSpec {
  std::string id;        // "category/name"
  Severity severity = Severity::warning;
  std::optional<std::string> profile;  // "signed": the rule runs only for that profile
  unsigned kinds = document::kind_bit(document::DocumentKind::convention);  // kind_bit() of the kinds it applies to
  LocalizedText title;
  std::string basis;
  std::map<std::string, MessageSpec> messages;
  LocalizedText what, why, how_to_fix;
  std::set<std::string> safe_fixes;           // `fix:`: the messages whose correction is certain (see Finding::fix)
  std::string conforming, non_conforming;
  std::string check;                          // built-in check name, or empty for a pattern
  std::map<std::string, std::string> params;  // parameters of the built-in check
  std::optional<PatternSpec> pattern;
  std::optional<ClauseSpec> clause;
  std::vector<std::string> concepts;          // lexicon concepts the rule reads, shown by `explain`
  std::string file;                           // where the rule was defined
  int line = 0;

  std::string category() const { return id.substr(0, id.find('/')); }
  bool applies_to(document::DocumentKind kind) const { return (kinds & document::kind_bit(kind)) != 0; }
};

}  // namespace convlint::rules
