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

class SignatureDateCheck : public Check {
 public:
  void check(const CheckContext& context, Reporter& reporter) const override {
    const auto& signature = context.document().signature;
    if (!signature) {
      reporter.report("no_line", last_line(context.view.source().text));
      return;
    }
    if (!signature->date) reporter.report("no_date", signature->line.span());
  }
};

}  // namespace

std::unique_ptr<Check> make_signature_date(const RuleSpec&, const Catalog&) { return std::make_unique<SignatureDateCheck>(); }

}  // namespace convlint::rules::checks
