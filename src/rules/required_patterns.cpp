#include "rules/required_patterns.hpp"

#include "rules/pattern_scope.hpp"

namespace convlint::rules {

RequiredPatterns::RequiredPatterns(const std::vector<const RuleSpec*>& rules) {
  for (const RuleSpec* rule : rules) {
    if (!rule->pattern || rule->pattern->require.empty()) continue;
    const PatternSpec& pattern = *rule->pattern;
    size_t group = 0;
    while (group < groups_.size() &&
           (groups_[group].spec->scope != pattern.scope || groups_[group].spec->title != pattern.title))
      ++group;
    if (group == groups_.size()) {
      groups_.push_back({&pattern, pattern.title.empty() ? nullptr : compile_pattern(pattern.title),
                         std::make_unique<RE2::Set>(pattern_options(), RE2::UNANCHORED)});
    }
    for (size_t item = 0; item < pattern.require.size(); ++item) {
      const int index = groups_[group].set->Add(pattern.require[item].regex, nullptr);
      if (index >= 0) entries_.push_back({rule->id, item, group, index});
    }
  }
  for (Group& group : groups_) {
    if (!group.set->Compile()) group.set.reset();
  }
}

RequiredPatterns::Found RequiredPatterns::match(const DocumentView& view) const {
  Found found;
  found.patterns_ = this;
  for (const Group& group : groups_) {
    std::optional<std::vector<bool>>& held = found.by_group_.emplace_back();
    if (!group.set) continue;
    held.emplace();
    for (Span span : pattern_scope(*group.spec, group.title.get(), view.document())) {
      std::vector<int> matched;
      RE2::Set::ErrorInfo error;
      if (!group.set->Match(view.folded(span), &matched, &error) && error.kind != RE2::Set::kNoError) {
        held.reset();  // out of memory: each rule matches on its own
        break;
      }
      for (const int index : matched) {
        if (static_cast<size_t>(index) >= held->size()) held->resize(static_cast<size_t>(index) + 1);
        (*held)[static_cast<size_t>(index)] = true;
      }
    }
  }
  return found;
}

std::optional<bool> RequiredPatterns::Found::holds(const std::string& rule, size_t item) const {
  if (patterns_ == nullptr) return std::nullopt;
  for (const Entry& entry : patterns_->entries_) {
    if (entry.rule != rule || entry.item != item) continue;
    const auto& held = by_group_[entry.group];
    if (!held) return std::nullopt;
    return static_cast<size_t>(entry.index) < held->size() && (*held)[static_cast<size_t>(entry.index)];
  }
  return std::nullopt;
}

}  // namespace convlint::rules
