// signature/date: the « Fait à …, le … » line carries a date.
#include <algorithm>

#include "rules/checks/checks.hpp"

namespace convlint::rules::checks {

namespace {

// The last line of the text that holds something: where a missing signature line belongs.
Span last_line(std::string_view text) {
  const size_t end = text.find_last_not_of(" \t\n\f");
  if (end == std::string_view::npos) return {};
  const size_t start = text.rfind('\n', end);
  return {static_cast<uint32_t>(start == std::string_view::npos ? 0 : start + 1), static_cast<uint32_t>(end + 1)};
}

// A convention dated at its head as a letter is (« Dijon, le 12 janvier 2026 » above the title), whose signature
// block gives no date or has no « Fait à » line: that date is the convention's.
bool dated_at_head(const document::Document& document, const DocumentView& view) {
  for (const document::Text& line : document.front_matter) {
    const Span span = line.span();
    if (view.folded(span).find(", le ") == std::string_view::npos) continue;
    const bool dated = std::any_of(document.facts.dates.begin(), document.facts.dates.end(), [&](const document::Date& date) {
      return date.valid && date.span.begin >= span.begin && date.span.end <= span.end;
    });
    if (dated) return true;
  }
  return false;
}

class SignatureDateCheck : public Check {
 public:
  void check(const CheckContext& context, Reporter& reporter) const override {
    const auto& signature = context.document().signature;
    if (!signature) {
      if (!dated_at_head(context.document(), context.view)) reporter.report("no_line", last_line(context.view.source().text));
      return;
    }
    if (!signature->date && !dated_at_head(context.document(), context.view)) reporter.report("no_date", signature->line.span());
  }
};

}  // namespace

std::unique_ptr<Check> make_signature_date(const RuleSpec&, const Catalog&) { return std::make_unique<SignatureDateCheck>(); }

}  // namespace convlint::rules::checks
