#include "rules/pattern_scope.hpp"

namespace convlint::rules {

RE2::Options pattern_options() {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(8 << 20);
  return options;
}

std::unique_ptr<RE2> compile_pattern(const std::string& regex) { return std::make_unique<RE2>(regex, pattern_options()); }

std::vector<Span> pattern_scope(const PatternSpec& pattern, const RE2* title, const document::Document& document) {
  using Scope = PatternSpec::Scope;
  std::vector<Span> spans;
  switch (pattern.scope) {
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
        if (!title || RE2::PartialMatch(document.fold_of(article.title).view(), *title)) spans.push_back(article.span);
      }
      break;
  }
  return spans;
}

}  // namespace convlint::rules
