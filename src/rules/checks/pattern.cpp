// Declarative rules: patterns required or forbidden in a scope, matched with RE2 (linear time) on the folded text.
#include <re2/re2.h>

#include <algorithm>
#include <mutex>

#include "rules/checks/checks.hpp"
#include "rules/pattern_scope.hpp"

namespace convlint::rules::checks {

namespace {

// A required pattern, compiled only when the engine's shared pass over all of them could not answer for it.
class Required {
 public:
  Required(std::string regex, std::string message) : regex_(std::move(regex)), message_(std::move(message)) {}

  const RE2& regex() const {
    std::call_once(compiled_, [this] { re2_ = compile_pattern(regex_); });
    return *re2_;
  }
  const std::string& message() const { return message_; }

 private:
  std::string regex_, message_;
  mutable std::once_flag compiled_;
  mutable std::unique_ptr<RE2> re2_;
};

class PatternCheck : public Check {
 public:
  explicit PatternCheck(const RuleSpec& rule) : rule_(rule.id), pattern_(*rule.pattern) {
    for (const auto& item : pattern_.require) required_.push_back(std::make_unique<Required>(item.regex, item.message));
    for (const auto& item : pattern_.forbid) forbidden_.push_back({compile_pattern(item.regex), item.message});
    if (!pattern_.title.empty()) title_ = compile_pattern(pattern_.title);
    if (!pattern_.anchor.empty()) anchor_ = compile_pattern(pattern_.anchor);
  }

  void check(const CheckContext& context, Reporter& reporter) const override {
    const std::vector<Span> spans = pattern_scope(pattern_, title_.get(), context.document());
    for (size_t item = 0; item < required_.size(); ++item) {
      std::optional<bool> found = context.required_patterns.holds(rule_, item);
      if (!found) {
        const RE2& regex = required_[item]->regex();
        found = std::any_of(spans.begin(), spans.end(),
                            [&](Span span) { return RE2::PartialMatch(context.view.folded(span), regex); });
      }
      if (!*found) reporter.report(required_[item]->message(), anchor(context));
    }
    for (const auto& [regex, message] : forbidden_) {
      for (Span span : spans) {
        const std::string_view text = context.view.folded(span);
        const uint32_t base = context.view.folded_offset(span.begin);
        re2::StringPiece input(text.data(), text.size());
        re2::StringPiece match;
        size_t position = 0;
        while (position <= text.size() &&
               regex->Match(input, position, text.size(), RE2::UNANCHORED, &match, 1)) {
          const auto begin = static_cast<uint32_t>(match.data() - text.data());
          reporter.report(message, context.view.source_span(base + begin, base + begin + static_cast<uint32_t>(match.size())));
          position = begin + std::max<size_t>(match.size(), 1);
        }
      }
    }
  }

 private:
  Span anchor(const CheckContext& context) const {
    const document::Document& document = context.document();
    if (anchor_) {
      for (const auto& article : document.articles) {
        if (RE2::PartialMatch(document.fold_of(article.title).view(), *anchor_)) return article.heading.span();
      }
    }
    return document.anchor();
  }

  std::string rule_;
  PatternSpec pattern_;
  std::vector<std::unique_ptr<Required>> required_;
  std::vector<std::pair<std::unique_ptr<RE2>, std::string>> forbidden_;
  std::unique_ptr<RE2> title_, anchor_;
};

}  // namespace

std::unique_ptr<Check> make_pattern(const RuleSpec& rule, const Catalog&) { return std::make_unique<PatternCheck>(rule); }

}  // namespace convlint::rules::checks
