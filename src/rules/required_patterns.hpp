#pragma once
// The « require » patterns of every enabled declarative rule, matched together: the patterns of rules with the same
// scope go into one RE2::Set, read in one pass over each span of that scope instead of one pass per pattern.

#include <re2/set.h>

#include <optional>
#include <string>
#include <vector>

#include "rules/document_view.hpp"
#include "rules/rule_spec.hpp"

namespace convlint::rules {

class RequiredPatterns {
 public:
  // Which required patterns one document holds.
  class Found {
   public:
    // Whether item `item` of `rule`'s « require » list matches in its scope; nothing when the set could not tell
    // (the rule then matches its pattern itself).
    std::optional<bool> holds(const std::string& rule, size_t item) const;

   private:
    friend class RequiredPatterns;
    const RequiredPatterns* patterns_ = nullptr;
    std::vector<std::optional<std::vector<bool>>> by_group_;  // per group, per pattern of the group
  };

  // Takes the required patterns of `rules` that have some.
  explicit RequiredPatterns(const std::vector<const RuleSpec*>& rules);

  Found match(const DocumentView& view) const;

 private:
  struct Group {
    const PatternSpec* spec;  // the scope and title filter every rule of the group shares
    std::unique_ptr<RE2> title;
    std::unique_ptr<RE2::Set> set;
  };
  struct Entry {
    std::string rule;
    size_t item;
    size_t group;
    int index;  // in the group's set
  };
  std::vector<Group> groups_;
  std::vector<Entry> entries_;
};

}  // namespace convlint::rules
