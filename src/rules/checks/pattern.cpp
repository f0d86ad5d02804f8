// Declarative rules: patterns required or forbidden in a scope, matched with RE2 (linear time) on the folded text.
#include <re2/re2.h>

#include <algorithm>

#include "rules/checks/checks.hpp"

namespace convlint::rules::checks {

namespace {

using Scope = PatternSpec::Scope;

std::unique_ptr<RE2> compile(const std::string& regex) {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(8 << 20);
  return std::make_unique<RE2>(regex, options);
}

class PatternCheck : public Check {
 public:
  explicit PatternCheck(const RuleSpec& rule) : pattern_(*rule.pattern) {
    for (const auto& item : pattern_.require) required_.push_back({compile(item.regex), item.message});
    for (const auto& item : pattern_.forbid) forbidden_.push_back({compile(item.regex), item.message});
    if (!pattern_.title.empty()) title_ = compile(pattern_.title);
    if (!pattern_.anchor.empty()) anchor_ = compile(pattern_.anchor);
  }

  void check(const CheckContext& context, Reporter& reporter) const override {
    const std::vector<Span> spans = scope_spans(context);
    for (const auto& required : required_) {
      const RE2& regex = *required.first;
      const bool found = std::any_of(spans.begin(), spans.end(), [&](Span span) { return RE2::PartialMatch(context.view.folded(span), regex); });
      if (!found) reporter.report(required.second, anchor(context));
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
  std::vector<Span> scope_spans(const CheckContext& context) const {
    const document::Document& document = context.document();
    std::vector<Span> spans;
    switch (pattern_.scope) {
      case Scope::text: spans.push_back({0, static_cast<uint32_t>(document.source->text.size())}); break;
      case Scope::visas:
        for (const auto& visa : document.visas) spans.push_back(visa.text.span());
        break;
      case Scope::parties:
        for (const auto& party : document.parties) spans.push_back(party.span);
        break;
      case Scope::signature:
        if (document.signature) spans.push_back(document.signature->span);
        break;
      case Scope::articles:
        for (const auto& article : document.articles) {
          if (!title_ || RE2::PartialMatch(source::fold(article.title.view()), *title_)) spans.push_back(article.span);
        }
        break;
    }
    return spans;
  }

  Span anchor(const CheckContext& context) const {
    const document::Document& document = context.document();
    if (anchor_) {
      for (const auto& article : document.articles) {
        if (RE2::PartialMatch(source::fold(article.title.view()), *anchor_)) return article.heading.span();
      }
    }
    return document.anchor();
  }

  PatternSpec pattern_;
  std::vector<std::pair<std::unique_ptr<RE2>, std::string>> required_, forbidden_;
  std::unique_ptr<RE2> title_, anchor_;
};

}  // namespace

std::unique_ptr<Check> make_pattern(const RuleSpec& rule) { return std::make_unique<PatternCheck>(rule); }

}  // namespace convlint::rules::checks
